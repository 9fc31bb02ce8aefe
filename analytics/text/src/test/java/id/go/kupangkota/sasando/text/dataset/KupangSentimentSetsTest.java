package id.go.kupangkota.sasando.text.dataset;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team's own Kupang sentiment sets: well formed, all three labels, and no text on both sides. */
class KupangSentimentSetsTest {

    static List<LabelledText> resource(String name) throws IOException {
        try (InputStream in = KupangSentimentSetsTest.class.getResourceAsStream("/sasando/text/sentiment/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Datasets.labelFirst(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void bothSetsHaveOnlySentimentLabelsAndEachLabelOften() throws IOException {
        for (String name : List.of("kupang-train.tsv", "kupang-test.tsv")) {
            List<LabelledText> rows = resource(name);
            assertThat(rows).as(name).hasSizeGreaterThanOrEqualTo(200);
            assertThat(rows).extracting(LabelledText::label).as(name).allMatch(Vocabulary.SENTIMENTS::contains);
            for (String label : Vocabulary.SENTIMENTS) {
                assertThat(rows.stream().filter(r -> r.label().equals(label)).count()).as(name + " " + label)
                        .isGreaterThanOrEqualTo(rows.size() / 5);
            }
        }
    }

    @Test
    void noHeldOutTextIsAlsoATrainingText() throws IOException {
        Set<String> train = resource("kupang-train.tsv").stream().map(r -> Split.key(r.text()))
                .collect(Collectors.toSet());
        assertThat(resource("kupang-test.tsv")).extracting(r -> Split.key(r.text())).noneMatch(train::contains);
    }

    @Test
    void aLineWithoutALabelIsRefusedNotSkipped() {
        assertThat(Datasets.labelFirst(List.of("# comment", "", "negative\tAir mati lai di Oesapa")))
                .containsExactly(LabelledText.of("Air mati lai di Oesapa", "negative"));
        assertThatThrownBy(() -> Datasets.labelFirst(List.of("Air mati lai di Oesapa")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label TAB text");
    }
}

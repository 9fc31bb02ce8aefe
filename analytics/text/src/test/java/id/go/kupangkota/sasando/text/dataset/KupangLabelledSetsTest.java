package id.go.kupangkota.sasando.text.dataset;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team's own labelled Kupang posts: well formed, Sasando's labels only, no held-out text among
 * the training texts, and the emotion files label the very posts of the sentiment files.
 */
public class KupangLabelledSetsTest {

    /** A labelled set from the test resources, e.g. {@code sentiment/kupang-test.tsv}. */
    public static List<LabelledText> resource(String path) throws IOException {
        try (InputStream in = KupangLabelledSetsTest.class.getResourceAsStream("/sasando/text/" + path)) {
            assertThat(in).as(path).isNotNull();
            return Datasets.labelFirst(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** The texts of the sentiment file of {@code part}: the posts every other label file labels. */
    private static List<String> postsOf(String part) throws IOException {
        return resource("sentiment/kupang-" + part + ".tsv").stream().map(LabelledText::text).toList();
    }

    @Test
    void sentimentSetsHaveOnlySentimentLabelsAndEachLabelOften() throws IOException {
        for (String name : List.of("sentiment/kupang-train.tsv", "sentiment/kupang-test.tsv")) {
            List<LabelledText> rows = resource(name);
            assertThat(rows).as(name).hasSizeGreaterThanOrEqualTo(400);
            assertThat(rows).extracting(LabelledText::label).as(name).allMatch(Vocabulary.SENTIMENTS::contains);
            for (String label : Vocabulary.SENTIMENTS) {
                assertThat(rows.stream().filter(r -> r.label().equals(label)).count()).as(name + " " + label)
                        .isGreaterThanOrEqualTo(rows.size() / 5);
            }
        }
    }

    @Test
    void emotionSetsLabelTheSamePostsWithEveryEmotion() throws IOException {
        for (String part : List.of("train", "test")) {
            List<LabelledText> emotion = resource("emotion/kupang-" + part + ".tsv");
            assertThat(emotion).extracting(LabelledText::text).containsExactlyElementsOf(postsOf(part));
            assertThat(emotion).extracting(LabelledText::label).allMatch(Vocabulary.EMOTIONS::contains);
            assertThat(emotion.stream().map(LabelledText::label).collect(Collectors.toSet()))
                    .as(part).containsExactlyInAnyOrderElementsOf(Vocabulary.EMOTIONS);
        }
    }

    @Test
    void placeSetsPlaceTheSamePostsInAKecamatanOrNone() throws IOException {
        List<String> kecamatan = new ArrayList<>(Vocabulary.KECAMATAN);
        kecamatan.addAll(List.of("-", "?")); // no place finer than the city; a reader cannot tell
        for (String part : List.of("train", "test")) {
            List<LabelledText> placed = resource("place/kupang-" + part + ".tsv");
            assertThat(placed).extracting(LabelledText::text).containsExactlyElementsOf(postsOf(part));
            assertThat(placed).extracting(LabelledText::label).allMatch(kecamatan::contains);
        }
    }

    @Test
    void noHeldOutTextIsAlsoATrainingText() throws IOException {
        Set<String> train = resource("sentiment/kupang-train.tsv").stream().map(r -> Split.key(r.text()))
                .collect(Collectors.toSet());
        assertThat(resource("sentiment/kupang-test.tsv")).extracting(r -> Split.key(r.text()))
                .noneMatch(train::contains);
    }

    @Test
    void aLineWithoutALabelIsRefusedNotSkipped() {
        assertThat(Datasets.labelFirst(List.of("# comment", "", "negative\tAir mati lai di Oesapa")))
                .containsExactly(LabelledText.of("Air mati lai di Oesapa", "negative"));
        assertThatThrownBy(() -> Datasets.labelFirst(List.of("Air mati lai di Oesapa")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label TAB text");
    }
}

package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CrossValidateTest {
    private static final List<String> WORDS = List.of("bagus mantap puas", "rapat warga jadwal", "rusak parah kecewa");

    /** {@code n} posts a label's words tell apart, each made unique by its number. */
    private static List<LabelledText> posts(int n, String prefix) {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(LabelledText.of(prefix + " " + WORDS.get(i % 3) + " nomor " + i, Vocabulary.SENTIMENTS.get(i % 3)));
        }
        return rows;
    }

    @Test
    void foldsGiveTheSameResultsOnOneThreadOrTwoAndTestEveryPost() throws Exception {
        List<LabelledText> benchmark = posts(60, "ulasan");
        List<LabelledText> inDomain = posts(30, "kupang");
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();

        List<CrossValidate.Fold> folds = CrossValidate.run(benchmark, inDomain, Vocabulary.SENTIMENTS, 3, 1,
                new PrintStream(one, true, StandardCharsets.UTF_8));
        CrossValidate.run(benchmark, inDomain, Vocabulary.SENTIMENTS, 3, 2, new PrintStream(two, true,
                StandardCharsets.UTF_8));

        assertThat(two.toString(StandardCharsets.UTF_8)).isEqualTo(one.toString(StandardCharsets.UTF_8))
                .contains("fold 2: test 20, ").contains("pooled over 60 posts: ");
        assertThat(folds).hasSize(3).allSatisfy(f -> {
            assertThat(f.gold()).hasSize(20).hasSameSizeAs(f.predicted());
            assertThat(f.macroF1()).as("an easy set is learnt").isEqualTo(1.0);
        });
    }
}

package id.go.kupangkota.sasando.text.dataset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SplitTest {

    private static List<LabelledText> rows(int n) {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(LabelledText.of("kalimat nomor " + i, i % 2 == 0 ? "positive" : "negative"));
        }
        return rows;
    }

    @Test
    void theSplitIsDeterministicAndEightyTenTen() {
        Split a = Split.of(rows(1000));
        Split b = Split.of(rows(1000));
        assertThat(a).isEqualTo(b);
        assertThat(a.train()).hasSize(800);
        assertThat(a.dev()).hasSize(100);
        assertThat(a.test()).hasSize(100);
    }

    @Test
    void duplicateTextsNeverLeakAcrossParts() {
        List<LabelledText> data = rows(200);
        data.add(LabelledText.of("Kalimat  NOMOR 5", "neutral"));
        Split s = Split.of(data);
        Set<String> seen = new HashSet<>();
        for (List<LabelledText> part : List.of(s.train(), s.dev(), s.test())) {
            for (LabelledText r : part) {
                assertThat(seen.add(Split.key(r.text()))).isTrue();
            }
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void theLastOfTenFoldsIsTheShippedSplit() {
        // every remainder of n by 10 (a 90 % cut can fall on .5), and SmSA's unique rows
        for (int n : IntStream.concat(IntStream.rangeClosed(0, 120), IntStream.of(10933)).toArray()) {
            List<LabelledText> data = rows(n);
            assertThat(Split.folds(data, 10).get(9)).as("n = %d", n).isEqualTo(Split.of(data));
        }
    }

    @Test
    void theTestSlicesOfTheFoldsPartitionTheUniqueRows() {
        List<LabelledText> data = withDuplicates(203);
        for (int k : new int[]{3, 7, 10}) {
            Set<String> tested = new HashSet<>();
            for (Split fold : Split.folds(data, k)) {
                for (LabelledText r : fold.test()) {
                    assertThat(tested.add(Split.key(r.text()))).as("k = %d, %s tested twice", k, r.text()).isTrue();
                }
            }
            assertThat(tested).hasSize(203);
        }
    }

    @Test
    void everyFoldHoldsEveryUniqueRowOnceAcrossTrainDevAndTest() {
        List<LabelledText> data = withDuplicates(203);
        for (Split fold : Split.folds(data, 10)) {
            Set<String> seen = new HashSet<>();
            for (List<LabelledText> part : List.of(fold.train(), fold.dev(), fold.test())) {
                for (LabelledText r : part) {
                    assertThat(seen.add(Split.key(r.text()))).isTrue();
                }
            }
            assertThat(seen).hasSize(203);
            assertThat(fold.dev()).hasSizeBetween(20, 21);
            assertThat(fold.test()).hasSizeBetween(20, 21);
        }
    }

    /** {@code n} unique texts and a respelt copy of every tenth, with another label. */
    private static List<LabelledText> withDuplicates(int n) {
        List<LabelledText> data = rows(n);
        for (int i = 0; i < n; i += 10) {
            data.add(LabelledText.of("Kalimat  NOMOR " + i, "neutral"));
        }
        return data;
    }

    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> records = Csv.read(new StringReader("a,b\n\"x, \"\"y\"\"\nz\",2\nlast,3"), ',');
        assertThat(records).containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "2"), List.of("last", "3"));
    }
}

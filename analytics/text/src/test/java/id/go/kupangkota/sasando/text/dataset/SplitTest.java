package id.go.kupangkota.sasando.text.dataset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> records = Csv.read(new StringReader("a,b\n\"x, \"\"y\"\"\nz\",2\nlast,3"), ',');
        assertThat(records).containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "2"), List.of("last", "3"));
    }
}

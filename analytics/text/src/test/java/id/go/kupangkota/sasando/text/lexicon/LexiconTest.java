package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.text.resource.DataFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {
    private static DataFile file(String... lines) {
        List<DataFile.Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            numbered.add(new DataFile.Line(i + 1, lines[i]));
        }
        return new DataFile("test.txt", numbered, new byte[0]);
    }

    @Test
    void aLineMayNameTheConceptOfAHalf() {
        List<Lexicon.Entry> entries = Lexicon.entries("hoaks", file("0.6 | sebelum dihapus", "0.3 share | Bagikan"));

        assertThat(entries).extracting(Lexicon.Entry::phrase).containsExactly("sebelum dihapus", "bagikan");
        assertThat(entries).extracting(Lexicon.Entry::concept).containsExactly(null, "share");
        assertThat(entries).extracting(Lexicon.Entry::weight).containsExactly(0.6, 0.3);
    }

    @Test
    void aHalfMayNameTheOnlyConceptItPairsWith() {
        List<Lexicon.Entry> entries = Lexicon.entries("intoleransi",
                file("0.3 act | basmi", "0.3 target>act | umat islam"));

        assertThat(entries).extracting(Lexicon.Entry::concept).containsExactly("act", "target");
        assertThat(entries).extracting(Lexicon.Entry::partners).containsExactly(List.of(), List.of("act"));
        assertThat(entries).extracting(Lexicon.Entry::inSentence).containsExactly(false, false);
        for (String bad : List.of("0.3 target> | umat islam", "0.3 >act | umat islam", "0.3 act>act | umat islam",
                "0.3 target>act>x | umat islam", "0.3 a>b+ | x", "0.3 a>b+a | x", "0.3 a>b+b | x",
                "0.3 a>>>b | x", "0.3 a>>b>>c | x", "0.3 a>> | x", "0.3 a>>b+c | x")) {
            assertThatThrownBy(() -> Lexicon.entries("intoleransi", file("0.3 | ok", bad)))
                    .as(bad).hasMessageContaining("test.txt").hasMessageContaining("2")
                    .hasMessageContaining("concept>partner");
        }
    }

    @Test
    void aDoubleArrowPairsAHalfAnywhereInItsSentence() {
        List<Lexicon.Entry> entries = Lexicon.entries("provokasi",
                file("0.3 vigil>>suspect | tembak saja", "0.3 suspect>>vigil | maling"));

        assertThat(entries).extracting(Lexicon.Entry::concept).containsExactly("vigil", "suspect");
        assertThat(entries).extracting(Lexicon.Entry::partners).containsExactly(List.of("suspect"), List.of("vigil"));
        assertThat(entries).extracting(Lexicon.Entry::inSentence).containsExactly(true, true);
    }

    @Test
    void aHalfNamingSeveralConceptsLeadsARuleWhosePartsAreKnown() {
        List<Lexicon.Entry> entries = Lexicon.entries("hoaks", file("0.25 hearsay>outage+sweep | katanya",
                "0.25 outage | listrik padam", "0.25 sweep | seminggu", "0.3 share | bagikan",
                "0.5 | sebelum dihapus"));
        Lexicon lexicon = Lexicon.of(entries, true);

        assertThat(entries.get(0).partners()).containsExactly("outage", "sweep");
        assertThat(entries).extracting(Lexicon.Entry::leadsRule).containsExactly(true, false, false, false, false);
        assertThat(entries).extracting(lexicon::inRule).containsExactly(true, true, true, false, false);
        // the same concept in another category is no part of the rule
        assertThat(lexicon.inRule(Lexicon.entries("provokasi", file("0.3 outage | listrik padam")).get(0))).isFalse();
    }

    @Test
    void aMalformedWeightColumnNamesItsLine() {
        assertThatThrownBy(() -> Lexicon.entries("hoaks", file("0.3 | ok", "0.3 share alarm | bagikan")))
                .hasMessageContaining("test.txt").hasMessageContaining("2").hasMessageContaining("'weight concept'");
        assertThatThrownBy(() -> Lexicon.entries("hoaks", file("share | bagikan")))
                .hasMessageContaining("weight must be a number");
    }
}

package id.go.kupangkota.sasando.dashboard.base.es;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostQueriesTest {
    private static final Map<String, String> KUPANG = Map.of("aer", "air", "su", "sudah", "sonde", "tidak");

    private static String forms(String query) {
        return PostQueries.standardForms(query, w -> KUPANG.getOrDefault(w, w));
    }

    @Test
    void aWordTheTaggerWritesOtherwiseIsSearchedInBothForms() {
        assertThat(forms("aer su mati")).isEqualTo("(aer | air) (su | sudah) mati");
        assertThat(forms("-aer (sonde | listrik)")).isEqualTo("-(aer | air) ((sonde | tidak) | listrik)");
    }

    @Test
    void phrasesPrefixesHashtagsAndPartsOfWordsStayAsTyped() {
        assertThat(forms("\"aer su\" aer*")).isEqualTo("\"aer su\" aer*");
        assertThat(forms("#aer aer2024 title:aer")).isEqualTo("#aer aer2024 title:aer");
        assertThat(forms("air mati")).isEqualTo("air mati");
    }

    @Test
    void theTaggersOwnNormaliserGivesTheStandardForm() {
        assertThat(PostQueries.standardForms("aer", PostQueries::standardForm)).isEqualTo("(aer | air)");
    }
}

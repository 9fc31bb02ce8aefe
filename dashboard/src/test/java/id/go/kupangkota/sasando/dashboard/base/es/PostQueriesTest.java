package id.go.kupangkota.sasando.dashboard.base.es;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostQueriesTest {
    private static final Map<String, String> KUPANG = Map.of("aer", "air", "su", "sudah", "sonde", "tidak");

    private static String forms(String query) {
        return PostQueries.standardForms(query, w -> KUPANG.getOrDefault(w, w), PostQueriesTest::spellings);
    }

    /** KUPANG read backwards: the words written as {@code standard}. */
    private static Collection<String> spellings(String standard) {
        return KUPANG.entrySet().stream().filter(e -> e.getValue().equals(standard)).map(Map.Entry::getKey)
                .sorted().toList();
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
        assertThat(forms("listrik mati")).isEqualTo("listrik mati");
    }

    @Test
    void aStandardWordIsAlsoSearchedInTheSpellingsTheTaggerReadsAsIt() {
        // the tagger's terms leave "tidak" and "sudah" out: only the text can hold them, as typed
        assertThat(forms("air tidak mengalir")).isEqualTo("(air | aer) (tidak | sonde) mengalir");
        assertThat(forms("sudah")).isEqualTo("(sudah | su)");
        assertThat(forms("\"air tidak\" tidak*")).isEqualTo("\"air tidak\" tidak*");
    }

    @Test
    void theTaggersOwnNormaliserGivesTheStandardForm() {
        assertThat(PostQueries.standardForms("aer", PostQueries::standardForm, w -> List.of()))
                .isEqualTo("(aer | air)");
    }

    @Test
    void theOtherSpellingsAreTheWordsTheTaggersNormaliserReadsAsTheStandardWord() {
        assertThat(PostQueries.otherSpellings("tidak")).contains("sonde", "gak", "tdk").doesNotContain("tidak");
        assertThat(PostQueries.otherSpellings("sudah")).contains("su", "udah");
        assertThat(PostQueries.otherSpellings("kita")).contains("katong", "kotong");
        assertThat(PostQueries.otherSpellings("oebobo")).isEmpty();
        // a Kupang word is searched in its standard form and that form's other spellings
        assertThat(PostQueries.standardForms("katong", PostQueries::standardForm, PostQueries::otherSpellings))
                .startsWith("(katong | kita | ").contains("kotong");
    }
}

package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.text.normalize.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordSetTest {
    /** The set form of the lexicons' word patterns matches exactly the tokens Lexicon.wordMatches does. */
    @Test
    void matchesWhatWordMatchesMatches() {
        List<String> patterns = List.of("gereja", "masjid", "ibadah", "kafir*", "umat*");
        WordSet set = WordSet.of(patterns);
        List<Token> tokens = List.of(token("gereja", "gereja"), token("gerejanya", "gereja"),
                token("beribadah", "ibadah"), token("kafirkan", "kafir"), token("pengkafiran", "kafir"),
                token("umatnya", "umat"), token("masjidil", "masjidil"), token("pasar", "pasar"),
                token("umat", "umat"), token("gerej", "gerej"));
        for (Token t : tokens) {
            boolean expected = patterns.stream().anyMatch(p -> Lexicon.wordMatches(p, t));
            assertThat(set.matches(t)).as(t.norm()).isEqualTo(expected);
        }
        assertThat(tokens).filteredOn(set::matches).extracting(Token::norm).containsExactly("gereja", "gerejanya",
                "beribadah", "kafirkan", "pengkafiran", "umatnya", "umat");
        assertThat(WordSet.of(List.of()).matches(token("gereja", "gereja"))).isFalse();
    }

    private static Token token(String norm, String stem) {
        return new Token(norm, stem, 0, norm.length(), false);
    }
}

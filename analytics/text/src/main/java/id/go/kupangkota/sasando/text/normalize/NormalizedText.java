package id.go.kupangkota.sasando.text.normalize;

import java.util.List;

/**
 * The result of {@link Normalizer#normalize}: the original text, its word tokens in order, and
 * what was split out of it (hashtags and mentions lower case without '#'/'@', links, emoji).
 * Clause boundaries ('.', '!', '?', ';', ',' and line breaks) are kept as token indexes so that
 * phrase matching never runs across them; sentence boundaries (a '.' that ends no abbreviation and
 * stands between no two digits, '!', '?', line breaks) likewise, for rules that read a whole sentence.
 */
public record NormalizedText(String original, List<Token> tokens, List<String> hashtags, List<String> mentions,
                             List<String> links, List<Emoji> emoji, int[] clauseOf, int[] sentenceOf) {

    public static final NormalizedText EMPTY =
            new NormalizedText("", List.of(), List.of(), List.of(), List.of(), List.of(), new int[0], new int[0]);

    /** The clause number of token {@code i}: tokens in different clauses are never one phrase. */
    public int clause(int i) {
        return clauseOf[i];
    }

    /**
     * The sentence number of token {@code i}: "Info dari grup WA: besok listrik padam" is one sentence of
     * two clauses.
     */
    public int sentence(int i) {
        return sentenceOf[i];
    }

    /** The normalised words joined by spaces: for display, tests, and place names matched as the posts read. */
    public String normText() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }
}

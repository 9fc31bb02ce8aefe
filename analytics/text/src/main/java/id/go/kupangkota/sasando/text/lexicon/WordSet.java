package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word patterns as the lexicons write them ({@link Lexicon#wordMatches}: a word, or a prefix ending in
 * '*', against a token's normalised form or its stem), held for many lookups: the whole words in a
 * set, so a token costs two lookups however long the list, and only the prefixes are scanned.
 * Immutable.
 */
public final class WordSet {
    private final Set<String> words;
    private final List<String> prefixes;

    private WordSet(Set<String> words, List<String> prefixes) {
        this.words = words;
        this.prefixes = prefixes;
    }

    public static WordSet of(List<String> patterns) {
        return new WordSet(patterns.stream().filter(w -> !w.endsWith("*")).collect(Collectors.toUnmodifiableSet()),
                patterns.stream().filter(w -> w.endsWith("*")).map(w -> w.substring(0, w.length() - 1)).toList());
    }

    /** The patterns of a word-list file: one per data line, lower case. */
    public static List<String> patterns(DataFile file) {
        return file.lines().stream().map(line -> line.text().toLowerCase(Locale.ROOT)).toList();
    }

    /** True when one of the patterns matches {@code t}, as {@link Lexicon#wordMatches} would. */
    public boolean matches(Token t) {
        if (words.contains(t.norm()) || words.contains(t.stem())) {
            return true;
        }
        for (String prefix : prefixes) {
            if (t.norm().startsWith(prefix) || t.stem().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

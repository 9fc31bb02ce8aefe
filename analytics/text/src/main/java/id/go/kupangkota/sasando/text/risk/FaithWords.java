package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that name a faith, its believers, places, worship or feasts ({@link #PATH}): a post must
 * hold one before the intolerance model may alert on it. Immutable.
 */
public final class FaithWords {
    public static final String PATH = "sasando/text/risk/faith-words.txt";

    private final WordSet words;

    FaithWords(List<String> words) {
        this.words = WordSet.of(words);
    }

    public static FaithWords load(ResourceDigest digest) {
        List<String> words = new ArrayList<>();
        for (DataFile.Line line : digest.read(PATH).lines()) {
            words.add(line.text().strip().toLowerCase(Locale.ROOT));
        }
        return new FaithWords(words);
    }

    /** True when a token of {@code text}, or its stem, is one of the words or starts with a prefix ('word*'). */
    public boolean named(NormalizedText text) {
        for (Token t : text.tokens()) {
            if (words.matches(t)) {
                return true;
            }
        }
        return false;
    }
}

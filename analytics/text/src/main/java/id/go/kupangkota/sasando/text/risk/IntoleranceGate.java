package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.List;

/**
 * Which posts the intolerance model may alert on at all: long enough to read hostility from, naming a
 * faith ({@link #FAITH}), and saying no to something ({@link #EXCLUSION}: a negation, a refusal, a rule
 * of who may or must). Intolerance is hostility about faith, and hostility is said in such words; without
 * them a model trained on a few hundred posts also fires on complaints ("tidak indah"), on politics
 * ("bubarkan saja DPR") and on the good news its refusals were about ("umat kristen bangun gereja baru").
 * Immutable.
 */
public final class IntoleranceGate {
    public static final String FAITH = "sasando/text/risk/faith-words.txt";
    public static final String EXCLUSION = "sasando/text/risk/exclusion-words.txt";
    /**
     * Fewer words than this are too few to read hostility from: the model, trained on whole posts,
     * scores a bare "Dia Muslim" or "Ibadah dulu baru makan" as it scores the faith word alone.
     */
    static final int MIN_WORDS = 6;

    private final WordSet faith;
    private final WordSet exclusion;

    IntoleranceGate(List<String> faith, List<String> exclusion) {
        this.faith = WordSet.of(faith);
        this.exclusion = WordSet.of(exclusion);
    }

    public static IntoleranceGate load(ResourceDigest digest) {
        return new IntoleranceGate(WordSet.patterns(digest.read(FAITH)), WordSet.patterns(digest.read(EXCLUSION)));
    }

    /** Whether the model may alert on {@code text}: long enough, naming a faith, saying no. */
    public boolean admits(NormalizedText text) {
        return text.tokens().size() >= MIN_WORDS && holds(text, faith) && holds(text, exclusion);
    }

    /** True when a token of {@code text}, or its stem, is one of the words or starts with a prefix ('word*'). */
    private static boolean holds(NormalizedText text, WordSet words) {
        for (Token t : text.tokens()) {
            if (words.matches(t)) {
                return true;
            }
        }
        return false;
    }
}

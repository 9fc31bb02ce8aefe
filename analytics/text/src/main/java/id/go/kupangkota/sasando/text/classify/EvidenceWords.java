package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.HashSet;
import java.util.Set;

/**
 * Which words of a post a model's explanation may name. A model weighs every word it saw beside its
 * label in training, so Kupang Malay grammar words ("katong", "pung", "lai"), place nouns ("kampung") and
 * the city's name weigh too; named to an analyst as the reason for an alert or a sentiment they explain
 * nothing. Left out: the stop words ({@link Normalizer#STOPWORDS}, no content of their own) and
 * {@link #NOT_EVIDENCE} (content for a term cloud, no reason for a reading), always by the token's
 * standard form, so "pung" is judged as "punya". Negators are stop words, but a negation is often the
 * reason a post reads negative ("sonde dapa air"): {@link #load} names them, {@link #withoutNegators}
 * does not. Immutable.
 */
public final class EvidenceWords {
    public static final String NOT_EVIDENCE = "sasando/text/classify/not-evidence.txt";

    /** Stop words and words that explain no reading, negators among them. */
    private final Set<String> never;
    /** Named despite {@link #never}: the negators, or none. */
    private final Set<String> negators;

    private EvidenceWords(Set<String> never, Set<String> negators) {
        this.never = Set.copyOf(never);
        this.negators = Set.copyOf(negators);
    }

    /** Negators named, as a sentiment explanation needs ("sonde" in "sonde dapa air"). */
    public static EvidenceWords load(ResourceDigest digest, Normalizer normalizer) {
        Set<String> never = new HashSet<>(WordSet.patterns(digest.read(Normalizer.STOPWORDS)));
        never.addAll(WordSet.patterns(digest.read(NOT_EVIDENCE)));
        never.addAll(normalizer.negators());
        return new EvidenceWords(never, normalizer.negators());
    }

    /**
     * The same without negators, for a reading that every post it fires on says no in: the intolerance
     * model alerts only where its gate saw a refusal, so "jangan" or "sonde" there would tell nothing.
     */
    public EvidenceWords withoutNegators() {
        return new EvidenceWords(never, Set.of());
    }

    /** Whether {@code token} may be named as a reason: a word (not a number) that says something. */
    public boolean explains(Token token) {
        String word = token.norm();
        if (word.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return !never.contains(word) || negators.contains(word);
    }
}

package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.normalize.Emoji;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;

import java.util.Arrays;

/**
 * Hashed sparse features of a normalised text, the same for training and tagging: word unigrams
 * and bigrams (negated words distinct: "NEG_bagus"), stems, character 3- and 4-grams of each word
 * (robust to spelling variants and typos), emoji and their polarity, and lexicon polarity counts
 * (flipped under negation). Every feature has the value 1/sqrt(count) so long texts do not dominate.
 *
 * <p>Hashing keeps the model a fixed-size array: no vocabulary to ship, unseen words cost nothing.
 */
public final class Features {
    private static final int UNIGRAM = 0x1b873593;
    private static final int BIGRAM = 0x5bd1e995;
    private static final int STEM = 0x27d4eb2f;
    private static final int CHARGRAM = 0x165667b1;
    private static final int EMOJI = 0x61c88647;
    private static final int LEXICON = 0x7feb352d;
    private static final int BIAS_LIKE = 0x846ca68b;

    private Features() {
    }

    /** The hashed feature indexes in {@code [0, 2^bits)} and the common value of each. */
    public record Vector(int[] indexes, float value) {
    }

    public static Vector of(NormalizedText text, Polarity polarity, int bits) {
        return of(text, polarity, bits, null);
    }

    /**
     * As above; when {@code tokenEnds} is given (one slot per token), slot i receives the end of
     * token i's features in the vector's indexes, so a classifier can say which word weighed what.
     */
    public static Vector of(NormalizedText text, Polarity polarity, int bits, int[] tokenEnds) {
        int mask = (1 << bits) - 1;
        int[] out = new int[64];
        int n = 0;
        int previous = mix(BIAS_LIKE, 0); // sentence start
        int positives = 0;
        int negatives = 0;
        int position = 0;
        for (Token t : text.tokens()) {
            String norm = t.norm();
            int word = norm.hashCode();
            if (t.negated()) {
                word = mix(word, 0x4e4547); // "NEG"
            }
            if (n + 16 + norm.length() * 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + norm.length() * 2);
            }
            out[n++] = mix(UNIGRAM, word) & mask;
            out[n++] = mix(mix(BIGRAM, previous), word) & mask;
            previous = word;
            if (!t.stem().equals(norm)) {
                out[n++] = mix(STEM, t.stem().hashCode()) & mask;
            }
            // char n-grams of "<word>" (boundaries marked), skipping long words' middles is not worth it
            int len = norm.length();
            for (int size = 3; size <= 4; size++) {
                for (int s = -1; s + size <= len + 1; s++) {
                    int h = CHARGRAM + size;
                    for (int k = s; k < s + size; k++) {
                        char c = k < 0 || k >= len ? '|' : norm.charAt(k);
                        h = mix(h, c);
                    }
                    out[n++] = h & mask;
                }
            }
            if (tokenEnds != null) {
                tokenEnds[position++] = n;
            }
            int p = polarity.of(norm, t.stem());
            if (t.negated()) {
                p = -p;
            }
            if (p > 0) {
                positives++;
            } else if (p < 0) {
                negatives++;
            }
        }
        int lexiconFeatures = Math.min(positives, 3) + Math.min(negatives, 3);
        int emojiFeatures = text.emoji().size() * 2;
        if (n + lexiconFeatures + emojiFeatures + 1 > out.length) {
            out = Arrays.copyOf(out, n + lexiconFeatures + emojiFeatures + 1);
        }
        // "one, two, three or more positive words" as cumulative indicator features
        for (int k = 1; k <= Math.min(positives, 3); k++) {
            out[n++] = mix(LEXICON, k) & mask;
        }
        for (int k = 1; k <= Math.min(negatives, 3); k++) {
            out[n++] = mix(LEXICON, -k) & mask;
        }
        for (Emoji e : text.emoji()) {
            out[n++] = mix(EMOJI, e.symbol().hashCode()) & mask;
            out[n++] = mix(EMOJI, 100 + e.polarity()) & mask;
        }
        float value = n == 0 ? 0f : (float) (1.0 / Math.sqrt(n));
        return new Vector(Arrays.copyOf(out, n), value);
    }

    /** Murmur3-style mixing of a running hash with one more value. */
    static int mix(int h, int v) {
        int k = v * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        h ^= k;
        h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}

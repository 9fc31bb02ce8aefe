package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.normalize.Emoji;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.HashMap;
import java.util.Map;

/**
 * The hand-made sentiment lexicon (word -> +1/-1): a feature for the trained models, the fallback
 * when no model is shipped, and a readable explanation of what counts as praise or complaint.
 */
public final class Polarity {
    static final String LEXICON = "sasando/text/sentiment/lexicon.txt";

    private final Map<String, Integer> words;

    private Polarity(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    public static Polarity load(ResourceDigest digest) {
        DataFile file = digest.read(LEXICON);
        Map<String, Integer> words = new HashMap<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 2 || !(cols[1].equals("+1") || cols[1].equals("-1"))) {
                throw line.error(LEXICON, "expected 'word | +1' or 'word | -1'");
            }
            if (words.put(cols[0], cols[1].equals("+1") ? 1 : -1) != null) {
                throw line.error(LEXICON, "duplicate word");
            }
        }
        return new Polarity(words);
    }

    /**
     * Sentiment from the lexicon and emoji alone (negation flips a word): the fallback when no
     * trained model is shipped. Confidence grows with the margin between positive and negative words.
     */
    public Prediction predict(NormalizedText text) {
        int score = 0;
        int hits = 0;
        for (Token t : text.tokens()) {
            int p = of(t.norm(), t.stem());
            if (p != 0) {
                score += t.negated() ? -p : p;
                hits++;
            }
        }
        for (Emoji e : text.emoji()) {
            score += e.polarity();
            hits += e.polarity() != 0 ? 1 : 0;
        }
        String label = score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
        double confidence = hits == 0 ? 0.5 : 0.5 + 0.5 * Math.abs(score) / hits;
        double rest = (1 - confidence) / 2;
        double[] p = new double[]{rest, rest, rest};
        p[Vocabulary.SENTIMENTS.indexOf(label)] = confidence;
        return new Prediction(label, confidence, p);
    }

    /** +1, -1, or 0 when the word (normalised form or stem) is not in the lexicon. */
    public int of(String norm, String stem) {
        Integer p = words.get(norm);
        if (p == null && stem != null) {
            p = words.get(stem);
        }
        return p == null ? 0 : p;
    }
}

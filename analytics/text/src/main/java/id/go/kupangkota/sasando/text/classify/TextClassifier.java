package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trained {@link LinearModel} applied to normalised text: the sentiment model and the emotion
 * model are both instances. Thread-safe (the model is read-only).
 */
public final class TextClassifier {
    public static final String SENTIMENT_MODEL = "sasando/text/model/sentiment.bin";
    public static final String EMOTION_MODEL = "sasando/text/model/emotion.bin";

    /** A word must move the label's score by at least this much to be named (logit units). */
    private static final double MIN_PUSH = 0.05;

    private final LinearModel model;
    private final Polarity polarity;

    public TextClassifier(LinearModel model, Polarity polarity) {
        this.model = model;
        this.polarity = polarity;
    }

    public static TextClassifier load(ResourceDigest digest, String modelPath, Polarity polarity) {
        return new TextClassifier(LinearModel.read(digest.readBytes(modelPath)), polarity);
    }

    public Prediction classify(NormalizedText text) {
        return model.predict(features(text));
    }

    /** The features this classifier reads; classifiers with the same hash size can share them. */
    public Features.Vector features(NormalizedText text) {
        return Features.of(text, polarity, model.bits());
    }

    public Prediction classify(Features.Vector features) {
        return model.predict(features);
    }

    /**
     * The words that pushed this text most towards {@code label}, strongest first, at most {@code max}:
     * each word's features (the word, its bigram with the word before, stem, character n-grams)
     * weigh for {@code label} against the mean of the other labels. Words that pushed away from it
     * are left out, and so are words that explain nothing to a reader ({@code words}: "katong", "lai",
     * "kampung", "Oebobo"), however they weighed: the next strongest are named instead. Exact for this linear model;
     * the lexicon counts and emoji are not words and are not listed. Each item carries the span of the
     * original text ("sonde", not "tidak").
     */
    public List<Evidence> evidence(NormalizedText text, String label, int max, EvidenceWords words) {
        int target = model.labels().indexOf(label);
        List<Token> tokens = text.tokens();
        if (target < 0 || tokens.isEmpty()) {
            return List.of();
        }
        int[] ends = new int[tokens.size()];
        Features.Vector x = Features.of(text, polarity, model.bits(), ends);
        int k = model.labels().size();
        // a slang word that expands to several tokens ("gpp") counts once, by its span
        Map<Span, Double> bySpan = new LinkedHashMap<>();
        Set<Span> explaining = new HashSet<>();
        boolean[] may = words.explaining(text);
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double push = 0;
            for (int j = from; j < ends[i]; j++) {
                int index = x.indexes()[j];
                double others = 0;
                for (int c = 0; c < k; c++) {
                    if (c != target) {
                        others += model.weight(index, c);
                    }
                }
                push += model.weight(index, target) - others / (k - 1);
            }
            from = ends[i];
            Token t = tokens.get(i);
            Span span = new Span(t.start(), t.end());
            bySpan.merge(span, push * x.value(), Double::sum);
            if (may[i]) {
                explaining.add(span); // a span of several tokens ("gpp") explains if one of them does
            }
        }
        return bySpan.entrySet().stream().filter(e -> e.getValue() > MIN_PUSH && explaining.contains(e.getKey()))
                .sorted(Map.Entry.<Span, Double>comparingByValue().reversed()).limit(max)
                .map(e -> e.getKey().evidence(label, text.original()))
                .toList();
    }

    /** A stretch of the original text that one or more tokens came from. */
    private record Span(int start, int end) {
        Evidence evidence(String category, String original) {
            return new Evidence(category, original.substring(start, end), start, end);
        }
    }

    public LinearModel model() {
        return model;
    }
}

package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

/**
 * A trained {@link LinearModel} applied to normalised text: the sentiment model and the emotion
 * model are both instances. Thread-safe (the model is read-only).
 */
public final class TextClassifier {
    public static final String SENTIMENT_MODEL = "sasando/text/model/sentiment.bin";
    public static final String EMOTION_MODEL = "sasando/text/model/emotion.bin";

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

    public LinearModel model() {
        return model;
    }
}

package id.go.kupangkota.sasando.text.classify;

/**
 * The most probable label of a text and its probability (the confidence shown to analysts),
 * with every label's probability in the model's label order.
 */
public record Prediction(String label, double confidence, double[] probabilities) {
}

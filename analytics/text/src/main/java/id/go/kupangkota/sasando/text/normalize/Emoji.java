package id.go.kupangkota.sasando.text.normalize;

/**
 * An emoji or emoticon found in the text with its polarity from the emoji resource file
 * (+1 positive, -1 negative, 0 unknown or neutral) and its span in the original text.
 */
public record Emoji(String symbol, int polarity, int start, int end) {
}

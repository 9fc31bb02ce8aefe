package id.go.kupangkota.sasando.text.lexicon;

/**
 * One lexicon phrase found in a text: tokens {@code [firstToken, endToken)} and the char span
 * {@code [start, end)} of the original text they came from.
 */
public record Match(String category, Lexicon.Entry entry, int firstToken, int endToken, int start, int end) {

    public double weight() {
        return entry.weight();
    }
}

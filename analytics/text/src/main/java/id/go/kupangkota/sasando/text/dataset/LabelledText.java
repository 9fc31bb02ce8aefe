package id.go.kupangkota.sasando.text.dataset;

import java.util.Set;

/** One row of a labelled set: the text and its labels (one for sentiment/emotion, several for risk). */
public record LabelledText(String text, Set<String> labels) {

    public static LabelledText of(String text, String label) {
        return new LabelledText(text, Set.of(label));
    }

    /** The single label of a single-label row. */
    public String label() {
        return labels.iterator().next();
    }
}

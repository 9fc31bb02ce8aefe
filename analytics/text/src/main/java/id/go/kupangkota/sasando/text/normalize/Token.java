package id.go.kupangkota.sasando.text.normalize;

/**
 * One normalised word and the span of the original text it came from. A slang or Kupang Malay
 * word that expands to several standard words ("gpp" -> "tidak apa apa") yields several tokens
 * sharing one span.
 *
 * @param norm    the standard Indonesian form, lower case ("sonde" -> "tidak")
 * @param stem    Lucene's Indonesian stem of {@code norm} ("menyerang" -> "serang")
 * @param start   first char of the original word, inclusive
 * @param end     last char of the original word, exclusive; a word's span holds the combining marks of
 *                its letters and the invisible characters between them ("b\u200Bom", "k\u0332a\u0332"), so
 *                it never ends inside a letter or a surrogate pair
 * @param negated true inside the scope of a preceding negator ("tidak <u>bagus</u>")
 */
public record Token(String norm, String stem, int start, int end, boolean negated) {

    /** The form the classifiers see: negated words are distinct features ("NEG_bagus"). */
    public String feature() {
        return negated ? "NEG_" + norm : norm;
    }
}

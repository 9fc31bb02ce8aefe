package id.go.kupangkota.sasando.text.normalize;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * A word written to get past keyword filters, folded to the plain word the lexicons know: invisible
 * characters inside it dropped ("b\u200Bom", "ka\u00ADfir"), full-width and mathematical styled letters
 * read as their letters ("ｂｏｍ", "𝐛𝐨𝐦", "𝕜𝕒𝕗𝕚𝕣": Unicode's compatibility mapping, NFKC), and the accents
 * of Latin letters dropped ("ba\u0301kar", "k̲a̲f̲i̲r̲"). Only words with a char beyond ASCII are folded, so
 * plain posts do no more than look at each char once. Leetspeak digits ("k4fir") are not letters here:
 * "2" and "4" stand for themselves in ordinary posts.
 */
final class Fold {
    private Fold() {
    }

    /** Whether {@code word} has a char beyond ASCII, the only words {@link #letters} can change. */
    static boolean needed(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, without invisible characters, compatibility letters as their plain letters; accents
     * kept, as Kupang Malay is written in the word maps ("ｓａｎáｎｇ" -> "sanáng").
     */
    static String letters(String word) {
        StringBuilder visible = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!isInvisible(cp)) {
                visible.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return java.text.Normalizer.normalize(visible, Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code letters} without the accents and other marks on Latin letters ("bákar" -> "bakar",
     * "k\u0332a\u0332" -> "ka"). Marks on letters of other scripts stay: an Arabic or Devanagari word is
     * spelt with them.
     */
    static String plain(String letters) {
        if (!needed(letters)) {
            return letters;
        }
        String split = java.text.Normalizer.normalize(letters, Form.NFD);
        StringBuilder out = new StringBuilder(split.length());
        boolean afterLatin = false;
        for (int i = 0; i < split.length(); ) {
            int cp = split.codePointAt(i);
            if (isMark(cp)) {
                if (!afterLatin) {
                    out.appendCodePoint(cp);
                }
            } else {
                out.appendCodePoint(cp);
                afterLatin = isLatin(cp);
            }
            i += Character.charCount(cp);
        }
        return java.text.Normalizer.normalize(out, Form.NFC);
    }

    /** A combining mark: it belongs to the letter before it. */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A format character, invisible where it stands: zero-width space, (non-)joiner, word joiner, soft
     * hyphen, byte order mark, direction marks.
     */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /** Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional letters and digits. */
    private static boolean isLatin(int cp) {
        return (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) && Character.isLetterOrDigit(cp);
    }
}

package id.go.kupangkota.sasando.text.normalize;

import id.go.kupangkota.sasando.text.resource.DataFile;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer.Form;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A word written to get past keyword filters, folded to the plain word the lexicons know: invisible
 * characters inside it dropped ("b\u200Bom", "ka\u00ADfir"), full-width and mathematical styled letters
 * read as their letters ("ｂｏｍ", "𝐛𝐨𝐦", "𝕜𝕒𝕗𝕚𝕣": Unicode's compatibility mapping, NFKC), and the accents
 * of Latin letters dropped ("ba\u0301kar", "k̲a̲f̲i̲r̲"), small capitals and circled or squared letters read as
 * their letters ("ʙᴏᴍ", "ⓑⓞⓜ", "🄱🄾🄼", "🅑🅞🅜"), and in a word that mixes scripts the Cyrillic and Greek letters
 * that look Latin read as the Latin letters they show ("kаfir" with a Cyrillic а; {@link #LOOKALIKES}). Only words with a char beyond ASCII are folded, so
 * plain posts do no more than look at each char once. Leetspeak digits ("k4fir") are not letters here:
 * "2" and "4" stand for themselves in ordinary posts.
 */
final class Fold {
    /** Cyrillic and Greek letters that look Latin, and the Latin small capitals: each with its Latin letter. */
    static final String LOOKALIKES = "sasando/text/normalize/lookalikes.txt";

    private Fold() {
    }

    /** The table of {@link #LOOKALIKES}, read once, when a word first needs it. */
    private static final class Lookalikes {
        static final Map<Integer, Character> LATIN = read(DataFile.read(LOOKALIKES));
    }

    /**
     * Reads {@code file}: one letter and its ASCII letter a line; the letter must be Cyrillic or Greek (read
     * only in mixed words) or Latin (a small capital, always read). Fails loudly on anything else.
     */
    static Map<Integer, Character> read(DataFile file) {
        Map<Integer, Character> latin = new HashMap<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 2 || cols[0].codePointCount(0, cols[0].length()) != 1 || cols[1].length() != 1
                    || !isAsciiLetter(cols[1].charAt(0))) {
                throw line.error(file.path(), "expected 'letter | latin letter', one letter each");
            }
            int cp = cols[0].codePointAt(0);
            UnicodeScript script = UnicodeScript.of(cp);
            if (!Character.isLetter(cp) || (script != UnicodeScript.CYRILLIC && script != UnicodeScript.GREEK
                    && script != UnicodeScript.LATIN) || cp < 0x80) {
                throw line.error(file.path(), "the letter must be Cyrillic, Greek or a Latin small capital");
            }
            if (latin.put(cp, cols[1].charAt(0)) != null) {
                throw line.error(file.path(), "letter listed twice");
            }
        }
        return Map.copyOf(latin);
    }

    /** Loads the look-alike table now, so that a broken file fails when the normaliser loads. */
    static void load() {
        if (Lookalikes.LATIN.isEmpty()) {
            throw new IllegalStateException(LOOKALIKES + " lists no letter");
        }
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
     * Lower case, without invisible characters, compatibility letters, small capitals and circled or squared
     * letters as their plain letters, and the look-alike letters of a mixed-script word as Latin; accents
     * kept, as Kupang Malay is written in the word maps ("ｓａｎáｎｇ" -> "sanáng").
     */
    static String letters(String word) {
        StringBuilder visible = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!isInvisible(cp)) {
                int enclosed = enclosedLetter(cp);
                Character latin = enclosed < 0 && UnicodeScript.of(cp) == UnicodeScript.LATIN
                        ? Lookalikes.LATIN.get(cp) : null;
                visible.appendCodePoint(enclosed >= 0 ? enclosed : latin != null ? latin : cp);
            }
            i += Character.charCount(cp);
        }
        String compatible = java.text.Normalizer.normalize(visible, Form.NFKC);
        return unmixed(compatible).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code word} with its Cyrillic and Greek look-alike letters as Latin when it also has Latin letters
     * ("kаfir", "ΒΟM"); a word wholly in Cyrillic or Greek is that language's and is returned as it is.
     */
    private static String unmixed(String word) {
        boolean latin = false;
        boolean lookalike = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                UnicodeScript script = UnicodeScript.of(cp);
                latin |= script == UnicodeScript.LATIN;
                lookalike |= script != UnicodeScript.LATIN && Lookalikes.LATIN.containsKey(cp);
            }
            i += Character.charCount(cp);
        }
        if (!latin || !lookalike) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            Character shown = UnicodeScript.of(cp) != UnicodeScript.LATIN ? Lookalikes.LATIN.get(cp) : null;
            out.appendCodePoint(shown != null ? shown : cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * A circled, squared, negative circled or negative squared Latin letter ("ⓑ", "Ⓑ", "🄱", "🅑", "🅱"):
     * symbols to Unicode, not letters, but read as letters in a word.
     */
    static boolean isEnclosedLetter(int cp) {
        return enclosedLetter(cp) >= 0;
    }

    /**
     * The ASCII letter of an enclosed letter, or -1. A range rule, as the blocks keep A-Z in order; NFKC maps
     * only the circled and squared ones, not the negative ones.
     */
    private static int enclosedLetter(int cp) {
        if (cp < 0x24B6) {
            return -1;
        }
        if (cp <= 0x24CF) {
            return 'A' + cp - 0x24B6; // circled capital
        }
        if (cp <= 0x24E9) {
            return 'a' + cp - 0x24D0; // circled small
        }
        if (cp < 0x1F130 || cp > 0x1F189) {
            return -1;
        }
        int inBlock = (cp - 0x1F130) % 0x20; // squared, negative circled, negative squared: 26 capitals each
        return inBlock < 26 ? 'A' + inBlock : -1;
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

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional letters and digits. */
    private static boolean isLatin(int cp) {
        return (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) && Character.isLetterOrDigit(cp);
    }
}

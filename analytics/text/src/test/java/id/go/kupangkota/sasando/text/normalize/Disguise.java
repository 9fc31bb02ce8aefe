package id.go.kupangkota.sasando.text.normalize;

import java.util.function.IntUnaryOperator;

/**
 * The ways a post writes a word to get past keyword filters, applied to the ASCII letters of the words of a
 * text (links and chunks with an @handle are left as written: a handle is ASCII on every platform).
 */
public enum Disguise {
    ZERO_WIDTH_SPACE("\u200B"),
    ZERO_WIDTH_NON_JOINER("\u200C"),
    ZERO_WIDTH_JOINER("\u200D"),
    SOFT_HYPHEN("\u00AD"),
    WORD_JOINER("\u2060"),
    BYTE_ORDER_MARK("\uFEFF"),
    /** "ba\u0301kar": an acute accent on every vowel. */
    COMBINING_ACUTE((String) null) {
        @Override
        void letter(StringBuilder out, int c) {
            out.appendCodePoint(c);
            if ("aeiouAEIOU".indexOf(c) >= 0) {
                out.append('\u0301');
            }
        }
    },
    /** "k\u0332a\u0332f\u0332i\u0332r\u0332": underlined by a combining low line after every letter. */
    COMBINING_LOW_LINE((String) null) {
        @Override
        void letter(StringBuilder out, int c) {
            out.appendCodePoint(c).append('\u0332');
        }
    },
    /** "ｂｏｍ" */
    FULL_WIDTH(c -> c + 0xFEE0),
    /** "𝐛𝐨𝐦" */
    MATH_BOLD(c -> c >= 'a' ? 0x1D41A + c - 'a' : 0x1D400 + c - 'A'),
    /** "𝘬𝘢𝘧𝘪𝘳" */
    MATH_SANS_SERIF_ITALIC(c -> c >= 'a' ? 0x1D622 + c - 'a' : 0x1D608 + c - 'A'),
    /** "𝕜𝕒𝕗𝕚𝕣"; seven capitals were encoded before the block, among the letter-like symbols ("ℝ"). */
    MATH_DOUBLE_STRUCK(c -> c >= 'a' ? 0x1D552 + c - 'a' : switch (c) {
        case 'C' -> 0x2102;
        case 'H' -> 0x210D;
        case 'N' -> 0x2115;
        case 'P' -> 0x2119;
        case 'Q' -> 0x211A;
        case 'R' -> 0x211D;
        case 'Z' -> 0x2124;
        default -> 0x1D538 + c - 'A';
    }),
    /** "ʙᴏᴍ": small letters as small capitals (there is no small capital x); capitals kept, as posts do. */
    SMALL_CAPITALS(c -> c >= 'a' ? "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ".codePointAt("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ"
            .offsetByCodePoints(0, c - 'a')) : c),
    /** "ⓑⓞⓜ", "Ⓑⓞⓜ" */
    CIRCLED(c -> c >= 'a' ? 0x24D0 + c - 'a' : 0x24B6 + c - 'A'),
    /** "🄱🄾🄼": capitals only, so the post reads as written in capitals. */
    SQUARED(c -> 0x1F130 + Character.toUpperCase(c) - 'A'),
    /** "🅑🅞🅜" */
    NEGATIVE_CIRCLED(c -> 0x1F150 + Character.toUpperCase(c) - 'A'),
    /** "🅱🅾🅼" */
    NEGATIVE_SQUARED(c -> 0x1F170 + Character.toUpperCase(c) - 'A'),
    /**
     * "kаfir", "bоm": Cyrillic look-alikes for the Latin letters that have one, but the first letter of each
     * word and of each part of a camel-case hashtag kept Latin: a word wholly in Cyrillic is Russian, not read.
     */
    CYRILLIC_LOOKALIKES(lookalikes("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")),
    /** "bοm", "kαfιr", "ΒΟM": Greek look-alikes the same way. */
    GREEK_LOOKALIKES(lookalikes("aikvopuABEHIKMNOPTXYZ", "αικνορυΑΒΕΗΙΚΜΝΟΡΤΧΥΖ"));

    /** An invisible character put between every two letters, or null. */
    private final String between;
    /** The styled letter of an ASCII letter, or null. */
    private final IntUnaryOperator styled;

    Disguise(String between) {
        this.between = between;
        this.styled = null;
    }

    Disguise(IntUnaryOperator styled) {
        this.between = null;
        this.styled = styled;
    }

    /** The styled letters of a look-alike disguise: a letter of {@code latin} as the same place of {@code other}. */
    private static IntUnaryOperator lookalikes(String latin, String other) {
        return c -> latin.indexOf(c) >= 0 ? other.charAt(latin.indexOf(c)) : c;
    }

    /** {@code text} with the ASCII letters of its words disguised; links, @handles and everything else kept. */
    public String apply(String text) {
        return map(text, false);
    }

    /**
     * {@code text} as this disguise shows it, in plain letters: itself, or in capitals where the disguise has
     * capitals only ("#TolakBom" as "🅃🄾🄻🄰🄺🄱🄾🄼" is one word, as "#TOLAKBOM" is).
     */
    public String shown(String text) {
        return capitalsOnly() ? map(text, true) : text;
    }

    private String map(String text, boolean shown) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (String chunk : text.split("(?<=\\s)|(?=\\s)")) {
            if (chunk.contains("@") || chunk.contains("http") || chunk.contains("www.")) {
                out.append(chunk);
                continue;
            }
            for (int i = 0; i < chunk.length(); i++) {
                char c = chunk.charAt(i);
                char before = i > 0 ? chunk.charAt(i - 1) : ' ';
                if (!isAsciiLetter(c)) {
                    out.append(c);
                } else if (shown) {
                    out.append(Character.toUpperCase(c));
                } else if (isLookalike() && (!isAsciiLetter(before)
                        || (Character.isUpperCase(c) && Character.isLowerCase(before)))) {
                    out.append(c); // a word part's first letter stays Latin, so that the word mixes scripts
                } else if (between != null) {
                    out.append(c);
                    if (i + 1 < chunk.length() && isAsciiLetter(chunk.charAt(i + 1))) {
                        out.append(between);
                    }
                } else {
                    letter(out, c);
                }
            }
        }
        return out.toString();
    }

    void letter(StringBuilder out, int c) {
        out.appendCodePoint(styled.applyAsInt(c));
    }

    /** Capitals only: the post as the disguise shows it is in capitals ("🄱🄾🄼" is "BOM", not "bom"). */
    private boolean capitalsOnly() {
        return this == SQUARED || this == NEGATIVE_CIRCLED || this == NEGATIVE_SQUARED;
    }

    private boolean isLookalike() {
        return this == CYRILLIC_LOOKALIKES || this == GREEK_LOOKALIKES;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package id.go.kupangkota.sasando.text.normalize;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw post text (Indonesian, slang, Kupang Malay, emoji) into standard Indonesian tokens that
 * remember their span in the original text. Steps, in order: split out links, mentions, hashtags
 * and emoji; lower-case; fold a word written to get past keyword filters to its plain letters
 * ({@link Fold}: "b\u200Bom", "ｂｏｍ", "𝐛𝐨𝐦", "ba\u0301kar"; the span stays the word as written);
 * collapse letters repeated three or more times ("mantaaap" -> "mantap");
 * slang -> standard ("gak" -> "tidak"); Kupang Malay -> Indonesian ("sonde" -> "tidak");
 * mark the negation scope; stem with Lucene's {@link IndonesianStemmer}.
 *
 * <p>Thread-safe and immutable; a fresh stemmer is made per call because Lucene's keeps state.
 */
public final class Normalizer {
    static final String SLANG = "sasando/text/normalize/slang.txt";
    static final String KUPANG_MALAY = "sasando/text/normalize/kupang-malay.txt";
    static final String NEGATION = "sasando/text/normalize/negation.txt";
    /** Words without content of their own, in their standard form: left out of terms, never named as evidence. */
    public static final String STOPWORDS = "sasando/text/normalize/stopwords.txt";
    static final String EMOJI = "sasando/text/normalize/emoji.txt";
    static final String ABBREVIATIONS = "sasando/text/normalize/abbreviations.txt";

    /** "＃": a hashtag typed in full-width letters. */
    private static final int FULL_WIDTH_NUMBER_SIGN = 0xFF03;
    /** From a full-width form (U+FF01-U+FF5E) to its ASCII character. */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    /** How many words after a negator are negated, unless a clause boundary or breaker comes first. */
    private static final int NEGATION_SCOPE = 3;

    private final WordMap slang;
    private final WordMap kupangMalay;
    private final Set<String> negators;
    private final Set<String> breakers;
    private final Set<String> exceptions;
    private final Map<String, Integer> emojiPolarity;
    private final Set<String> abbreviations;
    /** The one-word terms of the risk lexicons and their stems: the only readings digits for letters may give. */
    private final Set<String> riskWords;

    private Normalizer(WordMap slang, WordMap kupangMalay, Set<String> negators, Set<String> breakers,
                       Set<String> exceptions, Map<String, Integer> emojiPolarity, Set<String> abbreviations,
                       Set<String> riskWords) {
        this.slang = slang;
        this.kupangMalay = kupangMalay;
        this.negators = Set.copyOf(negators);
        this.breakers = Set.copyOf(breakers);
        this.exceptions = Set.copyOf(exceptions);
        this.emojiPolarity = Map.copyOf(emojiPolarity);
        this.abbreviations = Set.copyOf(abbreviations);
        this.riskWords = Set.copyOf(riskWords);
    }

    /** Loads the word maps, negation lists and emoji polarities, registering them in {@code digest}. */
    public static Normalizer load(ResourceDigest digest) {
        Set<String> negators = new HashSet<>();
        Set<String> breakers = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        DataFile negation = digest.read(NEGATION);
        for (DataFile.Line line : negation.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 2) {
                throw line.error(NEGATION, "expected 'kind | word'");
            }
            Set<String> target = switch (cols[0]) {
                case "negator" -> negators;
                case "breaker" -> breakers;
                case "exception" -> exceptions;
                default -> throw line.error(NEGATION, "kind must be negator, breaker or exception");
            };
            target.add(cols[1].toLowerCase(Locale.ROOT));
        }
        Map<String, Integer> emoji = new HashMap<>();
        DataFile emojiFile = digest.read(EMOJI);
        for (DataFile.Line line : emojiFile.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length < 2) {
                throw line.error(EMOJI, "expected 'emoji | polarity'");
            }
            try {
                emoji.put(stripVariation(cols[0]), Integer.parseInt(cols[1].replace("+", "")));
            } catch (NumberFormatException e) {
                throw line.error(EMOJI, "polarity must be -1, 0 or +1");
            }
        }
        digest.read(Fold.LOOKALIKES); // Fold reads it itself (its methods are static), the digest hashes it
        Fold.load();
        Set<String> abbreviations = new HashSet<>();
        for (DataFile.Line line : digest.read(ABBREVIATIONS).lines()) {
            abbreviations.add(line.text().toLowerCase(Locale.ROOT));
        }
        return new Normalizer(WordMap.of(digest.read(SLANG)), WordMap.of(digest.read(KUPANG_MALAY)),
                negators, breakers, exceptions, emoji, abbreviations, riskWords(digest));
    }

    /**
     * The one-word terms of the risk lexicons ("bom", "kafir", "teroris"; a prefix term "kafir*" as its
     * prefix) and their stems. The risk tagger reads the same files; here they only bound
     * {@link #digitsRead}.
     */
    private static Set<String> riskWords(ResourceDigest digest) {
        Set<String> words = new HashSet<>();
        IndonesianStemmer stemmer = new IndonesianStemmer();
        for (String category : Vocabulary.RISK_CATEGORIES) {
            String path = "sasando/text/risk/" + category + ".txt";
            for (DataFile.Line line : digest.read(path).lines()) {
                String[] cols = DataFile.columns(line);
                String term = cols[cols.length - 1].toLowerCase(Locale.ROOT).replace("*", "").trim();
                if (term.isEmpty() || term.indexOf(' ') >= 0) {
                    continue;
                }
                words.add(term);
                char[] buffer = term.toCharArray();
                words.add(new String(buffer, 0, stemmer.stem(buffer, buffer.length, true)));
            }
        }
        return words;
    }

    /**
     * A word written with digits for letters ("b0m", "k4fir", "t3r0r1s") read as the risk word it spells, or
     * null. Only 4, 0, 1, 3, 5 and 7 are read (a, o, i, e, s, t), only in a word that has a letter too, and
     * only when the reading, or its stem, is a one-word risk term: "anak2", "se7", "b4", "4jji", "covid19"
     * and plate numbers mean themselves and stay as written.
     */
    String digitsRead(String word, IndonesianStemmer stemmer) {
        boolean letter = false;
        boolean digit = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
            }
        }
        if (!letter || !digit) {
            return null;
        }
        char[] read = word.toCharArray();
        for (int k = 0; k < read.length; k++) {
            int at = "401357".indexOf(read[k]);
            if (at >= 0) {
                read[k] = "aoiest".charAt(at);
            } else if (read[k] >= '0' && read[k] <= '9') {
                return null;
            }
        }
        String reading = new String(read);
        if (riskWords.contains(reading)) {
            return reading;
        }
        int len = stemmer.stem(read, read.length, true);
        return riskWords.contains(new String(read, 0, len)) ? reading : null;
    }

    /** The negators of {@code negation.txt} in standard form ("tidak", "jangan"; "sonde" arrives as "tidak"). */
    public Set<String> negators() {
        return negators;
    }

    /** Normalises {@code text}; null and blank give {@link NormalizedText#EMPTY}. */
    public NormalizedText normalize(String text) {
        if (text == null || text.isBlank()) {
            return NormalizedText.EMPTY;
        }
        Scan scan = new Scan(text);
        scan.run();
        return scan.result();
    }

    /** The standard words for one lower-case word, after slang and Kupang Malay mapping. */
    String[] standardise(String word) {
        String[] mapped = mapped(word);
        return mapped != null ? mapped : new String[]{word};
    }

    /**
     * The standard words for a word with chars beyond ASCII, as written in the post: its letters with
     * their accents may be a word of the maps ("sanáng", also as "ｓａｎáｎｇ"), else its plain letters
     * are read ("ba\u0301kar" -> "bakar").
     */
    String[] standardiseFolded(String word) {
        String letters = Fold.letters(word);
        String[] mapped = mapped(collapse(letters));
        return mapped != null ? mapped : standardise(collapse(Fold.plain(letters)));
    }

    private String[] mapped(String word) {
        String[] mapped = slang.get(word);
        return mapped != null ? mapped : kupangMalay.get(word);
    }

    /**
     * A hashtag's name (without '#') as the tagger keeps it: lower case, folded when it has chars beyond
     * ASCII ("ｂｏｍ" and "𝐁𝐨𝐦" are "bom"); also for the hashtags a source sent with the post.
     */
    public static String hashtag(String name) {
        return lowerFolded(name);
    }

    /** A word in lower case, folded when it has chars beyond ASCII. */
    private static String lowerFolded(String word) {
        return Fold.needed(word) ? Fold.plain(Fold.letters(word)) : word.toLowerCase(Locale.ROOT);
    }

    private static String stripVariation(String s) {
        return s.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    /** One pass over one text; holds the per-call state (tokens, negation, stemmer). */
    private final class Scan {
        private final String text;
        private final IndonesianStemmer stemmer = new IndonesianStemmer();
        private final List<Token> tokens = new ArrayList<>();
        private final List<Integer> clauses = new ArrayList<>();
        private final List<Integer> sentences = new ArrayList<>();
        private final Set<String> hashtags = new LinkedHashSet<>();
        private final Set<String> mentions = new LinkedHashSet<>();
        private final List<String> links = new ArrayList<>();
        private final List<Emoji> emoji = new ArrayList<>();
        private final char[] stemBuffer = new char[64];
        private int clause;
        private int sentence;
        private int negationLeft;
        /** The OR of the chars {@link #wordEnd} read last: 0x80 or more when one was beyond ASCII. */
        private int wordBits;
        /**
         * The AND of the letters and digits {@link #wordEnd} read last: without 0x40 when one may be a digit
         * (every ASCII letter has it, no digit does), so a word of letters skips {@link #digitsRead}.
         */
        private int wordAnd;

        Scan(String text) {
            this.text = text;
        }

        void run() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                if (isLinkStart(i)) {
                    int end = until(i, Character::isWhitespace);
                    links.add(text.substring(i, end));
                    i = end;
                } else if (cp == '@' && i + 1 < n && isWordChar(text.charAt(i + 1))
                        && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                    // a handle is ASCII on every platform: "@𝐛𝐨𝐦" is no account, its word is read
                    int end = handleEnd(i + 1);
                    mentions.add(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
                    i = end;
                } else if ((cp == '#' || cp == FULL_WIDTH_NUMBER_SIGN) && i + 1 < n
                        && (isWordChar(text.codePointAt(i + 1)) || Fold.isEnclosedLetter(text.codePointAt(i + 1)))
                        && (i == 0 || !isWordChar(text.codePointBefore(i)))) {
                    // a hashtag may be written in any letters: "#ｂｏｍ" and "#𝐁𝐨𝐦" are "#bom"
                    int end = wordEnd(i + 1, true);
                    boolean folds = wordBits >= 0x80;
                    String name = text.substring(i + 1, end);
                    hashtags.add(folds ? hashtag(name) : name.toLowerCase(Locale.ROOT));
                    hashtagWords(i + 1, end, folds); // #TolakRadikalisme also says "tolak radikalisme"
                    i = end;
                } else if (Character.isLetterOrDigit(cp) || (Fold.isEnclosedLetter(cp) && !aloneAsEmoji(i + len))) {
                    // "ⓑⓞⓜ", "🅑🅞🅜", "🅱️om" are a word; a lone "🅰️" with its emoji selector stays an emoji
                    int end = wordEnd(i, false);
                    word(i, end, wordBits >= 0x80, (wordAnd & 0x40) == 0);
                    i = end;
                } else if (isClauseBoundary(cp)) {
                    if (!(cp == '.' && afterAbbreviation(i))) {
                        boundary();
                        if (endsSentence(i, cp)) {
                            sentence++;
                        }
                    }
                    i += len;
                } else if (isEmoji(cp)) {
                    int end = i + len;
                    // keep skin-tone/variation selectors and ZWJ sequences with their emoji
                    while (end < n && isEmojiModifier(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                        if (end < n && text.charAt(end - 1) == '\u200D' && isEmoji(text.codePointAt(end))) {
                            end += Character.charCount(text.codePointAt(end));
                        }
                    }
                    String symbol = text.substring(i, i + len);
                    emoji.add(new Emoji(symbol, emojiPolarity.getOrDefault(stripVariation(symbol), 0), i, end));
                    i = end;
                } else if (cp >= 0xFF01 && cp <= 0xFF1F && isClauseBoundary(cp - FULL_WIDTH_OFFSET)) {
                    // full-width punctuation ("！", "，") of a post typed in full-width letters
                    boundary();
                    if (endsSentence(i, cp - FULL_WIDTH_OFFSET)) {
                        sentence++;
                    }
                    i += len;
                } else {
                    i += len;
                }
            }
        }

        /**
         * The end of a handle: letters, digits, '_' and inner dots ("@agus.maulafa" on Instagram or
         * Facebook is one account, whose "maulafa" is no place); a dot ending a sentence stays out.
         */
        private int handleEnd(int from) {
            int j = from;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (isWordChar(c) || (c == '.' && j + 1 < text.length() && isWordChar(text.charAt(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        /** Whether the clause boundary {@code cp} at {@code i} also ends a sentence: not a '.' in "08.00" or "1.5". */
        private boolean endsSentence(int i, int cp) {
            if (cp == '.') {
                return !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1)));
            }
            return cp == '!' || cp == '?' || cp == '\n';
        }

        /** True when the '.' at {@code i} closes an abbreviation such as "Jl." rather than a sentence. */
        private boolean afterAbbreviation(int i) {
            if (tokens.isEmpty() || last().end() != i) {
                return false;
            }
            return abbreviations.contains(lowerFolded(text.substring(last().start(), i)));
        }

        private boolean isLinkStart(int i) {
            return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
        }

        private int until(int from, java.util.function.IntPredicate stop) {
            int j = from;
            while (j < text.length() && !stop.test(text.charAt(j))) {
                j++;
            }
            return j;
        }

        /**
         * Letters and digits (and '_' in a hashtag), joined by single inner hyphens or apostrophes in a word
         * ("bae-bae", "jum'at"). By code point: a letter outside the BMP (the bold
         * "\uD835\uDC01\uD835\uDC28\uD835\uDC26" of styled posts) is two chars neither of which is a letter,
         * and read char by char it ended no word, so the scan never moved on. A combining mark belongs to the
         * letter before it ("k\u0332a\u0332f\u0332i\u0332r\u0332" ends after its last mark); invisible
         * characters between letters are inside the word ("b\u200Bom"), after its last letter outside it.
         */
        private int wordEnd(int from, boolean hashtag) {
            int n = text.length();
            int j = from;
            int bits = 0;
            int and = -1;
            while (j < n) {
                int c = text.codePointAt(j);
                if (Character.isLetterOrDigit(c) || (hashtag && c == '_')) {
                    bits |= c;
                    and &= c;
                    j += Character.charCount(c);
                } else if (!hashtag && (c == '-' || c == '\'' || c == '\u2019') && j + 1 < n
                        && isLetter(text.codePointAt(j + 1))) {
                    j++;
                } else {
                    int next = c < 0x80 ? j : pastMarkOrInvisible(j, c);
                    if (next == j) {
                        break;
                    }
                    bits |= c;
                    j = next;
                }
            }
            wordBits = bits;
            wordAnd = and;
            return j;
        }

        /**
         * Past the combining mark {@code c} at {@code j}, or past the invisible characters from {@code j} when a
         * letter follows them; {@code j} itself where the word ends. Apart from {@link #wordEnd}, which plain
         * words run through, so that it stays small.
         */
        private int pastMarkOrInvisible(int j, int c) {
            if (Fold.isMark(c) || Fold.isEnclosedLetter(c)) {
                return j + Character.charCount(c);
            }
            if (!Fold.isInvisible(c)) {
                return j;
            }
            int n = text.length();
            int k = j + Character.charCount(c);
            while (k < n && (Fold.isInvisible(text.codePointAt(k)) || Fold.isMark(text.codePointAt(k)))) {
                k += Character.charCount(text.codePointAt(k));
            }
            return k < n && isLetter(text.codePointAt(k)) ? k : j;
        }

        /**
         * Whether the enclosed letter ending at {@code i} is an emoji: the emoji selector (U+FE0F) asks for its
         * emoji look and no letter follows it.
         */
        private boolean aloneAsEmoji(int i) {
            return i < text.length() && text.charAt(i) == '\uFE0F'
                    && !(i + 1 < text.length() && isLetter(text.codePointAt(i + 1)));
        }

        /**
         * The words of a hashtag, split at a capital after a small letter and where digits start or end; by
         * code point, marks and invisible characters staying with the letter before them ("#ＴｏｌａｋＢｏｍ").
         */
        private void hashtagWords(int start, int end, boolean folds) {
            int from = start;
            int previous = text.codePointAt(start);
            for (int j = start + Character.charCount(previous); j < end; ) {
                int c = text.codePointAt(j);
                if (Character.isLetterOrDigit(c) || c == '_' || Fold.isEnclosedLetter(c)) {
                    if ((Character.isUpperCase(c) && Character.isLowerCase(previous))
                            // "#Pilkada2024" also says "pilkada"
                            || Character.isDigit(c) != Character.isDigit(previous)) {
                        word(from, j, folds, false); // a word of a hashtag is letters or digits
                        from = j;
                    }
                    previous = c;
                }
                j += Character.charCount(c);
            }
            word(from, end, folds, false);
            boundary();
        }

        /**
         * One word of the text; {@code folds} when it may have chars beyond ASCII, {@code digits} when it may
         * have a digit (plain words skip those looks).
         */
        private void word(int start, int end, boolean folds, boolean digits) {
            String written = text.substring(start, end);
            String[] standard;
            if (folds && Fold.needed(written)) {
                standard = standardiseFolded(written);
            } else {
                String lower = collapse(written.toLowerCase(Locale.ROOT));
                if (lower.isEmpty()) {
                    return;
                }
                standard = standardise(lower);
            }
            if (digits && standard.length == 1 && mapped(standard[0]) == null) {
                // "b0m", "k4fir": digits for letters, read only as a risk word
                String reading = digitsRead(standard[0], stemmer); // the scan's own: a stemmer is not thread-safe
                if (reading != null) {
                    standard = new String[]{reading};
                }
            }
            for (String norm : standard) {
                if (norm.isEmpty()) {
                    continue;
                }
                if (exceptions.contains(norm) && !tokens.isEmpty() && negators.contains(last().norm())) {
                    // "tidak hanya ... tetapi juga": not a negation at all
                    negationLeft = 0;
                    Token prev = tokens.remove(tokens.size() - 1);
                    tokens.add(new Token(prev.norm(), prev.stem(), prev.start(), prev.end(), false));
                }
                if (breakers.contains(norm)) {
                    negationLeft = 0;
                }
                boolean negated = negationLeft > 0 && !negators.contains(norm);
                tokens.add(new Token(norm, stem(norm), start, end, negated));
                clauses.add(clause);
                sentences.add(sentence);
                if (negators.contains(norm)) {
                    negationLeft = NEGATION_SCOPE;
                } else if (negationLeft > 0) {
                    negationLeft--;
                }
            }
        }

        private Token last() {
            return tokens.get(tokens.size() - 1);
        }

        private void boundary() {
            clause++;
            negationLeft = 0;
        }

        private String stem(String norm) {
            if (norm.length() > stemBuffer.length || norm.indexOf('-') >= 0) {
                return norm;
            }
            norm.getChars(0, norm.length(), stemBuffer, 0);
            int len = stemmer.stem(stemBuffer, norm.length(), true);
            return len == norm.length() ? norm : new String(stemBuffer, 0, len);
        }

        NormalizedText result() {
            return new NormalizedText(text, List.copyOf(tokens), List.copyOf(hashtags), List.copyOf(mentions),
                    List.copyOf(links), List.copyOf(emoji), numbers(clauses), numbers(sentences));
        }

        private static int[] numbers(List<Integer> list) {
            int[] out = new int[list.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = list.get(k);
            }
            return out;
        }
    }

    /**
     * Lower-case word with letters repeated three or more times collapsed to one ("mantaaap" ->
     * "mantap", "bangeeet" -> "banget") and a trailing reduplication digit dropped ("meledak2").
     * Doubles stay: Indonesian has real ones ("tunggu").
     */
    static String collapse(String word) {
        StringBuilder sb = null;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < n && word.charAt(i + run) == c) {
                run++;
            }
            if (run >= 3 && Character.isLetter(c)) {
                if (sb == null) {
                    sb = new StringBuilder(word.substring(0, i));
                }
                sb.append(c);
                i += run - 1;
            } else if (sb != null) {
                sb.append(word, i, i + run);
                i += run - 1;
            } else {
                i += run - 1;
            }
        }
        String out = sb == null ? word : sb.toString();
        if (out.length() > 2 && out.charAt(out.length() - 1) == '2' && Character.isLetter(out.charAt(out.length() - 2))) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    /** A letter or digit of a word, an enclosed letter ("ⓑ", "🅑") included. */
    private static boolean isLetter(int c) {
        return Character.isLetterOrDigit(c) || Fold.isEnclosedLetter(c);
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isClauseBoundary(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ',' || cp == '\n' || cp == ':'
                || cp == '(' || cp == ')' || cp == '"' || cp == '\u201C' || cp == '\u201D';
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF)
                || cp == 0x2764 || cp == 0x2B50 || cp == 0x2B55;
    }

    private static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}

package id.go.kupangkota.sasando.dashboard.base.es;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link PostFilter} into a typed Elasticsearch query over the posts index. Days are cut in
 * WITA. Free text goes through {@code simple_query_string} with the operators analysts expect of a
 * search box and nothing more ({@link #text}); it never fails on what a user types.
 */
public final class PostQueries {
    /** "OR" or "ATAU" in capitals between two words: the user means either. */
    private static final Pattern OR_WORD = Pattern.compile("(?<=\\S)\\s+(?:OR|ATAU)\\s+(?=\\S)");
    /** "AND" or "DAN" in capitals between two words: every word must occur anyway. */
    private static final Pattern AND_WORD = Pattern.compile("(?<=\\S)\\s+(?:AND|DAN)\\s+(?=\\S)");
    /** "NOT" or "TANPA" in capitals before a word: the user means without it. */
    private static final Pattern NOT_WORD = Pattern.compile("(?<!\\S)(?:NOT|TANPA)\\s+(?=\\S)");

    private PostQueries() {
    }

    public static Query filter(PostFilter f) {
        List<Query> must = new ArrayList<>();
        must.add(createdBetween(f.from(), f.to()));
        term(must, PostFields.TOPICS, f.topic());
        term(must, PostFields.SOURCE, f.source());
        term(must, PostFields.SENTIMENT, f.sentiment());
        term(must, PostFields.EMOTION, f.emotion());
        term(must, PostFields.RISK, f.risk());
        term(must, PostFields.STANCE, f.stance());
        term(must, PostFields.KECAMATAN, f.kecamatan());
        if (f.author() != null) { // handles are case-insensitive on X: "Martha_Nitbani0" is "martha_nitbani0"
            must.add(Query.of(q -> q.term(t -> t.field(PostFields.AUTHOR_HANDLE).value(FieldValue.of(f.author()))
                    .caseInsensitive(true))));
        }
        List<Query> scoring = new ArrayList<>();
        if (f.text() != null) {
            scoring.add(text(f.text()));
        }
        return Query.of(q -> q.bool(b -> b.filter(must).must(scoring)));
    }

    /** Posts created on the WITA days {@code from..to}, both inclusive. */
    public static Query createdBetween(LocalDate from, LocalDate to) {
        return createdIn(Wita.startOfDay(from), Wita.startOfDay(to.plusDays(1)));
    }

    /** Posts created from {@code from} (inclusive) to {@code to} (exclusive). */
    public static Query createdIn(Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(PostFields.CREATED_AT)
                .gte(from.toString()).lt(to.toString()))));
    }

    /**
     * User text over title and text: every word must occur, unless the user says otherwise with the
     * operators of a search box: {@code "exact phrase"}, {@code -word} (without; also {@code NOT} and
     * {@code TANPA}), {@code a OR b} (also {@code ATAU} and {@code |}), {@code AND} / {@code DAN} (what
     * words do anyway), parentheses and {@code word*} (a prefix). Spelled-out operators count in capitals
     * only: "dan", "atau" and "tanpa" are ordinary words. A word is also found among the tagger's terms
     * of the post (standard Indonesian, hashtags split into words). No field syntax, no regexes,
     * no fuzzy or proximity operators; unbalanced quotes or parentheses are read as well as they can be,
     * never as an error.
     */
    public static Query text(String userText) {
        Query words = words(userText);
        Matcher tag = ONE_HASHTAG.matcher(userText);
        if (!tag.matches()) {
            return words;
        }
        // one hashtag (Ringkasan's cloud links so): also the posts that carry it in their hashtags only, as an
        // export's column can give them without the text saying it
        String name = tag.group(1);
        return Query.of(q -> q.bool(b -> b.should(words)
                .should(h -> h.term(t -> t.field(PostFields.HASHTAGS).value(name).caseInsensitive(true)))
                .minimumShouldMatch("1")));
    }

    private static final Pattern ONE_HASHTAG = Pattern.compile("\\s*#([\\p{L}\\p{N}_]+)\\s*");

    private static Query words(String userText) {
        // lower case once the spelled-out operators are read: the tagger's terms are lower case
        String query = standardForms(NOT_WORD.matcher(AND_WORD.matcher(OR_WORD.matcher(userText).replaceAll(" | "))
                .replaceAll(" ")).replaceAll("-").toLowerCase(Locale.ROOT), PostQueries::standardForm,
                PostQueries::otherSpellings);
        return Query.of(q -> q.simpleQueryString(s -> s
                .query(query)
                // the tagger's terms too: "pilkada" finds "#Pilkada2024"; "tidak" finds Kupang "sonde" by standardForms
                .fields(PostFields.TEXT, PostFields.TITLE, PostFields.TERMS)
                .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence,
                        SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Whitespace)
                .defaultOperator(Operator.And)
                .lenient(true)));
    }

    /**
     * The query with each whole word outside quotes that the tagger writes otherwise (Kupang Malay, slang:
     * "aer" is "air") as either form, {@code (aer | air)}: the tagger's terms hold the standard form, so a
     * search in Kupang Malay also finds the posts that spell the word the standard way. A word is also
     * searched in the other spellings the tagger reads as it ({@code spellings}: "tidak" as "sonde",
     * "gak"...): the terms leave out words without content of their own ("tidak", "sudah", "kita"), so
     * without them "air tidak" missed every "air sonde". Prefixes ({@code word*}) and phrases stay as typed.
     */
    static String standardForms(String query, UnaryOperator<String> standard,
                                Function<String, Collection<String>> spellings) {
        StringBuilder out = new StringBuilder(query.length() + 16);
        boolean quoted = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted || !Character.isLetter(c) || (i > 0 && !WORD_START.contains(query.charAt(i - 1)))) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < query.length() && Character.isLetter(query.charAt(end))) {
                end++;
            }
            String word = query.substring(i, end);
            boolean whole = end == query.length() || WORD_END.contains(query.charAt(end));
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word);
            if (whole) {
                String form = standard.apply(word);
                String target = form == null ? word : form;
                forms.add(target);
                forms.addAll(spellings.apply(target));
            }
            out.append(forms.size() == 1 ? word : "(" + String.join(" | ", forms) + ")");
            i = end;
        }
        return out.toString();
    }

    private static final List<Character> WORD_START = List.of(' ', '\t', '(', '-', '|', '+');
    private static final List<Character> WORD_END = List.of(' ', '\t', ')', '|');

    /** The one standard word the tagger writes for {@code word}, or null when it writes none or several. */
    static String standardForm(String word) {
        List<Token> tokens = Tagger.shared().normalizer().normalize(word).tokens();
        return tokens.size() == 1 ? tokens.get(0).norm() : null;
    }

    /** The words the tagger reads as the standard word {@code word} ("tidak": "sonde", "gak"...), or none. */
    static Collection<String> otherSpellings(String word) {
        return OtherSpellings.BY_STANDARD.getOrDefault(word, List.of());
    }

    /**
     * The normaliser's word maps read backwards, once: each entry kept only when the normaliser itself
     * gives that one standard word for it, so a search never reads a word as the tagger does not.
     */
    private static final class OtherSpellings {
        /** The normaliser's word maps (Normalizer.SLANG, Normalizer.KUPANG_MALAY): "word | standard words". */
        private static final List<String> WORD_MAPS = List.of("sasando/text/normalize/slang.txt",
                "sasando/text/normalize/kupang-malay.txt");
        /** Only words a query can hold as one word: standardForms cuts words at anything else. */
        private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
        static final Map<String, List<String>> BY_STANDARD = read();

        private static Map<String, List<String>> read() {
            Map<String, Set<String>> spellings = new TreeMap<>();
            for (String path : WORD_MAPS) {
                for (DataFile.Line line : DataFile.read(path).lines()) {
                    String spelling = DataFile.columns(line)[0].toLowerCase(Locale.ROOT);
                    String standard = standardForm(spelling);
                    if (standard != null && !standard.equals(spelling) && LETTERS.matcher(spelling).matches()) {
                        spellings.computeIfAbsent(standard, k -> new TreeSet<>()).add(spelling);
                    }
                }
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            spellings.forEach((standard, words) -> out.put(standard, List.copyOf(words)));
            return Map.copyOf(out);
        }
    }

    public static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static void term(List<Query> must, String field, String value) {
        if (value != null) {
            must.add(term(field, value));
        }
    }

    /** A sum aggregation per engagement count ({@link PostFields#ENGAGEMENT}), named by its field. */
    public static Map<String, Aggregation> engagementSums() {
        Map<String, Aggregation> sums = new LinkedHashMap<>();
        PostFields.ENGAGEMENT.forEach(field -> sums.put(field, Aggregation.of(a -> a.sum(m -> m.field(field)))));
        return sums;
    }

    /** Interaksi from the sums of {@link #engagementSums()} in {@code aggregations}. */
    public static long engagement(Map<String, Aggregate> aggregations) {
        return Math.round(PostFields.ENGAGEMENT.stream().mapToDouble(f -> aggregations.get(f).sum().value()).sum());
    }
}

package id.go.kupangkota.sasando.dashboard.base.filter;

import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an analyst is looking at: WITA days {@code from..to} (both inclusive) and optional facets.
 * A blank facet means "any". Lives in the URL as query parameters ({@link #toQuery()}).
 */
public record PostFilter(LocalDate from, LocalDate to, String topic, String source, String sentiment,
                         String emotion, String risk, String stance, String kecamatan, String author,
                         String text) {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String TOPIC = "topic";
    public static final String SOURCE = "source";
    public static final String SENTIMENT = "sentiment";
    public static final String EMOTION = "emotion";
    public static final String RISK = "risk";
    public static final String STANCE = "stance";
    public static final String KECAMATAN = "kecamatan";
    public static final String AUTHOR = "author";
    public static final String TEXT = "q";
    /** The default range: a week up to today. */
    public static final int DEFAULT_DAYS = 7;

    public PostFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a filter needs both ends of its date range");
        }
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        // an address typed or edited by hand ("kecamatan=alak", "risk=Hoaks", "topic=layanan-publik") means the
        // value the index holds: indexed values match exactly, so any other spelling found nothing, silently
        topic = canonical(topic, Vocabulary.TOPICS);
        source = canonical(source, Vocabulary.SOURCES);
        sentiment = canonical(sentiment, Vocabulary.SENTIMENTS);
        emotion = canonical(emotion, Vocabulary.EMOTIONS);
        risk = canonical(risk, Vocabulary.RISK_CATEGORIES);
        stance = canonical(stance, Vocabulary.STANCES);
        kecamatan = canonical(kecamatan, Vocabulary.KECAMATAN);
        author = handle(author);
        text = blankToNull(text);
    }

    /**
     * The vocabulary's own spelling of {@code value} when they differ only in case or in a space, hyphen or
     * underscore between words; a value of no vocabulary as it is (the filter bar says it is unknown).
     */
    static String canonical(String value, List<String> vocabulary) {
        String v = blankToNull(value);
        if (v == null || vocabulary.contains(v)) {
            return v;
        }
        String key = spellingKey(v);
        return vocabulary.stream().filter(known -> spellingKey(known).equals(key)).findFirst().orElse(v);
    }

    private static String spellingKey(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    /** The last {@link #DEFAULT_DAYS} WITA days up to today, no facets. */
    public static PostFilter lastWeek(Clock clock) {
        LocalDate today = Wita.day(clock.instant());
        return range(today.minusDays(DEFAULT_DAYS - 1L), today);
    }

    public static PostFilter range(LocalDate from, LocalDate to) {
        return new PostFilter(from, to, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a filter from URL parameters; an unreadable date falls back to the default range. Days
     * after today (WITA) are cut off: they have no posts yet, and a chart would draw them as a fall to
     * zero and a comparison would measure a longer period than the one it is set against.
     */
    public static PostFilter fromQuery(QueryParameters query, Clock clock) {
        Map<String, List<String>> p = query.getParameters();
        PostFilter fallback = lastWeek(clock);
        LocalDate today = fallback.to();
        LocalDate from = min(date(p, FROM, fallback.from()), today);
        LocalDate to = min(date(p, TO, fallback.to()), today);
        return withFacets(from, to, p);
    }

    private static PostFilter withFacets(LocalDate from, LocalDate to, Map<String, List<String>> p) {
        return new PostFilter(from, to, first(p, TOPIC), first(p, SOURCE), first(p, SENTIMENT), first(p, EMOTION),
                first(p, RISK), first(p, STANCE), first(p, KECAMATAN), first(p, AUTHOR), first(p, TEXT));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    public QueryParameters toQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(FROM, from.toString());
        p.put(TO, to.toString());
        put(p, TOPIC, topic);
        put(p, SOURCE, source);
        put(p, SENTIMENT, sentiment);
        put(p, EMOTION, emotion);
        put(p, RISK, risk);
        put(p, STANCE, stance);
        put(p, KECAMATAN, kecamatan);
        put(p, AUTHOR, author);
        put(p, TEXT, text);
        return QueryParameters.simple(p);
    }

    /** Number of WITA days in the range. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of the same length just before this one, with the same facets. */
    public PostFilter previousPeriod() {
        return withRange(from.minusDays(days()), from.minusDays(1));
    }

    public PostFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new PostFilter(newFrom, newTo, topic, source, sentiment, emotion, risk, stance, kecamatan, author, text);
    }

    public PostFilter withTopic(String value) {
        return new PostFilter(from, to, value, source, sentiment, emotion, risk, stance, kecamatan, author, text);
    }

    public PostFilter withText(String value) {
        return new PostFilter(from, to, topic, source, sentiment, emotion, risk, stance, kecamatan, author, value);
    }

    /**
     * A copy with one facet (by its URL parameter name) set or cleared, over the same days: the range was cut
     * at today when it was read ({@link #fromQuery}, with the application's clock), not again here.
     */
    public PostFilter with(String parameter, String value) {
        Map<String, List<String>> p = new LinkedHashMap<>(toQuery().getParameters());
        if (value == null || value.isBlank()) {
            p.remove(parameter);
        } else {
            p.put(parameter, List.of(value));
        }
        return withFacets(from, to, p);
    }

    private static LocalDate date(Map<String, List<String>> p, String name, LocalDate fallback) {
        String v = first(p, name);
        if (v == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : blankToNull(values.get(0));
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An account as analysts type it: "@martha_nitbani0" is the handle "martha_nitbani0". */
    private static String handle(String s) {
        String h = blankToNull(s);
        while (h != null && h.startsWith("@")) {
            h = blankToNull(h.substring(1));
        }
        return h;
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The overview as ONE search request: the query spans the previous and the current period; a
 * {@code filter} aggregation per period holds that period's widgets. No hits are fetched except the
 * latest posts ({@code top_hits}).
 */
final class OverviewQuery {
    static final String CURRENT = "current";
    static final String PREVIOUS = "previous";
    static final String AUTHORS = "authors";
    static final String FLAGGED = "flagged";
    /** Triage statuses (PostFields.TRIAGE_STATUS) counted among the flagged, as the weekly report does. */
    static final String CONFIRMED = "confirmed";
    static final String FALSE_ALARM = "false_alarm";
    static final String NEGATIVE = "negative";
    static final String VOLUME = "volume";
    static final String SENTIMENT = "sentiment";
    static final String MEAN_SENTIMENT = "mean_sentiment";
    static final String EMOTIONS = "emotions";
    static final String HASHTAGS = "hashtags";
    static final String TERMS = "terms";
    static final String RISKS = "risks";
    static final String SOURCES = "sources";
    static final String KECAMATAN = "kecamatan";
    static final String LATEST = "latest";

    static final int TOP_HASHTAGS = 15;
    static final int TOP_TERMS = 30;
    static final int LATEST_POSTS = 20;

    private OverviewQuery() {
    }

    /**
     * @param now the moment of the request: a period that ends today is compared with the same stretch
     *            of the period before ({@link #previous})
     */
    static SearchRequest request(String index, PostFilter filter, Instant now) {
        PostFilter previous = filter.previousPeriod();
        Query both = PostQueries.filter(filter.withRange(previous.from(), filter.to()));
        return SearchRequest.of(s -> s.index(index)
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(both)
                .aggregations(CURRENT, a -> a.filter(PostQueries.createdBetween(filter.from(), filter.to()))
                        .aggregations(widgets(filter)))
                .aggregations(PREVIOUS, a -> a.filter(previous(filter, now))
                        .aggregations(keyNumbers())));
    }

    /**
     * The period before the filter's, as long, and cut as far into it as {@code now} is into the
     * filter's: on Monday at 11:45 the range "last 7 days" holds 6 whole days and a morning, and is
     * compared with 6 whole days and a morning, not with 7 whole days (which made every Monday look
     * like a fall).
     */
    static Query previous(PostFilter filter, Instant now) {
        Range previous = previousRange(filter, now);
        return PostQueries.createdIn(previous.start(), previous.end());
    }

    /** The span {@link #previous} counts, for the view to name what the percentages compare with. */
    static Range previousRange(PostFilter filter, Instant now) {
        Instant start = Wita.startOfDay(filter.from());
        Instant end = Wita.startOfDay(filter.to().plusDays(1));
        Duration covered = Duration.between(start, now.isAfter(start) && now.isBefore(end) ? now : end);
        Instant previousStart = Wita.startOfDay(filter.previousPeriod().from());
        return new Range(previousStart, previousStart.plus(covered));
    }

    /** From {@code start} inclusive to {@code end} exclusive. */
    record Range(Instant start, Instant end) {
    }

    /** Headline numbers: posts come from the filter's doc count. */
    private static Map<String, Aggregation> keyNumbers() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(AUTHORS, Aggregation.of(a -> a.cardinality(c -> c.field(PostFields.AUTHOR_KEY))));
        // what analysts decided on the flagged: a dismissed false alarm is still flagged by the tagger
        aggs.put(FLAGGED, Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field(PostFields.RISK)))
                .aggregations(CONFIRMED, c -> c.filter(PostQueries.term(PostFields.TRIAGE_STATUS, CONFIRMED)))
                .aggregations(FALSE_ALARM, c -> c.filter(PostQueries.term(PostFields.TRIAGE_STATUS, FALSE_ALARM)))));
        aggs.put(NEGATIVE, Aggregation.of(a -> a.filter(PostQueries.term(PostFields.SENTIMENT, "negative"))));
        aggs.putAll(PostQueries.engagementSums());
        return aggs;
    }

    private static Map<String, Aggregation> widgets(PostFilter filter) {
        Map<String, Aggregation> aggs = keyNumbers();
        long min = Wita.startOfDay(filter.from()).toEpochMilli();
        long max = Wita.startOfDay(filter.to()).toEpochMilli();
        aggs.put(VOLUME, Aggregation.of(a -> a
                .dateHistogram(h -> h.field(PostFields.CREATED_AT)
                        .calendarInterval(CalendarInterval.Day)
                        .timeZone(Wita.ZONE_ID)
                        .minDocCount(0)
                        .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(min)))
                                .max(FieldDateMath.of(m -> m.value(max)))))
                .aggregations(SENTIMENT, s -> s.terms(t -> t.field(PostFields.SENTIMENT).size(5)))
                .aggregations(MEAN_SENTIMENT, s -> s.avg(m -> m.field(PostFields.SENTIMENT_SCORE)))));
        aggs.put(EMOTIONS, terms(PostFields.EMOTION, 10));
        aggs.put(HASHTAGS, terms(PostFields.HASHTAGS, TOP_HASHTAGS));
        aggs.put(TERMS, terms(PostFields.TERMS, TOP_TERMS));
        aggs.put(RISKS, terms(PostFields.RISK, 10));
        aggs.put(SOURCES, terms(PostFields.SOURCE, 20));
        aggs.put(KECAMATAN, terms(PostFields.KECAMATAN, 10));
        aggs.put(LATEST, Aggregation.of(a -> a.topHits(t -> t.size(LATEST_POSTS)
                .sort(o -> o.field(f -> f.field(PostFields.CREATED_AT).order(SortOrder.Desc))))));
        return aggs;
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }
}

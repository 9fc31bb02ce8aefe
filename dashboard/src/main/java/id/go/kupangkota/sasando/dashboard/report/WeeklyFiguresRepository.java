package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.report.WeeklyFigures.WeekNow;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a report week and the week before in ONE search over the posts alias: a {@code filters}
 * aggregation with a bucket per week (each with its sentiment, risk, triage, topic, hashtag and
 * kecamatan breakdowns) and a daily {@code date_histogram} cut in WITA over both weeks. Elasticsearch
 * does all the counting, so a week of a million posts costs one round trip.
 */
@Repository
class WeeklyFiguresRepository {
    private static final String CURRENT = "current";
    private static final String PREVIOUS = "previous";
    private static final String PERIODS = "periods";
    private static final String DAYS = "days";
    private static final String SENTIMENT = "sentiment";
    private static final String FLAGGED = "flagged";
    private static final String CONFIRMED = "confirmed";
    private static final String BY_RISK = "by_risk";
    private static final String BY_TRIAGE = "by_triage";
    private static final String TOPICS = "topics";
    private static final String NEGATIVE = "negative";
    private static final String HASHTAGS = "hashtags";
    private static final String KECAMATAN = "kecamatan";
    private static final String SOURCES = "sources";
    private static final String FIRST = "first";
    /** How many hashtags a report lists. */
    static final int TOP = 10;
    // Sentiments, risks, topics and kecamatan are small vocabularies: take them all, so neither week's
    // count of a code is ever cut off by the other week's ranking.
    private static final int ALL = 50;
    private static final Query FLAGGED_QUERY = Query.of(q -> q.exists(e -> e.field(PostFields.RISK)));

    private final ElasticsearchClient client;
    private final Indexes indexes;
    private final CoverageCaveatRepository coverage;

    WeeklyFiguresRepository(ElasticsearchClient client, Indexes indexes, CoverageCaveatRepository coverage) {
        this.client = client;
        this.indexes = indexes;
        this.coverage = coverage;
    }

    /** The figures of a complete week. */
    WeeklyFigures figures(ReportWeek week) {
        return figures(week, week.end());
    }

    /**
     * The figures of the week as they stand at {@code asOf}. Before the week's end they are provisional:
     * the week is counted up to {@code asOf} and the week before up to the same point of that week.
     */
    WeeklyFigures figures(ReportWeek week, Instant asOf) {
        if (asOf.isBefore(week.start())) {
            throw new IllegalArgumentException("week " + week + " has not begun at " + asOf);
        }
        Instant cutoff = asOf.isAfter(week.end()) ? week.end() : asOf;
        ReportWeek previous = week.previous();
        Instant previousCutoff = WeeklyFigures.previousCutoff(cutoff);
        LocalDate lastDay = WeeklyFigures.lastDay(cutoff);
        SearchResponse<Void> response;
        try {
            response = client.search(s -> s
                    .index(indexes.alias(SasandoIndex.POSTS))
                    .size(0)
                    .query(PostQueries.createdIn(previous.start(), cutoff))
                    .aggregations(PERIODS, a -> a
                            .filters(f -> f.filters(b -> b.keyed(Map.of(
                                    CURRENT, PostQueries.createdIn(week.start(), cutoff),
                                    PREVIOUS, PostQueries.createdIn(previous.start(), previousCutoff)))))
                            .aggregations(periodAggregations()))
                    .aggregations(DAYS, a -> a
                            .dateHistogram(h -> h
                                    .field(PostFields.CREATED_AT)
                                    .calendarInterval(CalendarInterval.Day)
                                    .timeZone(Wita.ZONE_ID)
                                    .format("yyyy-MM-dd")
                                    .minDocCount(0)
                                    .extendedBounds(e -> e
                                            .min(FieldDateMath.of(m -> m.expr(previous.monday().toString())))
                                            .max(FieldDateMath.of(m -> m.expr(lastDay.toString())))))
                            .aggregations(SENTIMENT, terms(PostFields.SENTIMENT, TOP))),
                    Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the posts of week " + week, e);
        }
        Map<String, FiltersBucket> periods = response.aggregations().get(PERIODS).filters().buckets().keyed();
        List<WeeklyFigures.Day> days = response.aggregations().get(DAYS).dateHistogram().buckets().array().stream()
                .map(b -> new WeeklyFigures.Day(LocalDate.parse(b.keyAsString()), b.docCount(),
                        counts(b.aggregations().get(SENTIMENT))))
                .toList();
        return new WeeklyFigures(week, period(periods.get(CURRENT)), period(periods.get(PREVIOUS)), days,
                coverage.caveats(week), cutoff);
    }

    /** The week of the oldest post, or empty when there is none. */
    Optional<ReportWeek> firstWeekWithPosts() {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(indexes.alias(SasandoIndex.POSTS)).size(0)
                    .aggregations(FIRST, a -> a.min(m -> m.field(PostFields.CREATED_AT))), Void.class);
            // the client reads the min of no documents as a number, not as missing: ask the hit count
            boolean any = response.hits().total() != null && response.hits().total().value() > 0;
            double first = response.aggregations().get(FIRST).min().value();
            return any && Double.isFinite(first)
                    ? Optional.of(ReportWeek.containing(Instant.ofEpochMilli((long) first)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find the oldest post", e);
        }
    }

    /**
     * What each whole week holds now, by week key (one request for the whole archive): its posts, and its
     * flagged posts per triage state as a report counts them ({@link WeeklyFigures#PENDING} for undecided).
     */
    Map<String, WeekNow> now(List<ReportWeek> weeks) {
        if (weeks.isEmpty()) {
            return Map.of();
        }
        Map<String, Query> byWeek = new LinkedHashMap<>();
        weeks.forEach(w -> byWeek.put(w.key(), PostQueries.createdIn(w.start(), w.end())));
        try {
            Map<String, FiltersBucket> buckets = client.search(s -> s.index(indexes.alias(SasandoIndex.POSTS)).size(0)
                            .aggregations(PERIODS, a -> a.filters(f -> f.filters(b -> b.keyed(byWeek)))
                                    .aggregations(FLAGGED, f -> f.filter(FLAGGED_QUERY)
                                            .aggregations(BY_TRIAGE, triageTerms()))), Void.class)
                    .aggregations().get(PERIODS).filters().buckets().keyed();
            Map<String, WeekNow> now = new LinkedHashMap<>();
            buckets.forEach((week, bucket) -> now.put(week, new WeekNow(bucket.docCount(),
                    counts(bucket.aggregations().get(FLAGGED).filter().aggregations().get(BY_TRIAGE)))));
            return now;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the archived weeks' posts", e);
        }
    }

    private static Map<String, Aggregation> periodAggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(SENTIMENT, terms(PostFields.SENTIMENT, ALL));
        aggs.put(FLAGGED, Aggregation.of(a -> a
                .filter(FLAGGED_QUERY)
                .aggregations(BY_RISK, terms(PostFields.RISK, ALL))
                .aggregations(BY_TRIAGE, triageTerms())));
        // confirmed among the flagged, so the confirmed count is the triage split's own (they add up)
        aggs.put(CONFIRMED, Aggregation.of(a -> a
                .filter(Query.of(q -> q.bool(b -> b.filter(FLAGGED_QUERY)
                        .filter(PostQueries.term(PostFields.TRIAGE_STATUS, WeeklyFigures.CONFIRMED)))))
                .aggregations(BY_RISK, terms(PostFields.RISK, ALL))));
        // a topic is talk about a subject (news and campaigns too): how much of it was flagged, how much negative
        aggs.put(TOPICS, Aggregation.of(a -> a
                .terms(t -> t.field(PostFields.TOPICS).size(ALL))
                .aggregations(FLAGGED, f -> f.filter(FLAGGED_QUERY))
                .aggregations(NEGATIVE, f -> f.filter(PostQueries.term(PostFields.SENTIMENT, "negative")))));
        aggs.put(HASHTAGS, terms(PostFields.HASHTAGS, TOP));
        aggs.put(KECAMATAN, terms(PostFields.KECAMATAN, ALL));
        aggs.put(SOURCES, terms(PostFields.SOURCE, ALL));
        return aggs;
    }

    /** Flagged posts per triage status, the undecided as {@link WeeklyFigures#PENDING}. */
    private static Aggregation triageTerms() {
        return Aggregation.of(t -> t.terms(x -> x.field(PostFields.TRIAGE_STATUS).size(TOP)
                .missing(WeeklyFigures.PENDING)));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static WeeklyFigures.Period period(FiltersBucket bucket) {
        Map<String, Aggregate> aggs = bucket.aggregations();
        Map<String, Aggregate> flagged = aggs.get(FLAGGED).filter().aggregations();
        Aggregate confirmed = aggs.get(CONFIRMED);
        return new WeeklyFigures.Period(
                bucket.docCount(),
                counts(aggs.get(SENTIMENT)),
                aggs.get(FLAGGED).filter().docCount(),
                counts(flagged.get(BY_RISK)),
                counts(flagged.get(BY_TRIAGE)),
                confirmed.filter().docCount(),
                counts(confirmed.filter().aggregations().get(BY_RISK)),
                counts(aggs.get(TOPICS)),
                subCounts(aggs.get(TOPICS), FLAGGED),
                subCounts(aggs.get(TOPICS), NEGATIVE),
                counts(aggs.get(HASHTAGS)),
                counts(aggs.get(KECAMATAN)),
                counts(aggs.get(SOURCES)));
    }

    /** A string terms aggregation's keys -> the doc count of each bucket's filter sub-aggregation {@code name}. */
    static Map<String, Long> subCounts(Aggregate terms, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        terms.sterms().buckets().array()
                .forEach(b -> counts.put(b.key().stringValue(), b.aggregations().get(name).filter().docCount()));
        return counts;
    }

    /** A string terms aggregation as key -> doc count, in the aggregation's order (highest first). */
    static Map<String, Long> counts(Aggregate terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        terms.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }
}

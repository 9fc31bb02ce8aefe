package id.go.kupangkota.sasando.dashboard.sources;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Source statistics from posts (aggregations), runs from the coverage index, and the alerts index:
 * read, and acknowledged or resolved by hand.
 */
@Repository
class SourcesRepository {
    static final String BY_SOURCE = "by_source";
    static final String PER_DAY = "per_day";
    static final String LAST_POST = "last_post";
    static final String LAST_INGEST = "last_ingest";
    private static final String TAGGED = "tagged";
    private static final String WAITING = "waiting";
    private static final String WAITING_SINCE = "waiting_since";
    private static final String RAISED_AT = "raised_at";
    private static final String STATUS = "status";
    /** Tries of a change to an alert that ingest (or someone else) changed meanwhile. */
    private static final int TRIES = 3;

    private final ElasticsearchClient client;
    private final String posts;
    private final String coverage;
    private final String alerts;

    SourcesRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.posts = indexes.alias(SasandoIndex.POSTS);
        this.coverage = indexes.alias(SasandoIndex.COVERAGE);
        this.alerts = indexes.alias(SasandoIndex.ALERTS);
    }

    List<SourceStat> stats(PostFilter filter) {
        long min = Wita.startOfDay(filter.from()).toEpochMilli();
        long max = Wita.startOfDay(filter.to()).toEpochMilli();
        try {
            var response = client.search(s -> s.index(posts).size(0)
                    .query(PostQueries.filter(filter))
                    .aggregations(BY_SOURCE, a -> a.terms(t -> t.field(PostFields.SOURCE).size(50))
                            .aggregations(LAST_POST, m -> m.max(x -> x.field(PostFields.CREATED_AT)))
                            .aggregations(LAST_INGEST, m -> m.max(x -> x.field(PostFields.INGESTED_AT)))
                            .aggregations(PER_DAY, d -> d.dateHistogram(h -> h.field(PostFields.CREATED_AT)
                                    .calendarInterval(CalendarInterval.Day).timeZone(Wita.ZONE_ID).minDocCount(0)
                                    .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(min)))
                                            .max(FieldDateMath.of(m -> m.value(max))))))), Void.class);
            Aggregate bySource = response.aggregations().get(BY_SOURCE);
            List<SourceStat> stats = new ArrayList<>();
            if (bySource.isSterms()) {
                for (StringTermsBucket b : bySource.sterms().buckets().array()) {
                    List<Long> perDay = b.aggregations().get(PER_DAY).dateHistogram().buckets().array().stream()
                            .map(d -> d.docCount()).toList();
                    stats.add(new SourceStat(b.key().stringValue(), b.docCount(), perDay,
                            instant(b.aggregations().get(LAST_POST)), instant(b.aggregations().get(LAST_INGEST))));
                }
            }
            return stats;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load source statistics", e);
        }
    }

    /**
     * The latest fetch and tagging among the indexed posts, and the posts that fetch runs started after that
     * fetch landed (ingest stamps each post with its fetch time, so none of theirs is indexed yet), with when
     * the first such run that landed any finished. {@code behind} is left for the service to judge.
     */
    Processing processing() {
        try {
            var indexed = client.search(s -> s.index(posts).size(0)
                    .aggregations(LAST_INGEST, a -> a.max(m -> m.field(PostFields.INGESTED_AT)))
                    .aggregations(TAGGED, a -> a.max(m -> m.field(PostFields.TAGGED_AT))), Void.class);
            // the client reads the max of no documents as 0, not as missing
            boolean any = indexed.hits().total() != null && indexed.hits().total().value() > 0;
            Instant upTo = any ? instant(indexed.aggregations().get(LAST_INGEST).max().value()) : null;
            Instant tagged = any ? instant(indexed.aggregations().get(TAGGED).max().value()) : null;
            var landed = client.search(s -> s.index(coverage).size(0).ignoreUnavailable(true)
                    .query(q -> q.bool(b -> {
                        b.filter(f -> f.range(r -> r.number(n -> n.field("written").gt(0.0))));
                        return upTo == null ? b
                                : b.filter(f -> f.range(r -> r.date(d -> d.field("started_at").gt(upTo.toString()))));
                    }))
                    .aggregations(WAITING, a -> a.sum(m -> m.field("written")))
                    .aggregations(WAITING_SINCE, a -> a.min(m -> m.field("finished_at"))), Void.class);
            long waiting = landed.aggregations() == null || landed.aggregations().isEmpty() ? 0
                    : (long) landed.aggregations().get(WAITING).sum().value();
            Instant since = waiting == 0 ? null : instant(landed.aggregations().get(WAITING_SINCE).min().value());
            return new Processing(upTo, tagged, waiting, since, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how far processing is", e);
        }
    }

    List<CoverageRun> latestRuns(int size) {
        try {
            return client.search(s -> s.index(coverage).size(size)
                            .sort(o -> o.field(f -> f.field("finished_at").order(SortOrder.Desc)
                                    .unmappedType(FieldType.Date))), CoverageRun.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read coverage", e);
        }
    }

    /**
     * The alerts raised (or last updated) in the filter's WITA days, and those raised before that are not
     * resolved yet (a source still failing, or acknowledged but not fixed, must not drop out of sight
     * because the period moved on); newest first.
     */
    List<SourceAlert> alerts(PostFilter filter, int size) {
        String from = Wita.startOfDay(filter.from()).toString();
        String until = Wita.startOfDay(filter.to().plusDays(1)).toString();
        try {
            return client.search(s -> s.index(alerts).size(size).ignoreUnavailable(true)
                            .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                                    .should(o -> o.range(r -> r.date(d -> d.field(RAISED_AT).gte(from).lt(until))))
                                    .should(o -> o.bool(u -> u
                                            .filter(f -> f.terms(t -> t.field(STATUS).terms(v -> v.value(List.of(
                                                    FieldValue.of(SourceAlert.OPEN),
                                                    FieldValue.of(SourceAlert.ACKNOWLEDGED))))))
                                            .filter(f -> f.range(r -> r.date(d -> d.field(RAISED_AT).lt(until))))))))
                            .sort(o -> o.field(f -> f.field(RAISED_AT).order(SortOrder.Desc)
                                    .unmappedType(FieldType.Date))), SourceAlert.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alerts", e);
        }
    }

    /**
     * Marks an open alert acknowledged by {@code user}, with their note (null for none); false when it was not
     * open any more.
     */
    boolean acknowledge(String id, String user, Instant at, String note) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(STATUS, SourceAlert.ACKNOWLEDGED,
                "acknowledged_by", user, "acknowledged_at", at.toString()));
        if (note != null) {
            fields.put("acknowledged_note", note);
        }
        return change(id, SourceAlert::acknowledgeable, fields);
    }

    /** Marks an alert resolved by {@code user}, saying why; false when it was resolved already. */
    boolean resolve(String id, String user, Instant at, String note) {
        return change(id, SourceAlert::resolvable, Map.of(STATUS, SourceAlert.RESOLVED,
                "resolved_by", user, "resolved_at", at.toString(), "resolved_note", note));
    }

    /**
     * Sets {@code fields} on the alert if it is still {@code allowed} as stored, and only if nobody
     * changed it between reading and writing (its sequence number); on such a conflict (ingest updating
     * the streak) it reads again. False when the alert, as stored, does not allow the change.
     */
    private boolean change(String id, Predicate<SourceAlert> allowed, Map<String, String> fields) {
        try {
            for (int attempt = 1; ; attempt++) {
                GetResponse<SourceAlert> current = client.get(g -> g.index(alerts).id(id), SourceAlert.class);
                if (!current.found() || current.source() == null) {
                    throw new IllegalArgumentException("no such alert: " + id);
                }
                if (!allowed.test(current.source())) {
                    return false;
                }
                try {
                    client.update(u -> u.index(alerts).id(id).ifSeqNo(current.seqNo())
                            .ifPrimaryTerm(current.primaryTerm()).doc(fields).refresh(Refresh.WaitFor),
                            SourceAlert.class);
                    return true;
                } catch (ElasticsearchException e) {
                    if (e.status() != 409 || attempt >= TRIES) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update alert " + id, e);
        }
    }

    private static Instant instant(Aggregate max) {
        return instant(max.max().value());
    }

    /** A max or min aggregation's value as an instant; null when there was nothing to aggregate. */
    private static Instant instant(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Instant.ofEpochMilli((long) v);
    }
}

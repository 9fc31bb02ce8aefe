package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the coverage records ingest writes (one per run of a source query) and tells which sources
 * had trouble during a week: failed or partial runs, gaps, rate-limit waits. Grouped per source by
 * a terms aggregation; the troubled WITA days come from a date histogram under it.
 */
@Repository
class CoverageCaveatRepository {
    // Field names of ingest's CoverageRecord (snake_case JSON); ingest owns that document.
    static final String SOURCE = "source";
    static final String STARTED_AT = "started_at";
    static final String STATUS = "status";
    static final String ERROR = "error";
    static final String GAP_FROM = "gaps.from";
    static final String RATE_LIMIT_WAITS = "rate_limit_waits";
    static final String STATUS_FAILED = "failed";
    static final String STATUS_PARTIAL = "partial";

    private static final int MAX_SOURCES = 50;
    /** How far back a source must have run to be missed when it does not run in a week. */
    static final Duration LOOK_BACK = Duration.ofDays(28);

    private final ElasticsearchClient client;
    private final Indexes indexes;

    CoverageCaveatRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /**
     * Sources with trouble during the week, most troubled first, then the sources that ran in the
     * {@link #LOOK_BACK} before the week and not once in it (a stopped collector, an expired token).
     */
    List<CoverageCaveat> caveats(ReportWeek week) {
        List<CoverageCaveat> caveats = new ArrayList<>(troubled(week));
        caveats.addAll(silent(week));
        return caveats;
    }

    private List<CoverageCaveat> silent(ReportWeek week) {
        Instant since = week.start().minus(LOOK_BACK);
        SearchResponse<Void> response;
        try {
            response = client.search(s -> s
                    .index(indexes.alias(SasandoIndex.COVERAGE))
                    .size(0)
                    .query(q -> q.range(r -> r.date(d -> d.field(STARTED_AT)
                            .gte(since.toString()).lt(week.end().toString()))))
                    .aggregations("sources", a -> a
                            .terms(t -> t.field(SOURCE).size(MAX_SOURCES))
                            .aggregations("in_week", f -> f.filter(x -> x.range(r -> r.date(d -> d
                                    .field(STARTED_AT).gte(week.start().toString())))))
                            .aggregations("last", f -> f.max(m -> m.field(STARTED_AT)))),
                    Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coverage of week " + week, e);
        }
        return response.aggregations().get("sources").sterms().buckets().array().stream()
                .filter(b -> b.aggregations().get("in_week").filter().docCount() == 0)
                .map(b -> CoverageCaveat.silent(b.key().stringValue(),
                        Instant.ofEpochMilli((long) b.aggregations().get("last").max().value())))
                .toList();
    }

    private List<CoverageCaveat> troubled(ReportWeek week) {
        Query inWeek = Query.of(q -> q.range(r -> r.date(d -> d
                .field(STARTED_AT).gte(week.start().toString()).lt(week.end().toString()))));
        Query troubled = Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(PostQueries.term(STATUS, STATUS_FAILED))
                .should(PostQueries.term(STATUS, STATUS_PARTIAL))
                .should(s -> s.exists(e -> e.field(GAP_FROM)))
                .should(s -> s.range(r -> r.untyped(u -> u.field(RATE_LIMIT_WAITS).gt(JsonData.of(0)))))));
        SearchResponse<Void> response;
        try {
            response = client.search(s -> s
                    .index(indexes.alias(SasandoIndex.COVERAGE))
                    .size(0)
                    .query(q -> q.bool(b -> b.filter(inWeek, troubled)))
                    .aggregations("sources", a -> a
                            .terms(t -> t.field(SOURCE).size(MAX_SOURCES))
                            .aggregations("failed", f -> f.filter(PostQueries.term(STATUS, STATUS_FAILED)))
                            .aggregations("partial", f -> f.filter(PostQueries.term(STATUS, STATUS_PARTIAL)))
                            .aggregations("gaps", f -> f.valueCount(v -> v.field(GAP_FROM)))
                            .aggregations("waits", f -> f.sum(v -> v.field(RATE_LIMIT_WAITS)))
                            .aggregations("days", f -> f.dateHistogram(h -> h
                                    .field(STARTED_AT)
                                    .calendarInterval(CalendarInterval.Day)
                                    .timeZone(Wita.ZONE_ID)
                                    .format("yyyy-MM-dd")
                                    .minDocCount(1)))
                            .aggregations("last_error", f -> f
                                    .filter(x -> x.exists(e -> e.field(ERROR)))
                                    .aggregations("latest", l -> l.topHits(h -> h
                                            .size(1)
                                            .sort(o -> o.field(x -> x.field(STARTED_AT).order(SortOrder.Desc)))
                                            .source(src -> src.filter(sf -> sf.includes(ERROR))))))),
                    Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the coverage of week " + week, e);
        }
        return response.aggregations().get("sources").sterms().buckets().array().stream()
                .map(CoverageCaveatRepository::caveat)
                .toList();
    }

    private static CoverageCaveat caveat(StringTermsBucket bucket) {
        Map<String, Aggregate> aggs = bucket.aggregations();
        List<LocalDate> days = aggs.get("days").dateHistogram().buckets().array().stream()
                .map(b -> LocalDate.parse(b.keyAsString()))
                .toList();
        String lastError = aggs.get("last_error").filter().aggregations().get("latest").topHits().hits().hits()
                .stream()
                .map(h -> h.source() == null ? null : h.source().toJson().asJsonObject().getString(ERROR, null))
                .findFirst()
                .orElse(null);
        return new CoverageCaveat(bucket.key().stringValue(), days,
                aggs.get("failed").filter().docCount(),
                aggs.get("partial").filter().docCount(),
                (long) aggs.get("gaps").valueCount().value(),
                (long) aggs.get("waits").sum().value(),
                lastError);
    }
}

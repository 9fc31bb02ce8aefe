package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one run of a source: a coverage record per query, the overall status, the
 * error that failed the whole run (e.g. bad settings), if any, and by query (its coverage record's
 * {@code query}) how many of the written posts an earlier run had landed ({@code Mapped.landedBefore}):
 * the same post from another export, updated rather than new. Queries without such posts are left out.
 */
public record SourceRun(String runId, String source, List<CoverageRecord> queries, String status, String error,
                        Map<String, Long> landedBeforeByQuery) {
    public SourceRun {
        landedBeforeByQuery = landedBeforeByQuery == null ? Map.of() : Map.copyOf(landedBeforeByQuery);
    }

    public SourceRun(String runId, String source, List<CoverageRecord> queries, String status, String error) {
        this(runId, source, queries, status, error, Map.of());
    }

    /** Of the posts written, those an earlier run had landed (not new posts). */
    public long landedBefore() {
        return landedBeforeByQuery.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Of a query's posts written, those an earlier run had landed. */
    public long landedBefore(String query) {
        return landedBeforeByQuery.getOrDefault(query, 0L);
    }

    public long written() {
        return queries.stream().mapToLong(CoverageRecord::written).sum();
    }

    public long rejected() {
        return queries.stream().mapToLong(CoverageRecord::rejected).sum();
    }

    public long warnings() {
        return queries.stream().mapToLong(CoverageRecord::warnings).sum();
    }

    public long duplicates() {
        return queries.stream().mapToLong(CoverageRecord::duplicates).sum();
    }

    public long fetched() {
        return queries.stream().mapToLong(CoverageRecord::fetched).sum();
    }
}

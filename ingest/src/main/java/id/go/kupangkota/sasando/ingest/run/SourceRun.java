package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;

import java.util.List;

/**
 * The outcome of one run of a source: a coverage record per query, the overall status, and the
 * error that failed the whole run (e.g. bad settings), if any.
 */
public record SourceRun(String runId, String source, List<CoverageRecord> queries, String status, String error) {

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

package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;
import java.util.List;

/** One run of one source query as ingest records it in the coverage index (ingest's CoverageRecord). */
public record CoverageRun(String id, String runId, String source, String query, String queryValue, String mode,
                          Instant startedAt, Instant finishedAt, long fetched, long written, long duplicates,
                          long rejected, long errors, long rateLimitWaits, long rateLimitWaitSeconds, long pages,
                          List<Gap> gaps, String status, String error) {
    public CoverageRun {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    /** A window the source could not collect. */
    public record Gap(Instant from, Instant to, String reason) {
    }
}

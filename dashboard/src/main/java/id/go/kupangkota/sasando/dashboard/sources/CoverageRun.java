package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of one source query as ingest records it in the coverage index (ingest's CoverageRecord);
 * {@code warnings} counts items kept with a flaw worked around (no author, no date, bytes that were
 * not UTF-8), {@code firstWarnings} says which. {@code error} is ingest's English text (the technical
 * detail); {@code errorCode} and {@code errorArgs} say the same as a core {@code ErrorCode} with its
 * arguments by {@code ErrorArg} key (null and empty in records written before ingest stored them).
 */
public record CoverageRun(String id, String runId, String source, String query, String queryValue, String mode,
                          Instant startedAt, Instant finishedAt, long fetched, long written, long duplicates,
                          long rejected, long errors, long rateLimitWaits, long rateLimitWaitSeconds, long pages,
                          List<Gap> gaps, String status, String error, String errorCode,
                          Map<String, String> errorArgs, long warnings, List<String> firstWarnings) {
    public CoverageRun {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        firstWarnings = firstWarnings == null ? List.of() : List.copyOf(firstWarnings);
        errorArgs = errorArgs == null ? Map.of() : Map.copyOf(errorArgs);
    }

    /** A window the source could not collect. */
    public record Gap(Instant from, Instant to, String reason) {
    }
}

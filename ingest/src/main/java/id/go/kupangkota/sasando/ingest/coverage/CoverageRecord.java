package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.Gap;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of one source query, stored in the coverage index under {@code id}.
 *
 * @param id                   {@code <runId>:<source>:<queryKey>}
 * @param runId                the run (all queries of a source collected together share it)
 * @param source               source name
 * @param query                query key (its checkpoint name)
 * @param queryValue           the query itself (search expression, feed URL, file)
 * @param mode                 {@code poll}, {@code backfill} or {@code import}
 * @param startedAt            start of the query's run
 * @param finishedAt           end of the query's run
 * @param fetched              items the source returned
 * @param written              new items written to the landing zone
 * @param duplicates           items skipped because the run had already written their id
 * @param rejected             items kept in the rejects folder (unreadable or unmappable)
 * @param errors               failed fetch attempts (retried or not)
 * @param rateLimitWaits       times the run waited for a rate-limit reset
 * @param rateLimitWaitSeconds seconds spent waiting for rate limits
 * @param pages                pages fetched
 * @param gaps                 time windows that could not be collected
 * @param status               {@code ok}, {@code partial} or {@code failed} ({@link id.go.kupangkota.sasando.ingest.source.RunStatus})
 * @param error                the last error message, or null: English, the technical detail
 * @param errorCode            the {@link ErrorCode#code() code} of that error, which the dashboard words for
 *                             analysts, or null when there is no error
 * @param errorArgs            the code's arguments by {@link ErrorArg#key() key} (values as text, times as
 *                             ISO instants), or null when there is no error
 * @param complete             true when the query had no more pages (the whole query was collected)
 * @param warnings             items written with something wrong that was worked around (no author,
 *                             no date, bytes that were not UTF-8, ...; {@code Mapped.warnings})
 * @param firstWarnings        the first {@value #KEPT_WARNINGS} of those, as {@code <location>: <warning>}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageRecord(String id, String runId, String source, String query, String queryValue,
                             String mode, Instant startedAt, Instant finishedAt, long fetched, long written,
                             long duplicates, long rejected, long errors, long rateLimitWaits,
                             long rateLimitWaitSeconds, long pages, List<Gap> gaps, String status,
                             String error, String errorCode, Map<String, String> errorArgs, boolean complete,
                             long warnings, List<String> firstWarnings) {
    /** How many warning messages a record keeps: enough to act on, bounded however bad a run is. */
    public static final int KEPT_WARNINGS = 10;

    public CoverageRecord {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        firstWarnings = firstWarnings == null ? List.of()
                : List.copyOf(firstWarnings.subList(0, Math.min(firstWarnings.size(), KEPT_WARNINGS)));
        errorArgs = errorArgs == null ? null : Collections.unmodifiableMap(new TreeMap<>(errorArgs));
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A source whose data is incomplete during a week, from its coverage records (one per run): runs
 * that failed or ended partial, gaps it could not collect, and time spent waiting on rate limits.
 *
 * @param source          source name, as in the posts' {@code source} field
 * @param days            WITA days with a failed or partial run, a gap, or a rate-limit wait
 * @param failedRuns      runs that ended in an error
 * @param partialRuns     runs that collected only part of what they should
 * @param gaps            time windows that could not be collected
 * @param rateLimitWaits  times the source made us wait
 * @param lastError       the latest error message, or null
 */
public record CoverageCaveat(String source, List<LocalDate> days, long failedRuns, long partialRuns, long gaps,
                             long rateLimitWaits, String lastError) {
}

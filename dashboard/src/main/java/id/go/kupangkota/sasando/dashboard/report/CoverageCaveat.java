package id.go.kupangkota.sasando.dashboard.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A source whose data is incomplete during a week, from its coverage records (one per run): runs
 * that failed or ended partial, gaps it could not collect, and time spent waiting on rate limits; or
 * a source that ran in the weeks before and not once in this one ({@code lastRunBefore} set), which
 * must not read as a quiet week.
 *
 * @param source          source name, as in the posts' {@code source} field
 * @param days            WITA days with a failed or partial run, a gap, or a rate-limit wait
 * @param failedRuns      runs that ended in an error
 * @param partialRuns     runs that collected only part of what they should
 * @param gaps            time windows that could not be collected
 * @param rateLimitWaits  times the source made us wait
 * @param lastError       the latest error message, or null
 * @param lastRunBefore   for a source that did not run at all in the week, when it last ran; else null
 */
public record CoverageCaveat(String source, List<LocalDate> days, long failedRuns, long partialRuns, long gaps,
                             long rateLimitWaits, String lastError, Instant lastRunBefore) {
    public CoverageCaveat(String source, List<LocalDate> days, long failedRuns, long partialRuns, long gaps,
                          long rateLimitWaits, String lastError) {
        this(source, days, failedRuns, partialRuns, gaps, rateLimitWaits, lastError, null);
    }

    /** A source that ran last at {@code lastRun} and not once in the week. */
    static CoverageCaveat silent(String source, Instant lastRun) {
        return new CoverageCaveat(source, List.of(), 0, 0, 0, 0, null, lastRun);
    }
}

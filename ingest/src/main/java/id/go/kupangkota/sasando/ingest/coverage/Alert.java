package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An operational alert in the alerts index, e.g. a source that failed several runs in a row.
 * {@link CoverageLog#alert} writes it so that what the dashboard recorded stays: an alert someone
 * acknowledged stays acknowledged while ingest updates its streak (see {@link AlertWrites}).
 *
 * @param id                  one document per source, kind and WITA day (a streak updates it); for
 *                            {@code query_failing}, one per source, query and streak
 * @param kind                {@code source_failing}, or {@code query_failing}: one query (a news feed,
 *                            a search) failed several runs in a row while the source's others worked
 * @param source              the source concerned
 * @param severity            {@code warning} or {@code critical}
 * @param message             what happened, in plain words (a query's alert names the query and its URL)
 * @param consecutiveFailures failed runs in a row
 * @param lastError           the last error message
 * @param raisedAt            when raised (or last updated by a failing run)
 * @param status              {@code open}; the dashboard sets {@code acknowledged} (with
 *                            {@code acknowledged_by}, {@code acknowledged_at}) or {@code resolved} (with
 *                            {@code resolved_by}); ingest sets {@code resolved} when the failing source or
 *                            query works again
 * @param resolvedAt          when it was resolved, null while it is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(String id, String kind, String source, String severity, String message,
                    int consecutiveFailures, String lastError, Instant raisedAt, String status, Instant resolvedAt) {
    public static final String SOURCE_FAILING = "source_failing";
    public static final String QUERY_FAILING = "query_failing";
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";

    /** An alert raised (or updated) by a failing run. */
    public static Alert raised(String id, String kind, String source, String severity, String message,
                               int consecutiveFailures, String lastError, Instant at) {
        return new Alert(id, kind, source, severity, message, consecutiveFailures, lastError, at, OPEN, null);
    }
}

package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
 * @param query               a {@code query_failing} alert's query key (its checkpoint name); null for a source's
 * @param queryValue          that query as people wrote it (a feed's URL, a search); null for a source's
 * @param severity            {@code warning} or {@code critical}
 * @param message             what happened, in plain words (Indonesian / English; a query's alert names the query
 *                            and its URL): what the dashboard shows when it cannot word the alert from its code
 * @param consecutiveFailures failed runs in a row
 * @param lastError           the last error message (English, the technical detail)
 * @param errorCode           the {@link ErrorCode#code() code} of that last error, as its coverage record has it, which
 *                            the dashboard words in the analyst's language; null on a resolution that has none
 * @param errorArgs           the code's arguments by {@link ErrorArg#key() key}, as in the coverage record
 * @param raisedAt            when raised (or last updated by a failing run)
 * @param status              {@code open}; the dashboard sets {@code acknowledged} (with
 *                            {@code acknowledged_by}, {@code acknowledged_at}, an optional {@code acknowledged_note})
 *                            or {@code resolved} (with {@code resolved_by}, {@code resolved_note}); ingest sets
 *                            {@code resolved} when the failing source or query works again; raised again, a resolved
 *                            alert is open again, what people did on it kept in its {@code history} (see
 *                            {@link AlertWrites#history})
 * @param resolvedAt          when it was resolved, null while it is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(String id, String kind, String source, String query, String queryValue, String severity,
                    String message, int consecutiveFailures, String lastError, String errorCode,
                    Map<String, String> errorArgs, Instant raisedAt, String status, Instant resolvedAt) {
    public static final String SOURCE_FAILING = "source_failing";
    public static final String QUERY_FAILING = "query_failing";
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";

    public Alert {
        errorArgs = errorArgs == null ? null : Collections.unmodifiableMap(new TreeMap<>(errorArgs));
    }

    /**
     * An alert raised (or updated) by a failing run, with the error of {@code failed}, the coverage record of the
     * last failure: its text, code and arguments; for a {@code query_failing} alert its query too.
     */
    public static Alert raised(String id, String kind, String severity, String message, int consecutiveFailures,
                               CoverageRecord failed, Instant at) {
        boolean query = QUERY_FAILING.equals(kind);
        return new Alert(id, kind, failed.source(), query ? failed.query() : null, query ? failed.queryValue() : null,
                severity, message, consecutiveFailures, failed.error(), failed.errorCode(), failed.errorArgs(), at,
                OPEN, null);
    }
}

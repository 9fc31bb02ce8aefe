package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An operational alert as ingest writes it to the alerts index (ingest's {@code Alert}): a source, or
 * one of its queries (a news feed), that failed several runs in a row; with what people recorded on it.
 *
 * @param kind             {@code source_failing} or {@code query_failing}
 * @param query            a {@code query_failing} alert's query key; null for a source's, and in alerts written
 *                         before ingest stored it
 * @param queryValue       that query as people wrote it (a feed's URL, a search, a file); null as {@code query}
 * @param severity         {@code warning} or {@code critical}
 * @param message          ingest's own text (Indonesian / English), shown when the alert has no code
 * @param lastError        ingest's English text of the last error, the technical detail
 * @param errorCode        the last error's core {@code ErrorCode}, which the view words in the analyst's language;
 *                         null in alerts written before ingest stored it
 * @param errorArgs        its arguments by {@code ErrorArg} key (empty when none)
 * @param status           {@code open}, {@code acknowledged} (someone is on it) or {@code resolved} (by hand,
 *                         or by ingest when the source or query works again)
 * @param acknowledgedBy   who acknowledged it, null if nobody did
 * @param acknowledgedNote what they noted on acknowledging (optional), null if nothing
 * @param resolvedBy       who marked it resolved; null if ingest resolved it (or it is not resolved)
 * @param resolvedAt       when it was resolved; null if it is not (or was resolved before the field existed)
 * @param resolvedNote     why they marked it resolved (required of a person since notes exist); null if ingest
 *                         resolved it, or it was resolved by hand before notes existed
 * @param history          what people did on it in earlier streaks, oldest first: a resolved alert raised again is
 *                         open again, its handling kept here; empty for one never reopened, and in alerts written
 *                         before ingest kept it
 */
public record SourceAlert(String id, String kind, String source, String query, String queryValue, String severity,
                          String message, int consecutiveFailures, String lastError, String errorCode,
                          Map<String, String> errorArgs, Instant raisedAt, String status, String acknowledgedBy,
                          Instant acknowledgedAt, String acknowledgedNote, String resolvedBy, Instant resolvedAt,
                          String resolvedNote, List<AlertHandling> history) {
    public static final String SOURCE_FAILING = "source_failing";
    public static final String QUERY_FAILING = "query_failing";
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";

    public SourceAlert {
        errorArgs = errorArgs == null ? Map.of() : Map.copyOf(errorArgs);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** An alert as ingest raises it, nobody having handled it yet. */
    public static SourceAlert raised(String id, String kind, String source, String query, String queryValue,
                                     String severity, String message, int consecutiveFailures, String lastError,
                                     String errorCode, Map<String, String> errorArgs, Instant raisedAt) {
        return new SourceAlert(id, kind, source, query, queryValue, severity, message, consecutiveFailures,
                lastError, errorCode, errorArgs, raisedAt, OPEN, null, null, null, null, null, null, List.of());
    }

    /** Someone may still acknowledge it: nobody has, and it is not resolved. */
    public boolean acknowledgeable() {
        return OPEN.equals(status);
    }

    /** Resolved before and raised again: someone handled it in an earlier streak. */
    public boolean reopened() {
        return !history.isEmpty();
    }

    /** Someone may still mark it resolved. */
    public boolean resolvable() {
        return !RESOLVED.equals(status);
    }
}

package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;

/**
 * An operational alert as ingest writes it to the alerts index (ingest's {@code Alert}): a source, or
 * one of its queries (a news feed), that failed several runs in a row; with what people recorded on it.
 *
 * @param kind           {@code source_failing} or {@code query_failing}
 * @param status         {@code open}, {@code acknowledged} (someone is on it) or {@code resolved} (by hand,
 *                       or by ingest when the source or query works again)
 * @param acknowledgedBy who acknowledged it, null if nobody did
 * @param resolvedBy     who marked it resolved; null if ingest resolved it (or it is not resolved)
 * @param resolvedAt     when it was resolved; null if it is not (or was resolved before the field existed)
 */
public record SourceAlert(String id, String kind, String source, String severity, String message,
                          int consecutiveFailures, String lastError, Instant raisedAt, String status,
                          String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt) {
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";

    /** Someone may still acknowledge it: nobody has, and it is not resolved. */
    public boolean acknowledgeable() {
        return OPEN.equals(status);
    }

    /** Someone may still mark it resolved. */
    public boolean resolvable() {
        return !RESOLVED.equals(status);
    }
}

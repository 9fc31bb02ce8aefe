package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;

/**
 * An operational alert as ingest writes it to the alerts index (ingest's {@code Alert}): a source, or
 * one of its queries (a news feed), that failed several runs in a row.
 *
 * @param kind   {@code source_failing} or {@code query_failing}
 * @param status {@code open}, {@code acknowledged} or {@code resolved} (ingest resolves a query's alert
 *               when the query works again)
 */
public record SourceAlert(String id, String kind, String source, String severity, String message,
                          int consecutiveFailures, String lastError, Instant raisedAt, String status) {
}

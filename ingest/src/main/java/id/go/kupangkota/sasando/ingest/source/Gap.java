package id.go.kupangkota.sasando.ingest.source;

import java.time.Instant;

/**
 * A time window a query could not collect (e.g. older than the API's search window, or abandoned
 * after a long rate limit); recorded in coverage so analysts know the data has a hole there.
 */
public record Gap(Instant from, Instant to, String reason) {
}

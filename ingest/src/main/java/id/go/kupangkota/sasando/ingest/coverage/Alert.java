package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An operational alert in the alerts index, e.g. a source that failed several runs in a row.
 *
 * @param id                  one document per source, kind and WITA day (a streak updates it)
 * @param kind                {@code source_failing}
 * @param source              the source concerned
 * @param severity            {@code warning} or {@code critical}
 * @param message             what happened, in plain words
 * @param consecutiveFailures failed runs in a row
 * @param lastError           the last error message
 * @param raisedAt            when raised (or last updated)
 * @param status              {@code open}; the dashboard sets {@code acknowledged} or {@code resolved}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(String id, String kind, String source, String severity, String message,
                    int consecutiveFailures, String lastError, Instant raisedAt, String status) {
    public static final String SOURCE_FAILING = "source_failing";
    public static final String OPEN = "open";
}

package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An operational alert in the alerts index, e.g. a source that failed several runs in a row.
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
 * @param raisedAt            when raised (or last updated)
 * @param status              {@code open}; the dashboard sets {@code acknowledged} or {@code resolved};
 *                            ingest sets {@code resolved} when a failing query works again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(String id, String kind, String source, String severity, String message,
                    int consecutiveFailures, String lastError, Instant raisedAt, String status) {
    public static final String SOURCE_FAILING = "source_failing";
    public static final String QUERY_FAILING = "query_failing";
    public static final String OPEN = "open";
    public static final String RESOLVED = "resolved";
}

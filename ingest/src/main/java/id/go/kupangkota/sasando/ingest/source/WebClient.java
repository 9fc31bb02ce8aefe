package id.go.kupangkota.sasando.ingest.source;

import java.net.URI;
import java.util.Map;

/**
 * HTTP GET for sources, with one set of error conventions: a network failure or HTTP 5xx is a
 * retryable {@link SourceException}, HTTP 429 a {@link RateLimitedException} carrying the reset time
 * ({@code x-rate-limit-reset} epoch seconds or {@code Retry-After}), other 4xx permanent. Tests
 * replace it with one that replays recorded payloads from {@code src/test/resources/<source>/}.
 */
@FunctionalInterface
public interface WebClient {
    WebResponse get(URI uri, Map<String, String> headers) throws SourceException;
}

package id.go.kupangkota.sasando.ingest.source;

/**
 * A fetch that failed. Retryable failures (network, timeouts, HTTP 5xx) are retried by the runner
 * with backoff; others (bad credentials, HTTP 4xx, a missing file) end the query's run at once.
 */
public class SourceException extends Exception {
    private final boolean retryable;

    public SourceException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public SourceException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    public static SourceException retryable(String message, Throwable cause) {
        return new SourceException(message, cause, true);
    }

    public static SourceException permanent(String message) {
        return new SourceException(message, false);
    }

    public boolean retryable() {
        return retryable;
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;

import java.util.Map;

/**
 * A fetch that failed. Retryable failures (network, timeouts, HTTP 5xx) are retried by the runner
 * with backoff; others (bad credentials, HTTP 4xx, a missing file) end the query's run at once.
 * Besides its English message (the technical detail, for logs and admins) it carries the
 * {@link ErrorCode} and arguments the coverage record stores, which the dashboard words for analysts.
 */
public class SourceException extends Exception {
    private final boolean retryable;
    private final ErrorCode code;
    private final Map<ErrorArg, String> args;

    public SourceException(ErrorCode code, Map<ErrorArg, String> args, String message, Throwable cause,
                           boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
        this.code = code;
        this.args = Map.copyOf(args);
    }

    public static SourceException retryable(ErrorCode code, Map<ErrorArg, String> args, String message,
                                            Throwable cause) {
        return new SourceException(code, args, message, cause, true);
    }

    public static SourceException permanent(ErrorCode code, Map<ErrorArg, String> args, String message) {
        return new SourceException(code, args, message, null, false);
    }

    public boolean retryable() {
        return retryable;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<ErrorArg, String> args() {
        return args;
    }
}

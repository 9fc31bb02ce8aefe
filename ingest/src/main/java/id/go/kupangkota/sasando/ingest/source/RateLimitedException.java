package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The source asked to wait until {@code resetAt} (e.g. X's {@code x-rate-limit-reset}). The runner
 * waits and fetches the same cursor again; a wait longer than the source's {@code max_rate_limit_wait}
 * ends the query's run and records the rest as a gap. Its arguments include {@link ErrorArg#RESET}.
 */
public class RateLimitedException extends SourceException {
    private final Instant resetAt;

    public RateLimitedException(ErrorCode code, Map<ErrorArg, String> args, String message, Instant resetAt) {
        super(code, withReset(args, resetAt), message, null, true);
        this.resetAt = resetAt;
    }

    public Instant resetAt() {
        return resetAt;
    }

    private static Map<ErrorArg, String> withReset(Map<ErrorArg, String> args, Instant resetAt) {
        Map<ErrorArg, String> all = new HashMap<>(args);
        all.put(ErrorArg.RESET, resetAt.toString());
        return all;
    }
}

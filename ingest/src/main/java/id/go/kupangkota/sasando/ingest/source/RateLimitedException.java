package id.go.kupangkota.sasando.ingest.source;

import java.time.Instant;

/**
 * The source asked to wait until {@code resetAt} (e.g. X's {@code x-rate-limit-reset}). The runner
 * waits and fetches the same cursor again; a wait longer than the source's {@code max_rate_limit_wait}
 * ends the query's run and records the rest as a gap.
 */
public class RateLimitedException extends SourceException {
    private final Instant resetAt;

    public RateLimitedException(String message, Instant resetAt) {
        super(message, true);
        this.resetAt = resetAt;
    }

    public Instant resetAt() {
        return resetAt;
    }
}

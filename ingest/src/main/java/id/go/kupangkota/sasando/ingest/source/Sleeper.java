package id.go.kupangkota.sasando.ingest.source;

import java.time.Duration;

/**
 * Waits between retries and for rate-limit resets. The daemon's sleeper is interrupted on shutdown;
 * tests pass one that records the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

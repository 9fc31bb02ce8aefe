package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.landing.DurableFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How many runs of each source failed in a row, kept in {@code <home>/ingest/health/<source>.json}
 * so a daemon restart does not forget a failing streak.
 */
public final class SourceHealth {
    private final Path dir;

    /** The stored streak of a source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Streak(String source, int consecutiveFailures, String lastError, Instant lastRunAt) {
    }

    public SourceHealth(Path dir) {
        this.dir = dir;
    }

    public synchronized Streak get(String source) {
        Path f = dir.resolve(source + ".json");
        if (!Files.exists(f)) {
            return new Streak(source, 0, null, null);
        }
        try {
            return Json.MAPPER.readValue(f.toFile(), Streak.class);
        } catch (IOException e) {
            // a damaged health file only loses a streak count
            return new Streak(source, 0, null, null);
        }
    }

    /** Records a run's outcome and returns the new streak. */
    public synchronized Streak record(String source, boolean failed, String error, Instant at) {
        Streak before = get(source);
        Streak after = failed
                ? new Streak(source, before.consecutiveFailures() + 1, error, at)
                : new Streak(source, 0, null, at);
        try {
            DurableFiles.writeAtomically(dir.resolve(source + ".json"), Json.MAPPER.writeValueAsBytes(after));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write source health of " + source, e);
        }
        return after;
    }
}

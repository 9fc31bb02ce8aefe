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
 * so a daemon restart does not forget a failing streak; likewise each query of a source (a news
 * feed, a search) in {@code <home>/ingest/health/<source>/<query-key>.json}, since a source whose
 * other queries work is only "partial" and one dead feed would otherwise never be noticed.
 */
public final class SourceHealth {
    private final Path dir;

    /**
     * The stored streak of a source or a query.
     *
     * @param alertId the alert raised for the current streak (a query's), so it can be resolved when
     *                the query works again; null when none was raised
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Streak(String source, int consecutiveFailures, String lastError, Instant lastRunAt, String alertId) {
        public Streak withAlertId(String id) {
            return new Streak(source, consecutiveFailures, lastError, lastRunAt, id);
        }
    }

    public SourceHealth(Path dir) {
        this.dir = dir;
    }

    public synchronized Streak get(String source) {
        return read(dir.resolve(source + ".json"), source);
    }

    /** Records a run's outcome and returns the new streak. */
    public synchronized Streak record(String source, boolean failed, String error, Instant at) {
        Streak before = get(source);
        Streak after = failed
                ? new Streak(source, before.consecutiveFailures() + 1, error, at, null)
                : new Streak(source, 0, null, at, null);
        write(dir.resolve(source + ".json"), after);
        return after;
    }

    /** The stored streak of one query of a source. */
    public synchronized Streak getQuery(String source, String queryKey) {
        return read(queryFile(source, queryKey), source);
    }

    /**
     * Records a query's run and returns the new streak; a failure keeps the alert id of the streak,
     * a success starts afresh (the caller resolves the alert of {@link #getQuery the streak before}).
     */
    public synchronized Streak recordQuery(String source, String queryKey, boolean failed, String error, Instant at) {
        Streak before = getQuery(source, queryKey);
        Streak after = failed
                ? new Streak(source, before.consecutiveFailures() + 1, error, at, before.alertId())
                : new Streak(source, 0, null, at, null);
        return saveQuery(queryKey, after);
    }

    /** Stores a query's streak as given (e.g. with the id of the alert just raised). */
    public synchronized Streak saveQuery(String queryKey, Streak streak) {
        write(queryFile(streak.source(), queryKey), streak);
        return streak;
    }

    private Path queryFile(String source, String queryKey) {
        return dir.resolve(source).resolve(queryKey + ".json");
    }

    private static Streak read(Path f, String source) {
        if (!Files.exists(f)) {
            return new Streak(source, 0, null, null, null);
        }
        try {
            return Json.MAPPER.readValue(f.toFile(), Streak.class);
        } catch (IOException e) {
            // a damaged health file only loses a streak count
            return new Streak(source, 0, null, null, null);
        }
    }

    private static void write(Path f, Streak streak) {
        try {
            DurableFiles.writeAtomically(f, Json.MAPPER.writeValueAsBytes(streak));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the health of " + streak.source() + " (" + f.getFileName()
                    + ")", e);
        }
    }
}

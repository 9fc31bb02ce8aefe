package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.landing.DurableFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
     * @param alertIds the alerts raised for the current streak, so they can be resolved when the source
     *                 or query works again: a query's one, a source's one per WITA day the streak
     *                 alerted on; empty when none was raised (read from {@code alert_id}, a query's one
     *                 id, in files written before sources had them)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Streak(String source, int consecutiveFailures, String lastError, Instant lastRunAt,
                         @JsonAlias("alert_id") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alertIds) {
        public Streak {
            alertIds = alertIds == null ? List.of() : List.copyOf(alertIds);
        }

        /** This streak with {@code id} among its alerts. */
        public Streak withAlertId(String id) {
            if (alertIds.contains(id)) {
                return this;
            }
            List<String> ids = new ArrayList<>(alertIds);
            ids.add(id);
            return new Streak(source, consecutiveFailures, lastError, lastRunAt, ids);
        }
    }

    public SourceHealth(Path dir) {
        this.dir = dir;
    }

    public synchronized Streak get(String source) {
        return read(dir.resolve(source + ".json"), source);
    }

    /**
     * Records a run's outcome and returns the new streak; a failure keeps the alert ids of the streak,
     * a success starts afresh (the caller resolves the alerts of {@link #get the streak before}).
     */
    public synchronized Streak record(String source, boolean failed, String error, Instant at) {
        return record(get(source), failed, error, at);
    }

    /**
     * As {@link #record(String, boolean, String, Instant)}, from the streak the caller has just {@link #get read}
     * (it needs it to resolve that streak's alerts): the file is read once per run, not twice.
     */
    public synchronized Streak record(Streak before, boolean failed, String error, Instant at) {
        return save(next(before, failed, error, at));
    }

    /** Stores a source's streak as given (e.g. with the id of the alert just raised). */
    public synchronized Streak save(Streak streak) {
        write(dir.resolve(streak.source() + ".json"), streak);
        return streak;
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
        return recordQuery(queryKey, getQuery(source, queryKey), failed, error, at);
    }

    /**
     * As {@link #recordQuery(String, String, boolean, String, Instant)}, from the streak the caller has
     * just {@link #getQuery read}.
     */
    public synchronized Streak recordQuery(String queryKey, Streak before, boolean failed, String error, Instant at) {
        return saveQuery(queryKey, next(before, failed, error, at));
    }

    /** Stores a query's streak as given (e.g. with the id of the alert just raised). */
    public synchronized Streak saveQuery(String queryKey, Streak streak) {
        write(queryFile(streak.source(), queryKey), streak);
        return streak;
    }

    private static Streak next(Streak before, boolean failed, String error, Instant at) {
        return failed
                ? new Streak(before.source(), before.consecutiveFailures() + 1, error, at, before.alertIds())
                : new Streak(before.source(), 0, null, at, List.of());
    }

    private Path queryFile(String source, String queryKey) {
        return dir.resolve(source).resolve(queryKey + ".json");
    }

    private static Streak read(Path f, String source) {
        if (!Files.exists(f)) {
            return new Streak(source, 0, null, null, List.of());
        }
        try {
            return Json.MAPPER.readValue(f.toFile(), Streak.class);
        } catch (IOException e) {
            // a damaged health file only loses a streak count
            return new Streak(source, 0, null, null, List.of());
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

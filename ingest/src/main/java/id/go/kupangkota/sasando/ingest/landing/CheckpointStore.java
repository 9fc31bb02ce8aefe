package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checkpoints of queries: {@code <dir>/<source>/<query-key>.json}, each holding the cursor to resume
 * from. A checkpoint is the commit point of a landing batch, which gives exactly-once landing even
 * when the process is killed at any instruction:
 * <ol>
 *   <li>the batch's hidden file is fsynced (the records are durable, still invisible);</li>
 *   <li>the checkpoint is replaced atomically with the new cursor and the batch's two names;</li>
 *   <li>the hidden file is renamed to its visible name.</li>
 * </ol>
 * A crash before 2 leaves an orphan hidden file and the old cursor: the page is fetched again and
 * nothing is published twice. A crash between 2 and 3 is rolled forward by {@link #load}, which
 * finishes the rename. The cursor therefore never moves past records that are not durable.
 */
public final class CheckpointStore {
    private static final Logger log = LoggerFactory.getLogger(CheckpointStore.class);

    private final Path dir;
    private final Path landingRoot;
    private final Clock clock;

    public CheckpointStore(Path dir, Path landingRoot, Clock clock) {
        this.dir = dir;
        this.landingRoot = landingRoot;
        this.clock = clock;
    }

    /** The stored form; {@code hidden}/{@code published} name the last batch, relative to the landing root. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Checkpoint(String source, String query, Map<String, String> cursor, String hidden,
                             String published, long committed, Instant updatedAt) {
    }

    public Path file(String source, String queryKey) {
        return dir.resolve(source).resolve(queryKey + ".json");
    }

    /** The query's cursor ({@link Cursor#START} when never collected), after rolling a pending publish forward. */
    public Cursor load(String source, String queryKey) {
        Checkpoint checkpoint = read(source, queryKey);
        if (checkpoint == null) {
            return Cursor.START;
        }
        rollForward(checkpoint);
        return new Cursor(checkpoint.cursor());
    }

    /** Total records committed under this checkpoint over all runs (0 when none). */
    public long committed(String source, String queryKey) {
        Checkpoint checkpoint = read(source, queryKey);
        return checkpoint == null ? 0 : checkpoint.committed();
    }

    /**
     * Commits a batch and the cursor after it: sync, checkpoint, publish (see the class comment).
     * An empty batch only moves the cursor.
     */
    public void commit(String source, String queryKey, Cursor next, LandingBatch batch) {
        batch.sync();
        long before = committed(source, queryKey);
        boolean hasFile = !batch.isEmpty();
        Checkpoint checkpoint = new Checkpoint(source, queryKey, next.values(),
                hasFile ? batch.hiddenRelative() : null, hasFile ? batch.targetRelative() : null,
                before + batch.count(), clock.instant());
        write(checkpoint);
        batch.publish();
    }

    /**
     * The hidden landing files the checkpoints of a source name as committed but not yet published
     * (absolute): a crash between checkpoint and rename left them, and {@link #load} publishes them.
     */
    public Set<Path> pendingHidden(String source) {
        Path sourceDir = dir.resolve(source);
        if (!Files.isDirectory(sourceDir)) {
            return Set.of();
        }
        Set<Path> pending = new HashSet<>();
        try (Stream<Path> files = Files.list(sourceDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith(".")).toList()) {
                try {
                    Checkpoint c = Json.MAPPER.readValue(f.toFile(), Checkpoint.class);
                    if (c.hidden() != null) {
                        pending.add(landingRoot.resolve(c.hidden()).toAbsolutePath().normalize());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("checkpoint " + f + " is unreadable; fix or delete it to start over",
                            e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the checkpoints of " + source, e);
        }
        return pending;
    }

    /** Removes a query's checkpoint (the next run starts from the beginning). */
    public void reset(String source, String queryKey) {
        try {
            Files.deleteIfExists(file(source, queryKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rollForward(Checkpoint checkpoint) {
        if (checkpoint.hidden() == null) {
            return;
        }
        Path hidden = landingRoot.resolve(checkpoint.hidden());
        Path published = landingRoot.resolve(checkpoint.published());
        if (Files.exists(hidden) && !Files.exists(published)) {
            try {
                DurableFiles.move(hidden, published);
                log.info("finished publishing {} after an interrupted run", published);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish publishing " + published, e);
            }
        } else if (!Files.exists(published)) {
            log.warn("checkpoint {} names landing file {}, which is missing", checkpoint.query(), published);
        }
    }

    private Checkpoint read(String source, String queryKey) {
        Path f = file(source, queryKey);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(f.toFile(), Checkpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint " + f + " is unreadable; fix or delete it to start over", e);
        }
    }

    private void write(Checkpoint checkpoint) {
        Path f = file(checkpoint.source(), checkpoint.query());
        try {
            DurableFiles.writeAtomically(f, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(checkpoint));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + f, e);
        }
    }
}

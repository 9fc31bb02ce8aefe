package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 *
 * <p>A query collected once over one run or several (a file import, {@code Source.collectsOnce})
 * also commits its {@link Progress} with the cursor, and the ids it landed to {@code <query-key>.ids}
 * (8-byte hashes, appended and fsynced before step 2, the checkpoint saying how many are committed):
 * a run that resumes it knows exactly what the interrupted runs did, whatever instruction they died at.
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
                             String published, long committed, Instant updatedAt, Progress progress) {
    }

    /**
     * What the runs of a query collected once did up to its cursor, summed over runs.
     *
     * @param ids      how many hashes of {@code <query-key>.ids} are committed (the ids landed)
     * @param complete the query was collected to its end: a later run is a new collection
     * @param rejects  the rejects files holding the query's rejected items (relative to the rejects
     *                 root), each with its length when it was last synced for this query
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(long fetched, long written, long duplicates, long rejected, long landedBefore,
                           long warnings, long ids, boolean complete, Map<String, Long> rejects) {
        public Progress {
            rejects = rejects == null ? Map.of() : Map.copyOf(rejects);
        }
    }

    public Path file(String source, String queryKey) {
        return dir.resolve(source).resolve(queryKey + ".json");
    }

    private Path idsFile(String source, String queryKey) {
        return dir.resolve(source).resolve(queryKey + ".ids");
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
        commit(source, queryKey, next, batch, null, new long[0], 0);
    }

    /**
     * Commits a batch of a query collected once, with the progress after it and the hashes of the ids
     * it landed ({@code ids[0..count)}), appended to the query's ids file before the checkpoint names them.
     */
    public void commit(String source, String queryKey, Cursor next, LandingBatch batch, Progress progress,
                       long[] ids, int count) {
        batch.sync();
        Checkpoint before = read(source, queryKey);
        if (progress != null && count > 0) {
            appendIds(source, queryKey, progress.ids() - count, ids, count);
        }
        boolean hasFile = !batch.isEmpty();
        Checkpoint checkpoint = new Checkpoint(source, queryKey, next.values(),
                hasFile ? batch.hiddenRelative() : null, hasFile ? batch.targetRelative() : null,
                (before == null ? 0 : before.committed()) + batch.count(), clock.instant(), progress);
        write(checkpoint);
        batch.publish();
    }

    /** The progress of a query collected once, or null when none was committed. */
    public Progress progress(String source, String queryKey) {
        Checkpoint checkpoint = read(source, queryKey);
        return checkpoint == null ? null : checkpoint.progress();
    }

    /**
     * Feeds the committed id hashes of a query collected once to {@code sink}; hashes an interrupted run
     * appended after its last checkpoint are not committed and are cut off the file.
     */
    public void landedIds(String source, String queryKey, Progress progress, java.util.function.LongConsumer sink) {
        Path f = idsFile(source, queryKey);
        if (progress == null || progress.ids() == 0 || !Files.exists(f)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long committedBytes = progress.ids() * Long.BYTES;
            if (ch.size() > committedBytes) {
                ch.truncate(committedBytes);
            }
            ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * 8192);
            long left = Math.min(ch.size(), committedBytes) / Long.BYTES * Long.BYTES;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                while (buffer.hasRemaining() && ch.read(buffer) > 0) {
                    // a channel may read less than asked
                }
                buffer.flip();
                if (!buffer.hasRemaining()) {
                    break; // shorter than committed: nothing more to read
                }
                left -= buffer.remaining();
                while (buffer.remaining() >= Long.BYTES) {
                    sink.accept(buffer.getLong());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the landed ids of " + queryKey + " in " + f, e);
        }
    }

    /** Removes the ids file of a query collected to its end: its checkpoint says so, the ids are not needed. */
    public void forgetIds(String source, String queryKey) {
        try {
            Files.deleteIfExists(idsFile(source, queryKey));
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", idsFile(source, queryKey), e.toString());
        }
    }

    private void appendIds(String source, String queryKey, long committedBefore, long[] ids, int count) {
        Path f = idsFile(source, queryKey);
        try {
            Files.createDirectories(f.getParent());
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                // whatever a run killed before its checkpoint appended is not committed: overwrite it
                ch.truncate(committedBefore * Long.BYTES);
                ch.position(committedBefore * Long.BYTES);
                ByteBuffer buffer = ByteBuffer.allocate(count * Long.BYTES);
                for (int i = 0; i < count; i++) {
                    buffer.putLong(ids[i]);
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the landed ids of " + queryKey + " to " + f, e);
        }
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
            Files.deleteIfExists(idsFile(source, queryKey));
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

package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.core.JsonGenerator;
import id.go.kupangkota.sasando.core.landing.LandingRecord;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One landing file in the making. {@link #append} writes JSONL to a hidden file (readers such as
 * Spark skip hidden names); {@link #sync} makes it durable; {@link #publish} renames it atomically to
 * its visible name. {@link #close} without publishing deletes the hidden file: a batch is all or
 * nothing. Not thread-safe: one batch belongs to one query's run.
 *
 * <p>While the hidden file exists its writer holds it: an exclusive lock (seen by other processes)
 * and a place in {@link #isLive} (seen in this one, where opening a second channel to test the
 * lock would release it). {@link LandingWriter#removeStale} removes only hidden files nobody holds.
 */
public final class LandingBatch implements AutoCloseable {
    /** Landing files are large and written once: fewer, larger write calls. */
    private static final int BUFFER = 1 << 20;

    private final Path root;
    private final Path hidden;
    private final Path target;
    /** Hidden files of this JVM's open batches. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private FileOutputStream file;
    /** One generator writes the whole file (see {@link LandingJson#RECORD_WRITER}). */
    private JsonGenerator out;
    private long count;
    private boolean synced;
    private boolean published;

    LandingBatch(Path root, Path hidden, Path target) {
        this.root = root;
        this.hidden = hidden;
        this.target = target;
    }

    public void append(LandingRecord record) {
        if (synced) {
            throw new IllegalStateException("batch already synced: " + target);
        }
        try {
            if (out == null) {
                Files.createDirectories(hidden.getParent());
                LIVE.add(hidden.toAbsolutePath());
                file = new FileOutputStream(hidden.toFile());
                file.getChannel().tryLock(); // held until published or closed; a new name, so never refused
                out = LandingJson.RECORD_WRITER.createGenerator(new BufferedOutputStream(file, BUFFER));
            }
            LandingJson.RECORD_WRITER.writeValue(out, record);
            out.writeRaw('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write landing file " + hidden, e);
        }
    }

    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The hidden file while writing. */
    public Path hidden() {
        return hidden;
    }

    /** The visible name the file gets when published. */
    public Path target() {
        return target;
    }

    /** Both names relative to the landing root, as a checkpoint stores them. */
    public String hiddenRelative() {
        return root.relativize(hidden).toString();
    }

    public String targetRelative() {
        return root.relativize(target).toString();
    }

    /** True while a batch of this JVM writes (or has yet to publish) this hidden file. */
    static boolean isLive(Path hidden) {
        return LIVE.contains(hidden.toAbsolutePath());
    }

    /**
     * Flushes and fsyncs the hidden file: after this the records survive a crash. The file stays
     * open, and locked, until it is published or dropped.
     */
    public void sync() {
        if (synced || out == null) {
            synced = true;
            return;
        }
        try {
            out.flush();
            file.getFD().sync();
            DurableFiles.syncDirectory(hidden.getParent());
            if (!Files.exists(hidden)) {
                // removed by someone else before its lock was taken: the checkpoint must not name it
                throw new IOException("the hidden landing file disappeared before it was committed");
            }
            synced = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync landing file " + hidden, e);
        }
    }

    /** Makes the file visible under its final name (syncing first if needed). */
    public void publish() {
        sync();
        if (count == 0 || published) {
            published = true;
            return;
        }
        try {
            DurableFiles.move(hidden, target);
            published = true;
            release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish landing file " + target, e);
        }
    }

    /** Closes the file (and its lock); the hidden name is no longer this batch's. */
    private void release() throws IOException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            LIVE.remove(hidden.toAbsolutePath());
        }
    }

    /** Drops an unpublished batch (its records were never committed, so they will be fetched again). */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try {
            Files.deleteIfExists(hidden); // still locked: nobody else takes it for stale meanwhile
            release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove unpublished landing file " + hidden, e);
        }
    }
}

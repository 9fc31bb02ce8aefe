package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.core.JsonGenerator;
import id.go.kupangkota.sasando.core.landing.LandingRecord;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One landing file in the making. {@link #append} writes JSONL to a hidden file (readers such as
 * Spark skip hidden names); {@link #sync} makes it durable; {@link #publish} renames it atomically to
 * its visible name. {@link #close} without publishing deletes the hidden file: a batch is all or
 * nothing. Not thread-safe: one batch belongs to one query's run.
 */
public final class LandingBatch implements AutoCloseable {
    /** Landing files are large and written once: fewer, larger write calls. */
    private static final int BUFFER = 1 << 20;

    private final Path root;
    private final Path hidden;
    private final Path target;
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
                file = new FileOutputStream(hidden.toFile());
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

    /** Flushes, fsyncs and closes the hidden file: after this the records survive a crash. */
    public void sync() {
        if (synced || out == null) {
            synced = true;
            return;
        }
        try {
            out.flush();
            file.getFD().sync();
            out.close();
            DurableFiles.syncDirectory(hidden.getParent());
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish landing file " + target, e);
        }
    }

    /** Drops an unpublished batch (its records were never committed, so they will be fetched again). */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try {
            if (out != null && !synced) {
                out.close();
            }
            Files.deleteIfExists(hidden);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove unpublished landing file " + hidden, e);
        }
    }
}

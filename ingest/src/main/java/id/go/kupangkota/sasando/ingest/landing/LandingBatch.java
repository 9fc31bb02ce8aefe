package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.databind.ObjectWriter;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(LandingRecord.class);
    private static final byte[] NEWLINE = {'\n'};

    private final Path root;
    private final Path hidden;
    private final Path target;
    private FileOutputStream file;
    private OutputStream out;
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
                out = new BufferedOutputStream(file, 1 << 16);
            }
            WRITER.writeValue(new NonClosing(out), record);
            out.write(NEWLINE);
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

    /** Jackson closes the stream it writes a value to; the batch's stream must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the batch closes the file when it syncs
        }

        @Override
        public void flush() {
            // the batch flushes when it syncs: a flush per record would be a system call per record
        }
    }
}

package id.go.kupangkota.sasando.spark.common;

import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One pipeline at a time per checkpoint directory. Enrich's streaming checkpoint, the curated zone's
 * staging directories and the index rebuilds assume they are alone: a rebuild removes the indices that
 * rebuilds which did not finish left behind ({@link IndexSwap#create}), which would be another pipeline's
 * work in progress. So a second pipeline on the same home (the compose service and a hand-run
 * {@code ./sasando pipeline}, say) stops before it writes anything, saying which process holds the lock.
 *
 * <p>An operating-system lock on {@code <checkpoints>/pipeline.lock}: the lock goes with its process, so
 * a pipeline that was killed leaves nothing stale to remove by hand. Re-entrant within a JVM (the pipeline
 * holds it around enrich, which takes it too when run alone). On checkpoints that are no local directory
 * (HDFS on a cluster) there is no lock and the log says so.
 */
public final class PipelineLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelineLock.class);
    static final String FILE = "pipeline.lock";

    /** Locks this JVM holds, by file, with how many holders each has. */
    private static final Map<java.nio.file.Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int holders) {
    }

    private final java.nio.file.Path file;

    private PipelineLock(java.nio.file.Path file) {
        this.file = file;
    }

    /**
     * @param checkpoints the checkpoint directory (a Hadoop URI or a local path)
     * @throws JobFailure.ActionNeeded when another process holds the lock
     */
    public static PipelineLock acquire(String checkpoints) {
        java.nio.file.Path dir = localDirectory(checkpoints);
        if (dir == null) {
            log.info("no pipeline lock on {}: not a local directory (run one pipeline at a time)", checkpoints);
            return new PipelineLock(null);
        }
        java.nio.file.Path file = dir.resolve(FILE).toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                HELD.put(file, new Held(held.channel(), held.lock(), held.holders() + 1));
                return new PipelineLock(file);
            }
            try {
                Files.createDirectories(dir);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = readHolder(channel);
                    channel.close();
                    throw new JobFailure.ActionNeeded("another Sasando pipeline is running on " + dir + " ("
                            + (holder.isBlank() ? "its lock file is " + file : holder) + "). Two at once would"
                            + " take the same landing files and rebuild the same indices; this one stops without"
                            + " writing anything. Wait for the other to finish, or stop it, and run again.", null);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now())
                        .getBytes(StandardCharsets.UTF_8)), 0);
                HELD.put(file, new Held(channel, lock, 1));
                return new PipelineLock(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + file, e);
            }
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    /** The local directory of a {@code file:} URI or a plain path; null for any other file system. */
    static java.nio.file.Path localDirectory(String location) {
        URI uri = new Path(location).toUri();
        if (uri.getScheme() == null) {
            return java.nio.file.Path.of(uri.getPath());
        }
        return uri.getScheme().equals("file") ? java.nio.file.Path.of(uri) : null;
    }

    @Override
    public void close() {
        if (file == null) {
            return;
        }
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                return;
            }
            if (held.holders() > 1) {
                HELD.put(file, new Held(held.channel(), held.lock(), held.holders() - 1));
                return;
            }
            HELD.remove(file);
            try {
                held.lock().release();
                held.channel().close();
            } catch (IOException e) {
                log.warn("cannot release {}: {} (it goes with this process)", file, e.toString());
            }
        }
    }
}

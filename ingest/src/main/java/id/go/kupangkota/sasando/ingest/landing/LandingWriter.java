package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.time.Wita;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Opens {@link LandingBatch}es: one landing file of a source, written hidden and published whole.
 * The file lands in the source's directory of the WITA day the batch was opened:
 * {@code <landing>/<source>/<yyyy-MM-dd>/part-<millis>-<uuid>.jsonl}.
 *
 * <p>A process killed while writing leaves its hidden file behind; {@link #removeStale} removes those
 * at the start of the next run.
 */
public final class LandingWriter {
    private static final Logger log = LoggerFactory.getLogger(LandingWriter.class);
    private final LandingZone zone;
    private final Clock clock;

    public LandingWriter(LandingZone zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public LandingWriter(Path root, Clock clock) {
        this(new LandingZone(root), clock);
    }

    public LandingZone zone() {
        return zone;
    }

    /**
     * Removes the hidden part files of a source that a killed writer left: those no writer holds
     * (not an open batch of this JVM, not locked by another process), last written before
     * {@code runStart}, and not named by a checkpoint as committed but not yet published (those
     * the query's next load publishes, see {@link CheckpointStore}). Nothing is lost: a batch is
     * committed only by its checkpoint, so the rows of an uncommitted file lie after the cursor
     * and its query reads them again.
     *
     * @param committed hidden files named by checkpoints ({@link CheckpointStore#pendingHidden})
     * @return the files removed
     */
    public List<Path> removeStale(String source, Set<Path> committed, Instant runStart) {
        Path dir = zone.root().resolve(source);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path f : files.filter(LandingWriter::isHiddenPart).toList()) {
                if (LandingBatch.isLive(f) || committed.contains(f.toAbsolutePath().normalize())
                        || !Files.getLastModifiedTime(f).toInstant().isBefore(runStart) || lockedByOthers(f)) {
                    continue;
                }
                Files.deleteIfExists(f);
                removed.add(f);
                log.info("removed {}, a landing file a killed run left unfinished (its rows were not committed "
                        + "and are read again by the next import or poll of its query)", zone.root().relativize(f));
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot look for unfinished landing files of {}: {}", source, e.toString());
        }
        return removed;
    }

    private static boolean isHiddenPart(Path f) {
        String name = f.getFileName().toString();
        return name.startsWith(LandingZone.HIDDEN_PREFIX + "part-") && name.endsWith(LandingZone.SUFFIX)
                && Files.isRegularFile(f);
    }

    /** Whether another process holds the file's lock (so it is writing it). */
    private static boolean lockedByOthers(Path f) {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE); FileLock lock = ch.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // when in doubt, keep it
        }
    }

    /** A new, empty batch; nothing touches the disk until the first record is appended. */
    public LandingBatch begin(String source) {
        var now = clock.instant();
        Path dir = zone.dayDir(source, Wita.day(now));
        String name = "part-" + now.toEpochMilli() + "-" + UUID.randomUUID() + LandingZone.SUFFIX;
        return new LandingBatch(zone.root(), dir.resolve(LandingZone.HIDDEN_PREFIX + name), dir.resolve(name));
    }
}

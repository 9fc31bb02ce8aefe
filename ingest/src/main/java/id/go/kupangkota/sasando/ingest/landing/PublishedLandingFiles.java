package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingZone;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows a landing zone the way a loader that runs beside ingest does: each {@link #poll()} returns
 * the landing files published since the previous poll, each exactly once, in name order. Only
 * visible {@code .jsonl} files count: ingest writes a landing file under a hidden name and renames it
 * into place only after fsync ({@link LandingBatch#publish}), so a file seen here is complete, and a
 * file still being written (or dropped unpublished) is never returned. Not thread-safe.
 */
public final class PublishedLandingFiles {
    private final Path root;
    private final Set<Path> returned = new HashSet<>();

    public PublishedLandingFiles(Path root) {
        this.root = root;
    }

    /** Every published landing file under the root, in name order (an absent root has none). */
    public static List<Path> all(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        collect(root, found);
        found.sort(null);
        return found;
    }

    /** The files published since the last poll (none when nothing new appeared). */
    public List<Path> poll() throws IOException {
        return all(root).stream().filter(returned::add).toList();
    }

    /**
     * Walks by names alone: {@code Files.walk} reads every entry's attributes and fails when ingest
     * renames a hidden file between the listing and that read, which is exactly what happens here.
     */
    private static void collect(Path dir, List<Path> found) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(LandingZone.HIDDEN_PREFIX)) {
                    continue; // being written, or never published
                }
                if (Files.isDirectory(p)) {
                    collect(p, found);
                } else if (name.endsWith(LandingZone.SUFFIX)) {
                    found.add(p);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException absent) {
            // no landing zone yet, or a directory removed while walking: nothing published in it
        }
    }
}

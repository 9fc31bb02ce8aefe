package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.ingest.LongHash;
import id.go.kupangkota.sasando.ingest.landing.LandingPosts;
import id.go.kupangkota.sasando.ingest.landing.PublishedLandingFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The ids of the posts another source has landed, read from that source's landing files: the X
 * source's, so an import can count a tweet the X source fetched as "landed before". A published
 * landing file never changes, so each is read once; files published since are read at the first
 * question after {@link #refresh()}, and only then: an import without X posts never reads them.
 * A file that cannot be read costs only this count (logged and skipped), never a post.
 * Not thread-safe: the file source maps on one thread.
 */
final class LandedIds implements Predicate<String> {
    private static final Logger log = LoggerFactory.getLogger(LandedIds.class);
    private static final long LANDED = 1L;

    private final PublishedLandingFiles files;
    private final IdLedger ids = new IdLedger(null); // in memory: 16 bytes an id
    private boolean stale = true;

    /** @param landing the landing directory of the other source, e.g. {@code <home>/landing/x} */
    LandedIds(Path landing) {
        this.files = new PublishedLandingFiles(landing);
    }

    /** Files may have been published since: look again at the next question. */
    void refresh() {
        stale = true;
    }

    @Override
    public boolean test(String postId) {
        if (stale) {
            stale = false;
            read();
        }
        return ids.knows(LongHash.hash(postId));
    }

    private void read() {
        try {
            for (Path file : files.poll()) {
                try {
                    LandingPosts.read(file, (id, bytes, offset, length) -> ids.claim(LongHash.hash(id), LANDED));
                } catch (IOException | RuntimeException e) {
                    log.warn("cannot read the ids of {} (only the count of posts landed before errs): {}", file,
                            e.toString());
                }
            }
        } catch (IOException e) {
            log.warn("cannot list the landing files (only the count of posts landed before errs): {}", e.toString());
        }
    }
}

package id.go.kupangkota.sasando.core.landing;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Layout of the landing zone, the append-only record of everything collected:
 * {@code <root>/<source>/<yyyy-MM-dd WITA fetch day>/part-<millis>-<uuid>.jsonl}, one
 * {@link LandingRecord} per line. Files are written under a name starting with {@code .} and
 * renamed when complete and fsynced; Spark's file source ignores such hidden names, so it never
 * reads a half-written file. On a cluster the root is an HDFS or S3 URI with the same layout.
 */
public final class LandingZone {
    /** Glob over every source and day, relative to the root, as Spark's file source reads it. */
    public static final String GLOB = "*/*/*.jsonl";
    public static final String SUFFIX = ".jsonl";
    public static final String HIDDEN_PREFIX = ".";

    private final Path root;

    public LandingZone(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path dayDir(String source, LocalDate witaDay) {
        return root.resolve(source).resolve(witaDay.toString());
    }
}

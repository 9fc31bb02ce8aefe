package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.time.Wita;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * Opens {@link LandingBatch}es: one landing file of a source, written hidden and published whole.
 * The file lands in the source's directory of the WITA day the batch was opened:
 * {@code <landing>/<source>/<yyyy-MM-dd>/part-<millis>-<uuid>.jsonl}.
 */
public final class LandingWriter {
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

    /** A new, empty batch; nothing touches the disk until the first record is appended. */
    public LandingBatch begin(String source) {
        var now = clock.instant();
        Path dir = zone.dayDir(source, Wita.day(now));
        String name = "part-" + now.toEpochMilli() + "-" + UUID.randomUUID() + LandingZone.SUFFIX;
        return new LandingBatch(zone.root(), dir.resolve(LandingZone.HIDDEN_PREFIX + name), dir.resolve(name));
    }
}

package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.source.SourceContext;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the file source (section {@code file} of {@code sources.json}).
 *
 * @param dropDir        the watched folder (key {@code drop_dir}, default {@code <home>/drop})
 * @param defaultMapping mapping of files without one (key {@code default_mapping}, default {@code sasando})
 * @param pageSize       rows per page (key {@code page_size}, default 10000)
 * @param settleTime     a dropped file is imported once unchanged this long (key {@code settle_time},
 *                       default PT5S), so a file still being copied is not read half
 */
public record FileSettings(Path dropDir, String defaultMapping, int pageSize, Duration settleTime) {

    public static FileSettings from(SourceContext context) {
        var config = context.config();
        String drop = config.string("drop_dir", null);
        int pageSize = config.integer("page_size", 10_000);
        if (pageSize < 1) {
            throw config.invalid("page_size", "must be at least 1, was " + pageSize);
        }
        String mapping = config.string("default_mapping", "sasando");
        ColumnMapping.load(mapping); // fails early with a clear message when the preset or file is wrong
        return new FileSettings(drop == null ? IngestPaths.of(context.settings()).drop() : Path.of(drop),
                mapping, pageSize, config.duration("settle_time", Duration.ofSeconds(5)));
    }
}

package id.go.kupangkota.sasando.ingest.source;

import com.fasterxml.jackson.databind.MappingIterator;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlist;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a source the way the daemon does (the real {@link SourceRunner}, landing writer, checkpoints
 * and rejects, in a temporary data home, without Elasticsearch) and reads back what it wrote. Waits
 * are recorded instead of slept.
 *
 * <pre>
 * SourceHarness harness = SourceHarness.in(tempDir);
 * Source source = new XSource();
 * source.configure(harness.context("x", Map.of("enabled", true, ...), watchlists, RecordedWeb.of("x")...));
 * SourceRun run = harness.poll(source, Map.of("enabled", true));
 * assertThat(harness.landed("x")).extracting(r -&gt; r.post().id()).containsExactly(...);
 * </pre>
 */
public final class SourceHarness {
    private final SasandoSettings settings;
    private Clock clock = Clock.systemUTC();
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    private SourceHarness(Path home) {
        this.settings = new SasandoSettings(home.toAbsolutePath(), "http://127.0.0.1:1", null, null, "harness-");
    }

    public static SourceHarness in(Path home) {
        return new SourceHarness(home);
    }

    public SourceHarness clock(Clock fixed) {
        this.clock = fixed;
        return this;
    }

    public SasandoSettings settings() {
        return settings;
    }

    public SourceContext context(String source, Map<String, ?> config, List<Watchlist> watchlists, WebClient web) {
        return new SourceContext(settings, SourceConfig.of(source, config), Watchlists.of(watchlists), clock, web);
    }

    /** A runner over this harness's home, recording waits instead of sleeping. */
    public SourceRunner runner() {
        return new SourceRunner(settings, new CoverageLog(settings, null), clock, sleeps::add, () -> false);
    }

    public SourceRun poll(Source configured, Map<String, ?> config) {
        return runner().poll(configured, SourceConfig.of(configured.name(), config));
    }

    /** Every landing record of a source, in file-name order (visible files only). */
    public List<LandingRecord> landed(String source) {
        return readAll(IngestPaths.of(settings).landing().resolve(source), LandingRecord.class);
    }

    public List<RejectsWriter.Reject> rejects(String source) {
        return readAll(IngestPaths.of(settings).rejects().resolve(source), RejectsWriter.Reject.class);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    static <T> List<T> readAll(Path dir, Class<T> type) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                try (MappingIterator<T> it = Json.MAPPER.readerFor(type).readValues(f.toFile())) {
                    it.forEachRemaining(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

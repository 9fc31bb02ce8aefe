package id.go.kupangkota.sasando.ingest;

import id.go.kupangkota.sasando.core.config.SasandoSettings;

import java.nio.file.Path;

/**
 * Where ingest keeps its state under the data home, and where its settings files are.
 *
 * <pre>
 * &lt;home&gt;/landing/                          the landing zone (core LandingZone layout)
 * &lt;home&gt;/ingest/checkpoints/&lt;source&gt;/&lt;query-key&gt;.json
 * &lt;home&gt;/ingest/checkpoints/&lt;source&gt;/&lt;query-key&gt;.ids   ids landed by an import not finished yet
 * &lt;home&gt;/ingest/health/&lt;source&gt;.json       consecutive failures of a source
 * &lt;home&gt;/ingest/coverage/coverage-&lt;day&gt;.jsonl  every coverage record and alert, kept locally
 * &lt;home&gt;/ingest/outbox/&lt;index&gt;.jsonl       documents waiting for Elasticsearch to come back
 * &lt;home&gt;/ingest/state/&lt;source&gt;/             what a source keeps between runs
 *                                           (file: its id ledger; x: handles.tsv)
 * &lt;home&gt;/rejects/&lt;source&gt;/&lt;day&gt;/...        input that could not be imported, verbatim, with the reason
 * &lt;home&gt;/drop/                             the watched drop folder (done/, failed/ below it)
 * </pre>
 *
 * <p>Settings files live in the config directory: system property {@code sasando.config}, else
 * {@code SASANDO_CONFIG}, else {@code ./config} (the repository's {@code config/}).
 */
public record IngestPaths(SasandoSettings settings) {

    public static IngestPaths of(SasandoSettings settings) {
        return new IngestPaths(settings);
    }

    public Path landing() {
        return settings.landingDir();
    }

    public Path checkpoints() {
        return settings.home().resolve("ingest").resolve("checkpoints");
    }

    public Path health() {
        return settings.home().resolve("ingest").resolve("health");
    }

    public Path coverage() {
        return settings.home().resolve("ingest").resolve("coverage");
    }

    public Path outbox() {
        return settings.home().resolve("ingest").resolve("outbox");
    }

    public Path state(String source) {
        return settings.home().resolve("ingest").resolve("state").resolve(source);
    }

    public Path rejects() {
        return settings.home().resolve("rejects");
    }

    public Path drop() {
        return settings.home().resolve("drop");
    }

    /** The directory of the settings files ({@code sources.json}, {@code watchlists.json}, mappings). */
    public static Path configDir() {
        String dir = System.getProperty("sasando.config");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SASANDO_CONFIG");
        }
        return Path.of(dir == null || dir.isBlank() ? "config" : dir).toAbsolutePath().normalize();
    }
}

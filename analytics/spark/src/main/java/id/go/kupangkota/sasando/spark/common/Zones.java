package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.config.SasandoSettings;

import java.util.List;

/**
 * Where a job reads and writes, as Hadoop path strings: local folders under the Sasando home by
 * default ({@link SasandoSettings#landingDir()} ...), or {@code hdfs://} / {@code s3a://} URIs on a
 * cluster ({@code --landing}, {@code --curated}, {@code --checkpoints}).
 *
 * @param landing     the landing zone root ({@code <source>/<day>/*.jsonl} below it)
 * @param curated     the curated zone root
 * @param checkpoints streaming checkpoints and job markers
 */
public record Zones(String landing, String curated, String checkpoints) {

    /** Option names every job accepts for its zones. */
    public static final List<String> OPTIONS = List.of("landing", "curated", "checkpoints");

    public static Zones of(SasandoSettings settings, Options options) {
        return new Zones(
                options.get("landing", settings.landingDir().toUri().toString()),
                options.get("curated", settings.curatedDir().toUri().toString()),
                options.get("checkpoints", settings.checkpointDir().toUri().toString()));
    }

    /** The default folders under the Sasando home. */
    public static Zones of(SasandoSettings settings) {
        return of(settings, Options.parse(new String[0], OPTIONS, List.of()));
    }

    /** Enriched posts, Parquet partitioned by {@code day}. */
    public String posts() {
        return join(curated, "posts");
    }

    /** Daily or weekly roll-ups ({@code daily}, {@code weekly}). */
    public String rollups(String period) {
        return join(curated, "rollups/" + period);
    }

    public String trends() {
        return join(curated, "trends");
    }

    public String accounts() {
        return join(curated, "accounts");
    }

    public String edges() {
        return join(curated, "edges");
    }

    /** The marker holding the taggers' pipeline version the curated zone was tagged with. */
    public String taggerVersion() {
        return checkpoint("enrich-pipeline-version");
    }

    public String checkpoint(String name) {
        return join(checkpoints, name);
    }

    private static String join(String root, String child) {
        return root.endsWith("/") ? root + child : root + "/" + child;
    }
}

package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.ElasticsearchOutput;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.IndexSwap;
import id.go.kupangkota.sasando.spark.common.Marker;
import id.go.kupangkota.sasando.spark.common.Options;
import id.go.kupangkota.sasando.spark.common.Sessions;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max_by;

/**
 * Landing zone to curated Parquet and Elasticsearch.
 *
 * <pre>
 * EnrichJob [--once | --continuous [--interval 30s] | --retag | --es-only] [--no-es]
 *           [--max-files N] [--landing URI] [--curated URI] [--checkpoints URI]
 * </pre>
 *
 * <ul>
 *   <li>{@code --once} (default): every landing file not seen before (Structured Streaming file
 *       source, checkpoint {@code <checkpoints>/enrich}, trigger availableNow), then stop.</li>
 *   <li>{@code --continuous}: the same, every {@code --interval}, until stopped.</li>
 *   <li>{@code --retag}: the whole landing zone again with the current taggers, the curated zone
 *       rewritten, a new posts index filled and swapped in behind the alias. Also run on its own
 *       when the taggers' pipeline version differs from the one the curated zone was tagged with.</li>
 *   <li>{@code --es-only}: loads the curated zone into Elasticsearch (after a {@code --no-es} run;
 *       the next normal run does it too).</li>
 * </ul>
 * Each batch: parse landing lines, keep the latest fetch of each post, tag, append to the curated
 * zone, index by post id (idempotent).
 */
public final class EnrichJob {
    private static final Logger log = LoggerFactory.getLogger(EnrichJob.class);

    public enum Mode { ONCE, CONTINUOUS, RETAG, ES_ONLY }

    /**
     * @param es                 where to index, or null for {@code --no-es}
     * @param maxFilesPerTrigger landing files per micro-batch (progress is logged per batch)
     */
    public record Args(Zones zones, EsTarget es, Mode mode, Duration interval, int maxFilesPerTrigger) {
        static final List<String> VALUES = Stream.concat(Zones.OPTIONS.stream(), Stream.of("interval", "max-files")).toList();
        static final List<String> FLAGS = List.of("once", "continuous", "retag", "es-only", "no-es");

        public static Args parse(String[] argv, SasandoSettings settings) {
            Options o = Options.parse(argv, VALUES, FLAGS);
            List<Mode> modes = new ArrayList<>();
            if (o.has("once")) modes.add(Mode.ONCE);
            if (o.has("continuous")) modes.add(Mode.CONTINUOUS);
            if (o.has("retag")) modes.add(Mode.RETAG);
            if (o.has("es-only")) modes.add(Mode.ES_ONLY);
            if (modes.size() > 1) {
                throw new IllegalArgumentException("choose one of --once, --continuous, --retag, --es-only");
            }
            if (o.has("es-only") && o.has("no-es")) {
                throw new IllegalArgumentException("--es-only and --no-es contradict each other");
            }
            return new Args(Zones.of(settings, o), o.has("no-es") ? null : EsTarget.of(settings),
                    modes.isEmpty() ? Mode.ONCE : modes.get(0), o.getDuration("interval", Duration.ofSeconds(30)),
                    o.getInt("max-files", 1_000));
        }
    }

    /** What one run did, for the log and the tests. */
    public record Result(long batches, long lines, long tagged, long rejected, long indexed) {
    }

    private final SparkSession spark;
    private final Args args;
    private final Clock clock;
    private final LongAccumulator lines;
    private final LongAccumulator rejected;
    private final LongAccumulator failed;
    private final Marker taggedVersion;
    private final Marker esPending;
    private long batches, tagged, indexed;

    private EnrichJob(SparkSession spark, Args args, Clock clock) {
        this.spark = spark;
        this.args = args;
        this.clock = clock;
        this.lines = spark.sparkContext().longAccumulator("landing lines");
        this.rejected = spark.sparkContext().longAccumulator("landing lines rejected");
        this.failed = spark.sparkContext().longAccumulator("posts the tagger failed on");
        this.taggedVersion = new Marker(args.zones().checkpoint("enrich-pipeline-version"),
                spark.sparkContext().hadoopConfiguration());
        this.esPending = new Marker(args.zones().checkpoint("enrich-es-pending"),
                spark.sparkContext().hadoopConfiguration());
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, SasandoSettings.fromEnvironment());
        Sessions.run("sasando-enrich", spark -> run(spark, args));
    }

    public static Result run(SparkSession spark, Args args) throws Exception {
        return new EnrichJob(spark, args, Clock.systemUTC()).run();
    }

    private Result run() throws Exception {
        if (args.es() != null) {
            args.es().requireReachable();
            args.es().bootstrap(SasandoIndex.POSTS);
        } else if (args.mode() == Mode.ES_ONLY) {
            throw new IllegalArgumentException("--es-only needs Elasticsearch");
        }
        String current = Tagger.shared().pipelineVersion();
        switch (args.mode()) {
            case ES_ONLY -> loadCuratedIntoElasticsearch();
            case RETAG -> retag(current);
            case ONCE, CONTINUOUS -> {
                Optional<String> previous = taggedVersion.read();
                if (previous.isPresent() && !previous.get().equals(current)) {
                    log.warn("the taggers changed ({} -> {}): re-tagging the whole landing zone", previous.get(), current);
                    retag(current);
                } else if (args.es() != null && esPending.read().isPresent()) {
                    log.info("Elasticsearch missed a --no-es run: loading the curated zone first");
                    loadCuratedIntoElasticsearch();
                }
                taggedVersion.write(current);
                stream();
            }
        }
        return new Result(batches, lines.value(), tagged, rejected.value(), indexed);
    }

    // ---- the steps, Dataset -> Dataset ----

    /** Landing lines to mapped posts (bad lines are logged, counted and skipped). */
    public static Dataset<LandingPost> parse(Dataset<String> lines, LongAccumulator seen, LongAccumulator rejected) {
        return lines.flatMap(new ParseLandingLines(seen, rejected), Encoders.bean(LandingPost.class));
    }

    /** One post per id: the copy fetched last (engagement counts are freshest there). */
    public static Dataset<String> latestPerId(Dataset<LandingPost> posts) {
        return posts.groupBy(col("id"))
                .agg(max_by(col("post"), col("fetchedAt")).as("post"))
                .select(col("post"))
                .as(Encoders.STRING());
    }

    /** Post JSON to enriched posts: the curated columns plus the JSON document for Elasticsearch. */
    public static Dataset<Row> tag(Dataset<String> posts, Instant taggedAt, LongAccumulator failed) {
        return posts.mapPartitions(new EnrichPartition(taggedAt, failed), Encoders.row(CuratedPosts.SCHEMA_WITH_JSON));
    }

    private static Dataset<String> documents(Dataset<Row> enriched) {
        return enriched.select(col(CuratedPosts.JSON)).as(Encoders.STRING());
    }

    private Dataset<Row> enrich(Dataset<String> landingLines, Instant taggedAt) {
        return tag(latestPerId(parse(landingLines, lines, rejected)), taggedAt, failed);
    }

    // ---- the modes ----

    private void stream() throws Exception {
        mkdirs(args.zones().landing());
        Dataset<Row> files = spark.readStream()
                .option("maxFilesPerTrigger", args.maxFilesPerTrigger())
                .text(landingGlob());
        StreamingQuery query = files.writeStream()
                .queryName("sasando-enrich")
                .option("checkpointLocation", args.zones().checkpoint("enrich"))
                .trigger(args.mode() == Mode.CONTINUOUS
                        ? Trigger.ProcessingTime(args.interval().toMillis())
                        : Trigger.AvailableNow())
                .foreachBatch(new Batch())
                .start();
        query.awaitTermination();
    }

    /** One micro-batch of new landing files. Runs on the driver. */
    private final class Batch implements VoidFunction2<Dataset<Row>, Long> {
        @Override
        public void call(Dataset<Row> files, Long batchId) {
            long start = System.nanoTime();
            long linesBefore = lines.value();
            long rejectedBefore = rejected.value();
            Dataset<Row> enriched = enrich(files.as(Encoders.STRING()), clock.instant())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                long n = enriched.count();
                Dataset<Row> posts = CuratedPosts.withoutJson(enriched);
                CuratedPosts.append(posts, args.zones().posts());
                long written = 0;
                if (args.es() != null) {
                    index(documents(enriched), posts, SasandoIndex.POSTS.alias(args.es().prefix()));
                    written = n;
                } else if (n > 0) {
                    esPending.write("batch " + batchId);
                }
                batches++;
                tagged += n;
                indexed += written;
                double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                log.info("enrich batch {}: {} lines in, {} rejected, {} posts tagged, {} written to Elasticsearch,"
                                + " {} s, {} posts/s", batchId, lines.value() - linesBefore,
                        rejected.value() - rejectedBefore, n, written, String.format("%.1f", seconds),
                        String.format("%.0f", n / seconds));
            } finally {
                enriched.unpersist();
            }
        }
    }

    private void retag(String version) throws IOException {
        long start = System.nanoTime();
        Instant taggedAt = clock.instant();
        Dataset<String> landing = landingExists() ? spark.read().textFile(landingGlob())
                : spark.emptyDataset(Encoders.STRING());
        Dataset<Row> enriched = enrich(landing, taggedAt).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long n = enriched.count();
            Dataset<Row> posts = CuratedPosts.withoutJson(enriched);
            CuratedPosts.overwrite(posts, args.zones().posts());
            if (args.es() != null) {
                ElasticsearchClient client = args.es().client();
                try {
                    IndexSwap swap = new IndexSwap(client, args.es().prefix(), clock);
                    String fresh = swap.create(SasandoIndex.POSTS);
                    index(documents(enriched), posts, fresh);
                    swap.swap(SasandoIndex.POSTS, fresh);
                } finally {
                    EsClients.close(client);
                }
                esPending.delete();
                indexed += n;
            }
            tagged += n;
            taggedVersion.write(version);
            log.info("re-tag with {}: {} posts in {} s", version, n,
                    String.format("%.1f", (System.nanoTime() - start) / 1e9));
        } finally {
            enriched.unpersist();
        }
    }

    private void loadCuratedIntoElasticsearch() {
        Dataset<Row> posts = CuratedPosts.read(spark, args.zones().posts()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            index(posts.toJSON(), posts, SasandoIndex.POSTS.alias(args.es().prefix()));
            long n = posts.count();
            indexed += n;
            esPending.delete();
            log.info("loaded {} curated posts into Elasticsearch", n);
        } finally {
            posts.unpersist();
        }
    }

    /**
     * Indexes enriched posts into {@code index}, keeping the triage status the posts had behind the
     * alias (see {@link TriageCarryOver}).
     */
    private void index(Dataset<String> json, Dataset<Row> posts, String index) {
        ElasticsearchClient client = args.es().client();
        try {
            Map<String, String> triaged = TriageCarryOver.read(client, SasandoIndex.POSTS.alias(args.es().prefix()));
            ElasticsearchOutput.write(json, args.es(), index);
            if (!triaged.isEmpty()) {
                List<String> touched = posts.select(col(PostFields.ID))
                        .where(col(PostFields.ID).isin(triaged.keySet().toArray()))
                        .as(Encoders.STRING()).collectAsList();
                TriageCarryOver.restore(client, index, touched.stream()
                        .collect(Collectors.toMap(id -> id, triaged::get, (a, b) -> a)));
            }
        } finally {
            EsClients.close(client);
        }
    }

    private String landingGlob() {
        String root = args.zones().landing();
        return (root.endsWith("/") ? root : root + "/") + LandingZone.GLOB;
    }

    private boolean landingExists() throws IOException {
        Path glob = new Path(landingGlob());
        FileSystem fs = glob.getFileSystem(spark.sparkContext().hadoopConfiguration());
        FileStatus[] matches = fs.globStatus(glob);
        return matches != null && matches.length > 0;
    }

    private void mkdirs(String dir) {
        try {
            Path path = new Path(dir);
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).mkdirs(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}

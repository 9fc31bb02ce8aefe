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
import id.go.kupangkota.sasando.spark.common.JobProgress;
import id.go.kupangkota.sasando.spark.common.PipelineLock;
import id.go.kupangkota.sasando.spark.common.Marker;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Options;
import id.go.kupangkota.sasando.spark.common.Sessions;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

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
 * Each batch, in one pass: tag, index by post id (idempotent), append to the curated zone.
 *
 * <p>A post fetched more than once (a source refreshes its engagement counts) may land several times,
 * in one input or across runs, and in any order. Every copy is tagged; the latest fetch wins on both
 * outputs without a second look at the input: Elasticsearch keeps the document with the highest
 * version, which is the fetch time ({@link EnrichPartition}), and the curated zone's reads take the
 * latest fetch of each id ({@link CuratedPosts#latestPerId}). A copy another source delivered (an X
 * post imported from another tool's export) never replaces the X source's own copy, on both outputs.
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
        static final List<String> FLAGS = List.of("once", "continuous", "retag", "es-only", EsTarget.NO_ES);

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
            if (o.has("es-only") && o.has(EsTarget.NO_ES)) {
                throw new IllegalArgumentException("--es-only and --no-es contradict each other");
            }
            return new Args(Zones.of(settings, o), EsTarget.unlessNoEs(o, settings),
                    modes.isEmpty() ? Mode.ONCE : modes.get(0), o.getDuration("interval", Duration.ofSeconds(30)),
                    o.getInt("max-files", 1_000));
        }
    }

    /**
     * What one run did, for the log and the tests; {@code superseded}: documents Elasticsearch did not
     * take because it holds a later fetch of the post; {@code taggerCpuSeconds}: CPU time inside the tagger.
     */
    public record Result(long batches, long lines, long tagged, long rejected, long indexed, long superseded,
                         double taggerCpuSeconds) {
    }

    /**
     * Called on the driver at the end of each micro-batch, before the next one starts: a benchmark
     * times the bare tagger there, between batches, so both see the machine at the same speed.
     */
    @FunctionalInterface
    public interface AfterBatch {
        AfterBatch NONE = (batchId, tagged) -> { };

        void afterBatch(long batchId, long tagged);
    }

    private final SparkSession spark;
    private final Args args;
    private final Clock clock;
    private final AfterBatch afterBatch;
    private final EnrichPartition.Counters counters;
    private final Marker taggedVersion;
    private final Marker esPending;
    private Broadcast<SerializableConfiguration> hadoop;
    private long batches, tagged, indexed;

    private EnrichJob(SparkSession spark, Args args, Clock clock, AfterBatch afterBatch) {
        this.spark = spark;
        this.args = args;
        this.clock = clock;
        this.afterBatch = afterBatch;
        this.counters = new EnrichPartition.Counters(spark.sparkContext().longAccumulator("landing lines"),
                spark.sparkContext().longAccumulator("landing lines rejected"),
                spark.sparkContext().longAccumulator("posts the tagger failed on"),
                spark.sparkContext().longAccumulator("posts tagged"),
                spark.sparkContext().longAccumulator("tagger CPU ns"),
                spark.sparkContext().longAccumulator("documents superseded by a later fetch"));
        this.taggedVersion = new Marker(args.zones().taggerVersion(),
                spark.sparkContext().hadoopConfiguration());
        this.esPending = new Marker(args.zones().checkpoint("enrich-es-pending"),
                spark.sparkContext().hadoopConfiguration());
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, SasandoSettings.fromEnvironment());
        JobFailure.exitOnFailure("sasando enrich", "./sasando enrich", args.es() == null ? null : args.es().url(),
                () -> Sessions.run("sasando-enrich", spark -> JobFailure.stage("enrich", () -> run(spark, args))));
    }

    public static Result run(SparkSession spark, Args args) throws Exception {
        return run(spark, args, AfterBatch.NONE);
    }

    /** As {@link #run(SparkSession, Args)}, calling {@code afterBatch} at the end of each streaming batch. */
    public static Result run(SparkSession spark, Args args, AfterBatch afterBatch) throws Exception {
        return new EnrichJob(spark, args, Clock.systemUTC(), afterBatch).run();
    }

    private Result run() throws Exception {
        try (PipelineLock lock = PipelineLock.acquire(args.zones().checkpoints())) {
            return runLocked();
        }
    }

    private Result runLocked() throws Exception {
        if (args.es() != null) {
            args.es().requireReachable();
            args.es().bootstrap(SasandoIndex.POSTS);
            removeUnfinishedIndices();
        } else if (args.mode() == Mode.ES_ONLY) {
            throw new IllegalArgumentException("--es-only needs Elasticsearch");
        }
        CuratedPosts.removeUnfinished(spark, args.zones().posts());
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
                checkZoneAndCheckpoint();
                stream();
            }
        }
        return new Result(batches, counters.lines().value(), tagged, counters.rejected().value(), indexed,
                counters.superseded().value(), counters.taggerNanos().value() / 1e9);
    }

    /**
     * The indices of re-tags that did not finish: a re-tag started by hand ({@code --retag}) and interrupted is
     * not started again on its own, so its partial copy of every post would stay on the disk until the next.
     */
    private void removeUnfinishedIndices() {
        ElasticsearchClient client = args.es().client();
        try {
            new IndexSwap(client, args.es().prefix(), clock).removeUnfinished(SasandoIndex.POSTS);
        } finally {
            EsClients.close(client);
        }
    }

    // ---- the steps ----

    /**
     * Tags landing lines and writes the posts into the curated zone {@code zone}; with a sink, each
     * post is also indexed on the way. One pass, in the tasks: nothing comes back to the driver.
     */
    public static void tag(Dataset<String> lines, Instant taggedAt, EnrichPartition.Counters counters,
                           String zone, EnrichPartition.EsSink sink) {
        tag(lines, taggedAt, counters, new EnrichPartition.CuratedSink(zone, hadoop(lines.sparkSession())), sink);
    }

    private static void tag(Dataset<String> lines, Instant taggedAt, EnrichPartition.Counters counters,
                            EnrichPartition.CuratedSink curated, EnrichPartition.EsSink sink) {
        lines.foreachPartition(new EnrichPartition(taggedAt, counters, curated, sink));
    }

    /** The session's Hadoop settings, shipped to the executors for writing Parquet. */
    private static Broadcast<SerializableConfiguration> hadoop(SparkSession spark) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    }

    /** @param step what progress reports call it ({@link JobProgress}) */
    private void enrich(String step, Dataset<String> landingLines, Instant taggedAt, String zone, String index) {
        if (hadoop == null) { // once per job, not per batch
            hadoop = hadoop(spark);
        }
        try (JobProgress progress = JobProgress.start(spark.sparkContext(), step, counters.tagged(),
                JobProgress.inputBytes(landingLines))) {
            tag(landingLines, taggedAt, counters, new EnrichPartition.CuratedSink(zone, hadoop),
                    index == null ? null : sink(index));
        }
    }

    /** Indexing into {@code index}, keeping the triage status the posts have behind the alias now. */
    private EnrichPartition.EsSink sink(String index) {
        ElasticsearchClient client = args.es().client();
        try {
            Map<String, String> triaged = TriageCarryOver.read(client, SasandoIndex.POSTS.alias(args.es().prefix()));
            return new EnrichPartition.EsSink(args.es(), index,
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new HashMap<>(triaged)));
        } finally {
            EsClients.close(client);
        }
    }

    // ---- the modes ----

    /**
     * The curated zone and the stream's checkpoint belong together: the checkpoint says which landing
     * files are in the zone. One deleted by hand without the other is said here, before anything is
     * written, with what to run.
     */
    private void checkZoneAndCheckpoint() throws IOException {
        String zone = args.zones().posts();
        String checkpoint = args.zones().checkpoint("enrich");
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path commits = new Path(checkpoint, "commits");
        FileSystem fs = commits.getFileSystem(conf);
        boolean batchesDone = fs.exists(commits) && fs.listStatus(commits, p -> !p.getName().startsWith(".")).length > 0;
        Path posts = new Path(zone);
        boolean zoneExists = posts.getFileSystem(conf).exists(posts);
        if (batchesDone && !zoneExists) {
            throw new JobFailure.ActionNeeded("the curated zone " + zone + " is missing, although the enrich checkpoint "
                    + checkpoint + " says landing files were taken in. Run ./sasando pipeline --retag: it rebuilds the"
                    + " curated zone (and the posts index) from the landing zone.", null);
        }
        if (!batchesDone && zoneExists && CuratedPosts.hasFiles(spark, zone)) {
            log.warn("no enrich checkpoint at {} although the curated zone {} holds posts: every landing file is read"
                    + " again. Elasticsearch keeps one document per post; the curated zone gets a second row per post,"
                    + " which every read ignores (./sasando pipeline --retag compacts it).", checkpoint, zone);
        }
    }

    /** A failure that Spark's checkpoint files caused (damaged by hand): what to move aside and run. */
    private RuntimeException damagedCheckpoint(Exception e) {
        String checkpoint = args.zones().checkpoint("enrich");
        String local = new Path(checkpoint).toUri().getPath();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (JobFailure.elasticsearchUnreachable(e) || !String.valueOf(root.getMessage()).contains(local)) {
            return null;
        }
        URI uri = new Path(checkpoint).toUri();
        String mv = uri.getScheme() == null || uri.getScheme().equals("file")
                ? " (mv " + local + " " + local + ".damaged)" : "";
        return new JobFailure.ActionNeeded("the enrich checkpoint " + checkpoint + " is damaged ("
                + root.getClass().getSimpleName() + "). Move it aside" + mv + " and"
                + " run ./sasando pipeline again: every landing file is then read again, which Elasticsearch takes"
                + " without harm; the curated zone gets a second row per post, which every read ignores"
                + " (./sasando pipeline --retag compacts it).", e);
    }

    private void stream() throws Exception {
        try {
            startStream();
        } catch (Exception e) {
            RuntimeException damaged = damagedCheckpoint(e);
            throw damaged == null ? e : damaged;
        }
    }

    private void startStream() throws Exception {
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

    /**
     * One micro-batch of new landing files, in one pass: read, tag, index, append to the curated zone.
     * Runs on the driver. A failure fails the batch before the checkpoint moves and before any of its
     * curated files enter the zone ({@link CuratedPosts#batchStaging}), so the next run takes the same
     * files again and the zone gets each row once (indexing by id makes the documents harmless).
     */
    private final class Batch implements VoidFunction2<Dataset<Row>, Long> {
        @Override
        public void call(Dataset<Row> files, Long batchId) {
            long start = System.nanoTime();
            long linesBefore = counters.lines().value();
            long rejectedBefore = counters.rejected().value();
            long taggedBefore = counters.tagged().value();
            long taggerNanosBefore = counters.taggerNanos().value();
            long supersededBefore = counters.superseded().value();
            String index = args.es() == null ? null : SasandoIndex.POSTS.alias(args.es().prefix());
            // the tasks write beside the zone; their files go in only once every task succeeded
            String staging = CuratedPosts.batchStaging(spark, args.zones().posts(), batchId);
            try {
                enrich("enrich batch " + batchId, files.as(Encoders.STRING()), clock.instant(), staging, index);
            } catch (RuntimeException e) {
                CuratedPosts.discard(spark, staging);
                throw e;
            }
            CuratedPosts.publish(spark, staging, args.zones().posts());
            long n = counters.tagged().value() - taggedBefore;
            long superseded = counters.superseded().value() - supersededBefore;
            long written = index == null ? 0 : n - superseded;
            if (index == null && n > 0) {
                esPending.write("batch " + batchId);
            }
            batches++;
            tagged += n;
            indexed += written;
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            log.info("enrich batch {}: {} lines in, {} rejected, {} posts tagged, {} written to Elasticsearch"
                            + " ({} older fetches of a post not taken), {} s, {} posts/s (the tagger: {} CPU-µs per post)",
                    batchId, counters.lines().value() - linesBefore, counters.rejected().value() - rejectedBefore, n,
                    written, superseded,
                    String.format("%.1f", seconds), String.format("%.0f", n / seconds),
                    String.format("%.0f", n == 0 ? 0.0 : (counters.taggerNanos().value() - taggerNanosBefore) / 1e3 / n));
            afterBatch.afterBatch(batchId, n);
        }
    }

    private void retag(String version) throws IOException {
        long start = System.nanoTime();
        Instant taggedAt = clock.instant();
        Dataset<String> landing = landingExists() ? spark.read().textFile(landingGlob())
                : spark.emptyDataset(Encoders.STRING());
        long taggedBefore = counters.tagged().value();
        long supersededBefore = counters.superseded().value();
        if (args.es() != null) {
            ElasticsearchClient client = args.es().client();
            try {
                IndexSwap swap = new IndexSwap(client, args.es().prefix(), clock);
                String fresh = swap.create(SasandoIndex.POSTS);
                try {
                    String staging = CuratedPosts.staging(spark, args.zones().posts(), clock);
                    enrich("re-tag", landing, taggedAt, staging, fresh);
                    CuratedPosts.replace(spark, staging, args.zones().posts(), clock);
                    swap.swap(SasandoIndex.POSTS, fresh);
                } catch (RuntimeException e) {
                    swap.discard(SasandoIndex.POSTS, fresh);
                    throw e;
                }
            } finally {
                EsClients.close(client);
            }
            esPending.delete();
        } else {
            String staging = CuratedPosts.staging(spark, args.zones().posts(), clock);
            enrich("re-tag", landing, taggedAt, staging, null);
            CuratedPosts.replace(spark, staging, args.zones().posts(), clock);
        }
        long n = counters.tagged().value() - taggedBefore;
        tagged += n;
        indexed += args.es() != null ? n - (counters.superseded().value() - supersededBefore) : 0;
        taggedVersion.write(version);
        log.info("re-tag with {}: {} posts in {} s", version, n,
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    private void loadCuratedIntoElasticsearch() {
        Dataset<Row> posts = CuratedPosts.read(spark, args.zones().posts()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ElasticsearchClient client = args.es().client();
            String alias = SasandoIndex.POSTS.alias(args.es().prefix());
            try {
                Map<String, String> triaged = TriageCarryOver.read(client, alias);
                try (JobProgress progress = JobProgress.start(spark.sparkContext(),
                        "loading the curated zone into Elasticsearch", null)) {
                    ElasticsearchOutput.write(posts.toJSON(), args.es(), alias);
                }
                if (!triaged.isEmpty()) {
                    List<String> touched = posts.select(col(PostFields.ID))
                            .where(col(PostFields.ID).isin(triaged.keySet().toArray()))
                            .as(Encoders.STRING()).collectAsList();
                    TriageCarryOver.restore(client, alias, touched.stream()
                            .collect(Collectors.toMap(id -> id, triaged::get, (a, b) -> a)));
                }
            } finally {
                EsClients.close(client);
            }
            long n = posts.count();
            indexed += n;
            esPending.delete();
            log.info("loaded {} curated posts into Elasticsearch", n);
        } finally {
            posts.unpersist();
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

package id.go.kupangkota.sasando.spark.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.Options;
import id.go.kupangkota.sasando.spark.common.Sessions;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.spark.enrich.EnrichJob;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import java.util.Map;

/**
 * Issue #4's benchmark: N generated posts from the landing zone through {@link EnrichJob} into
 * Elasticsearch, and the same posts through {@link Tagger#enrich} in a plain loop on one thread.
 *
 * <pre>
 * EnrichBenchmark [--posts 1000000] [--files 200] [--bare N (default: all posts)] [--max-files 20]
 *                 [--home DIR (default: a new temp dir)] [--no-es] [--keep]
 * </pre>
 * Elasticsearch from the usual settings ({@code SASANDO_ES_URL}); indices under a fresh
 * {@code bench-<time>-} prefix; they and the temporary home are deleted at the end unless {@code --keep}. Reports posts/s of both
 * and the ratio of Spark's per-core rate to the bare tagger's (the aim: at least 0.5).
 */
public final class EnrichBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] argv) throws Exception {
        Options o = Options.parse(argv, List.of("posts", "files", "bare", "max-files", "home"), List.of(EsTarget.NO_ES, "keep"));
        int n = o.getInt("posts", 1_000_000);
        int files = o.getInt("files", 200);
        int bareN = Math.min(n, o.getInt("bare", n));
        boolean tempHome = o.get("home", null) == null;
        Path home = tempHome ? Files.createTempDirectory("sasando-bench") : Path.of(o.get("home", null));
        SasandoSettings settings = SasandoSettings.fromEnvironment().withHome(home.toAbsolutePath())
                .withIndexPrefix("bench-" + Instant.now().getEpochSecond() + "-");

        long t0 = System.nanoTime();
        List<Post> posts = new LandingGenerator().write(settings.landingDir(), n, files, bareN);
        report("generated %,d posts in %d landing files under %s: %.1f s", n, files, settings.landingDir(), seconds(t0));

        // bare tagger: one thread, the same posts, after loading the tagger and warming the JIT
        Tagger tagger = Tagger.shared();
        Instant taggedAt = Instant.now();
        for (int i = 0; i < Math.min(20_000, posts.size()); i++) {
            tagger.enrich(posts.get(i), taggedAt);
        }
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        long sink = 0;
        for (Post p : posts) {
            sink += tagger.enrich(p, taggedAt).terms().size();
        }
        double bareSeconds = seconds(t1);
        double bareCpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9;
        double bareRate = posts.size() / bareSeconds;
        double bareCpuRate = posts.size() / bareCpuSeconds;
        report("bare tagger, 1 thread: %,d posts in %.1f s = %,.0f posts/s; %.1f CPU s = %,.0f posts per CPU second"
                + " (%d terms)", posts.size(), bareSeconds, bareRate, bareCpuSeconds, bareCpuRate, sink);
        int threads = Runtime.getRuntime().availableProcessors();
        double[] allCores = bareOnEveryCore(tagger, posts, taggedAt, threads);
        report("bare tagger, %d threads at once: %,.0f posts/s = %,.0f per core; %,.0f posts per CPU second",
                threads, allCores[0], allCores[0] / threads, allCores[1]);
        posts = null; // the Spark run does not need them in memory

        SparkSession spark = Sessions.create("sasando-enrich-benchmark");
        try {
            int cores = spark.sparkContext().defaultParallelism();
            EsTarget es = EsTarget.unlessNoEs(o, settings);
            EnrichJob.Args args = new EnrichJob.Args(Zones.of(settings), es, EnrichJob.Mode.ONCE, Duration.ZERO,
                    o.getInt("max-files", 20));
            long t2 = System.nanoTime();
            long cpu2 = PROCESS.getProcessCpuTime();
            Map<String, Double> threadsBefore = ThreadCpu.snapshot();
            BatchCpu batchCpu = new BatchCpu(t2, cpu2);
            spark.streams().addListener(batchCpu);
            EnrichJob.Result result = EnrichJob.run(spark, args);
            double sparkSeconds = seconds(t2);
            double sparkCpuSeconds = (PROCESS.getProcessCpuTime() - cpu2) / 1e9;
            double sparkRate = result.tagged() / sparkSeconds;
            double sparkCpuRate = result.tagged() / sparkCpuSeconds;
            report("spark enrich (%d cores, %s): %,d posts tagged, %,d indexed in %.1f s = %,.0f posts/s (%,.0f per core);"
                            + " the Spark JVM used %.1f CPU s = %,.0f posts per CPU second",
                    cores, es == null ? "Parquet only" : "Parquet + Elasticsearch", result.tagged(), result.indexed(),
                    sparkSeconds, sparkRate, sparkRate / cores, sparkCpuSeconds, sparkCpuRate);
            report("CPU seconds of the Spark run by thread kind (Linux /proc, live threads): %s", ThreadCpu.since(threadsBefore));
            spark.sparkContext().listenerBus().waitUntilEmpty(); // the last batch's progress event
            double[] steady = batchCpu.afterFirst(result.tagged());
            if (steady != null) {
                report("steady state (batches after the first, JIT warm): %,.0f posts in %.1f s = %,.0f posts/s (%,.0f per core);"
                                + " %.1f CPU s = %,.0f posts per CPU second; ratio to the bare tagger %.2f (wall clock / cores),"
                                + " %.2f (per CPU second)", steady[0], steady[1], steady[0] / steady[1],
                        steady[0] / steady[1] / cores, steady[2], steady[0] / steady[2],
                        (steady[0] / steady[1] / cores) / bareRate, (steady[0] / steady[2]) / bareCpuRate);
            }
            // wall clock per core counts the cores Elasticsearch takes on the same machine against Spark;
            // CPU seconds of the Spark JVM (driver, executors, GC, JIT) against the tagger thread's do not
            report("ratio of per-core rates, spark / bare tagger: %.2f (wall clock / cores), %.2f (per CPU second)",
                    (sparkRate / cores) / bareRate, sparkCpuRate / bareCpuRate);
            if (es != null) {
                ElasticsearchClient client = es.client();
                try {
                    String alias = SasandoIndex.POSTS.alias(settings.indexPrefix());
                    client.indices().refresh(r -> r.index(alias));
                    report("documents in %s: %,d", alias, client.count(c -> c.index(alias)).count());
                    if (!o.has("keep")) {
                        for (String index : client.indices().getAlias(g -> g.name(alias)).result().keySet()) {
                            client.indices().delete(d -> d.index(index));
                        }
                    }
                } finally {
                    EsClients.close(client);
                }
            }
        } finally {
            spark.stop();
            if (tempHome && !o.has("keep")) {
                deleteRecursively(home);
            }
        }
    }

    /**
     * The tagger on {@code threads} threads at once over the same posts (each its share): what the
     * tagger does per core when every core is busy, as Spark's task threads are.
     * @return posts per second (wall clock), posts per CPU second of the threads
     */
    private static double[] bareOnEveryCore(Tagger tagger, List<Post> posts, Instant taggedAt, int threads)
            throws InterruptedException {
        long[] cpu = new long[threads];
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            workers[t] = new Thread(() -> {
                long before = THREADS.getCurrentThreadCpuTime();
                for (int i = slice; i < posts.size(); i += threads) {
                    tagger.enrich(posts.get(i), taggedAt);
                }
                cpu[slice] = THREADS.getCurrentThreadCpuTime() - before;
            }, "bare-tagger-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double wall = seconds(start);
        double cpuSeconds = java.util.Arrays.stream(cpu).sum() / 1e9;
        return new double[]{posts.size() / wall, posts.size() / cpuSeconds};
    }

    /**
     * Wall clock and CPU time of the Spark JVM at the end of each streaming batch, so the benchmark
     * can also report the batches after the first: the first pays for loading classes and for the
     * JIT compiling Spark's, Parquet's and the job's code, which a long-running job pays once.
     */
    private static final class BatchCpu extends StreamingQueryListener {
        private final List<long[]> ends = new java.util.concurrent.CopyOnWriteArrayList<>();

        BatchCpu(long startNanos, long startCpu) {
            ends.add(new long[]{startNanos, startCpu, 0});
        }

        @Override
        public void onQueryProgress(QueryProgressEvent event) {
            if (event.progress().numInputRows() > 0) {
                ends.add(new long[]{System.nanoTime(), PROCESS.getProcessCpuTime(), event.progress().numInputRows()});
            }
        }

        @Override
        public void onQueryStarted(QueryStartedEvent event) {
        }

        @Override
        public void onQueryTerminated(QueryTerminatedEvent event) {
        }

        /**
         * {posts, wall seconds, CPU seconds} of every batch after the first, or null with fewer than 2
         * batches. Spark counts a batch's input rows once per pass over it (the dedup keys, then the
         * tagging), the same for every batch, so the batches' share of the input rows is their share of
         * the {@code tagged} posts.
         */
        double[] afterFirst(long tagged) {
            if (ends.size() < 3) {
                return null;
            }
            long[] first = ends.get(1);
            long[] last = ends.get(ends.size() - 1);
            double rows = ends.subList(1, ends.size()).stream().mapToLong(e -> e[2]).sum();
            double rowsAfterFirst = ends.subList(2, ends.size()).stream().mapToLong(e -> e[2]).sum();
            return new double[]{tagged * rowsAfterFirst / rows, (last[0] - first[0]) / 1e9, (last[1] - first[1]) / 1e9};
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}

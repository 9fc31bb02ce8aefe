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
import java.util.Map;

/**
 * Issue #4's benchmark: N generated posts from the landing zone through {@link EnrichJob} into
 * Elasticsearch, and the same posts through {@link Tagger#enrich} in a plain loop on one thread.
 *
 * <pre>
 * EnrichBenchmark [--posts 1000000] [--files 200] [--bare N (default: all posts)] [--max-files 20]
 *                 [--warmup N (default: as many as --posts; 0: none; may exceed --posts)]
 *                 [--slice N (bare posts timed between batches; default 50000)]
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
        Options o = Options.parse(argv, List.of("posts", "files", "bare", "max-files", "home", "warmup", "slice"), List.of(EsTarget.NO_ES, "keep"));
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

        // bare tagger: one thread, the same posts, after loading the tagger and warming the JIT (long
        // enough that the JVM's CPU during the timing is the tagger's, not the compiler's)
        Tagger tagger = Tagger.shared();
        Instant taggedAt = Instant.now();
        for (int i = 0; i < Math.min(100_000, posts.size()); i++) {
            tagger.enrich(posts.get(i), taggedAt);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Bare before = Bare.of(tagger, posts, taggedAt, threads, "before Spark");
        // only the posts the paired timings use stay in the heap while Spark runs; the rest are made again after
        int sliceSize = Math.max(1, Math.min(o.getInt("slice", 50_000), posts.size()));
        List<Post> slicePosts = new java.util.ArrayList<>(posts.subList(0, sliceSize));
        posts = null;

        SparkSession spark = Sessions.create("sasando-enrich-benchmark");
        try {
            int cores = spark.sparkContext().defaultParallelism();
            int maxFiles = o.getInt("max-files", 20);
            boolean noEs = o.has(EsTarget.NO_ES);
            // the bare tagger is timed after a JIT warm-up; so is Spark, by a first run of the same job
            // in this JVM over as many other posts (loading classes, compiling Spark's, Parquet's and
            // the job's code, as a long-running --continuous job has long done), reported as the cold figure
            int warmup = Math.max(0, o.getInt("warmup", n));
            SparkRun cold = null;
            if (warmup > 0) {
                SasandoSettings warm = settings.withHome(home.resolve("warmup").toAbsolutePath())
                        .withIndexPrefix(settings.indexPrefix() + "warmup-");
                new LandingGenerator().write(warm.landingDir(), warmup, Math.max(1, (int) ((long) files * warmup / n)), 0);
                cold = SparkRun.of(spark, warm, noEs, maxFiles, null);
                cold.deleteIndices(o.has("keep"));
            }
            // the bare tagger timed again before the first batch and after each, on as many of the same
            // posts: each batch is set against the slices timed just before and after it, seconds apart
            Paired paired = new Paired(tagger, slicePosts, taggedAt);
            paired.slice();
            SparkRun run = SparkRun.of(spark, settings, noEs, maxFiles, paired);
            // the VM's speed drifts by a tenth or more within minutes: timing the bare tagger again after
            // Spark and taking the mean keeps the drift out of the ratios
            posts = new LandingGenerator().posts(n, files, bareN);
            Bare after = Bare.of(tagger, posts, taggedAt, threads, "after Spark");
            Bare bare = before.mean(after);
            report("bare tagger, mean of before and after: %.1f CPU-µs per post on one thread (%.1f of the JVM), %.1f on"
                    + " every core at once (%.1f of the JVM) (CPU per post after ÷ before: %.2f)", 1e6 / bare.cpuRate(),
                    1e6 / bare.jvmCpuRate(), 1e6 / bare.allCoresCpuRate(), 1e6 / bare.allCoresJvmCpuRate(),
                    before.cpuRate() / after.cpuRate());
            if (cold != null) {
                report("cold: the first Spark run in this JVM, %,d posts: %,.0f posts/s (%,.0f per core), %,.0f posts per CPU"
                                + " second; ratio of per-core rates to the bare tagger %.2f (wall clock / cores), %.2f (per CPU second of the JVM);"
                                + " CPU-µs per post: %s", cold.result().tagged(), cold.rate(), cold.rate() / cores,
                        cold.cpuRate(), cold.rate() / cores / bare.rate(), cold.cpuRate() / bare.jvmCpuRate(), cold.perPost());
            }
            report("spark enrich (%d cores, %s%s): %,d posts tagged, %,d indexed in %.1f s = %,.0f posts/s (%,.0f per core);"
                            + " the Spark JVM used %.1f CPU s = %,.0f posts per CPU second",
                    cores, noEs ? "Parquet only" : "Parquet + Elasticsearch", warmup > 0 ? ", JIT warm" : "",
                    run.result().tagged(), run.result().indexed(), run.seconds(), run.rate(), run.rate() / cores,
                    run.cpuSeconds(), run.cpuRate());
            report("CPU-µs per post in the Spark run: %s", run.perPost());
            if (run.es() != null) {
                // the indexing the run causes, from Elasticsearch's node stats: on one machine, the CPU that
                // Elasticsearch takes from Spark's cores, which the ratios per CPU second of the JVM leave out
                double both = 1e6 / run.cpuRate() + run.esMicrosPerPost();
                report("Elasticsearch's processes (node stats) used %.1f CPU s during the run = %.1f CPU-µs per post;"
                                + " the Spark JVM and Elasticsearch together %.1f CPU-µs per post: ratio to the bare tagger"
                                + " %.2f (per CPU second of both)", run.esCpuSeconds(), run.esMicrosPerPost(), both,
                        (1e6 / both) / bare.jvmCpuRate());
            }
            double[] steady = paired.afterFirst();
            if (steady != null) {
                report("batches after the first: %,.0f posts in %.1f s = %,.0f posts/s (%,.0f per core);"
                                + " %.1f CPU s = %,.0f posts per CPU second; ratio to the bare tagger %.2f (wall clock / cores),"
                                + " %.2f (per CPU second of the JVM), %.2f (against the tagger thread's)", steady[0], steady[1],
                        steady[0] / steady[1], steady[0] / steady[1] / cores, steady[2], steady[0] / steady[2],
                        (steady[0] / steady[1] / cores) / bare.rate(), (steady[0] / steady[2]) / bare.jvmCpuRate(),
                        (steady[0] / steady[2]) / bare.cpuRate());
            }
            // wall clock per core counts the cores Elasticsearch takes on the same machine against Spark;
            // CPU seconds of the Spark JVM (driver, executors, GC, JIT) do not. Like with like, the bare
            // tagger's CPU is the JVM's too (its GC and JIT); against the tagger thread's alone as well
            report("ratio of per-core rates, spark / bare tagger: %.2f (wall clock / cores), %.2f (per CPU second of the"
                            + " JVM, both), %.2f (against the tagger thread's CPU); against the bare tagger on every core"
                            + " at once: %.2f, %.2f, %.2f",
                    (run.rate() / cores) / bare.rate(), run.cpuRate() / bare.jvmCpuRate(), run.cpuRate() / bare.cpuRate(),
                    (run.rate() / cores) / (bare.allCoresRate() / threads), run.cpuRate() / bare.allCoresJvmCpuRate(),
                    run.cpuRate() / bare.allCoresCpuRate());
            paired.report();
            if (run.es() != null) {
                report("documents in %s: %,d", run.alias(), run.documents());
            }
            run.deleteIndices(o.has("keep"));
        } finally {
            spark.stop();
            if (tempHome && !o.has("keep")) {
                deleteRecursively(home);
            }
        }
    }

    /**
     * One run of the enrich job ({@code --once}) over a landing zone, with its timings: wall clock, the
     * JVM's CPU time, the tasks' CPU time (Spark's task metrics), the tagger's share of it (the job's
     * counter) and the CPU of the JVM's other threads by kind (from /proc).
     */
    private record SparkRun(EnrichJob.Result result, EsTarget es, String alias, double seconds, double cpuSeconds,
                            double taskCpuSeconds, Map<String, String> threads, double esCpuSeconds) {
        /** @param paired times the bare tagger between batches (its CPU and time are taken out of the run's), or null */
        static SparkRun of(SparkSession spark, SasandoSettings settings, boolean noEs, int maxFiles, Paired paired)
                throws Exception {
            EsTarget es = noEs ? null : EsTarget.of(settings);
            EnrichJob.Args args = new EnrichJob.Args(Zones.of(settings), es, EnrichJob.Mode.ONCE, Duration.ZERO, maxFiles);
            double esCpu = es == null ? Double.NaN : esCpuSeconds(es);
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            double[] slicesBefore = paired == null ? new double[3] : paired.totals();
            TaskCpu taskCpu = new TaskCpu();
            spark.sparkContext().addSparkListener(taskCpu);
            try (ThreadCpu threadCpu = ThreadCpu.start()) {
                if (paired != null) {
                    paired.notSpark(threadCpu::ownCpuNanos);
                }
                EnrichJob.Result result = EnrichJob.run(spark, args, paired == null ? EnrichJob.AfterBatch.NONE : paired);
                double[] slices = paired == null ? new double[3] : paired.totals();
                double seconds = EnrichBenchmark.seconds(start) - (slices[0] - slicesBefore[0]) / 1e9;
                long jvmCpu = PROCESS.getProcessCpuTime() - cpu;
                threadCpu.close();
                Map<String, Double> byKind = threadCpu.byKind();
                // neither the slices (on the streaming driver's thread) nor the sampler are Spark's work
                byKind.computeIfPresent("streaming driver", (k, v) -> v - (slices[2] - slicesBefore[2]) / 1e9);
                double sampler = byKind.getOrDefault(ThreadCpu.OWN, 0.0);
                double cpuSeconds = (jvmCpu - (slices[1] - slicesBefore[1])) / 1e9 - sampler;
                Map<String, String> threads = new java.util.TreeMap<>();
                byKind.forEach((kind, v) -> threads.put(kind, String.format("%.1f s", v)));
                spark.sparkContext().listenerBus().waitUntilEmpty(); // the last batch's task events
                return new SparkRun(result, es, SasandoIndex.POSTS.alias(settings.indexPrefix()), seconds, cpuSeconds,
                        taskCpu.nanos.sum() / 1e9, threads, es == null ? Double.NaN : esCpuSeconds(es) - esCpu);
            } finally {
                spark.sparkContext().removeSparkListener(taskCpu);
            }
        }

        /** CPU-µs per post: the tagger inside the tasks, the rest of the tasks, everything else in the JVM. */
        String perPost() {
            double n = Math.max(1, result.tagged());
            return String.format("tagger %.1f, rest of the tasks %.1f, outside the tasks %.1f (%s)",
                    result.taggerCpuSeconds() * 1e6 / n, (taskCpuSeconds - result.taggerCpuSeconds()) * 1e6 / n,
                    (cpuSeconds - taskCpuSeconds) * 1e6 / n, threads);
        }

        double rate() {
            return result.tagged() / seconds;
        }

        /** Elasticsearch's process CPU so far, all nodes (its merges after the last batch are not awaited). */
        private static double esCpuSeconds(EsTarget es) throws java.io.IOException {
            ElasticsearchClient client = es.client();
            try {
                return EsProcessCpu.seconds(client);
            } finally {
                EsClients.close(client);
            }
        }

        /** CPU-µs per post Elasticsearch's processes used during the run; NaN without Elasticsearch. */
        double esMicrosPerPost() {
            return esCpuSeconds * 1e6 / Math.max(1, result.tagged());
        }

        double cpuRate() {
            return result.tagged() / cpuSeconds;
        }

        long documents() throws java.io.IOException {
            ElasticsearchClient client = es.client();
            try {
                client.indices().refresh(r -> r.index(alias));
                return client.count(c -> c.index(alias)).count();
            } finally {
                EsClients.close(client);
            }
        }

        /** The run's index behind its alias, unless kept. */
        void deleteIndices(boolean keep) throws java.io.IOException {
            if (es == null || keep) {
                return;
            }
            ElasticsearchClient client = es.client();
            try {
                for (String index : client.indices().getAlias(g -> g.name(alias)).result().keySet()) {
                    client.indices().delete(d -> d.index(index));
                }
            } finally {
                EsClients.close(client);
            }
        }
    }

    /**
     * The bare tagger's rates: one thread (posts per second, per CPU second of the thread) and every
     * core at once (posts per second of all threads, per CPU second of the threads).
     */
    private record Bare(double rate, double cpuRate, double jvmCpuRate, double allCoresRate, double allCoresCpuRate,
                        double allCoresJvmCpuRate) {
        static Bare of(Tagger tagger, List<Post> posts, Instant taggedAt, int threads, String when)
                throws InterruptedException {
            Loop loop = Loop.run(tagger, posts, taggedAt);
            double seconds = loop.wallNanos() / 1e9;
            double cpuSeconds = loop.threadCpuNanos() / 1e9;
            double jvmCpuSeconds = loop.jvmCpuNanos() / 1e9;
            long sink = loop.terms();
            report("bare tagger %s, 1 thread: %,d posts in %.1f s = %,.0f posts/s; %.1f CPU s = %,.0f posts per CPU second"
                    + " of the thread, %.1f CPU s = %,.0f per CPU second of the JVM (%d terms)", when, posts.size(), seconds,
                    posts.size() / seconds, cpuSeconds, posts.size() / cpuSeconds, jvmCpuSeconds,
                    posts.size() / jvmCpuSeconds, sink);
            double[] allCores = bareOnEveryCore(tagger, posts, taggedAt, threads);
            report("bare tagger %s, %d threads at once: %,.0f posts/s = %,.0f per core; %,.0f posts per CPU second of the"
                            + " threads, %,.0f of the JVM", when, threads, allCores[0], allCores[0] / threads, allCores[1],
                    allCores[2]);
            return new Bare(posts.size() / seconds, posts.size() / cpuSeconds, posts.size() / jvmCpuSeconds,
                    allCores[0], allCores[1], allCores[2]);
        }

        /** Rates from the mean time per post of the two measurements. */
        Bare mean(Bare other) {
            return new Bare(harmonic(rate, other.rate), harmonic(cpuRate, other.cpuRate),
                    harmonic(jvmCpuRate, other.jvmCpuRate), harmonic(allCoresRate, other.allCoresRate),
                    harmonic(allCoresCpuRate, other.allCoresCpuRate),
                    harmonic(allCoresJvmCpuRate, other.allCoresJvmCpuRate));
        }

        private static double harmonic(double a, double b) {
            return 2 / (1 / a + 1 / b);
        }
    }

    /**
     * One timed pass of the bare tagger over {@code posts} on this thread: wall clock, this thread's CPU
     * and the JVM's CPU (in ns), the clock readings at its end, and the terms found (kept, so the JIT
     * cannot drop the work).
     */
    private record Loop(long wallNanos, long threadCpuNanos, long jvmCpuNanos, long wallAtEnd, long jvmCpuAtEnd,
                        long terms) {
        static Loop run(Tagger tagger, List<Post> posts, Instant taggedAt) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long jvmCpu = PROCESS.getProcessCpuTime();
            long terms = 0;
            for (Post post : posts) {
                terms += tagger.enrich(post, taggedAt).terms().size();
            }
            long jvmCpuAtEnd = PROCESS.getProcessCpuTime();
            long threadCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            long wallAtEnd = System.nanoTime();
            return new Loop(wallAtEnd - start, threadCpu, jvmCpuAtEnd - jvmCpu, wallAtEnd, jvmCpuAtEnd, terms);
        }
    }

    /**
     * The tagger on {@code threads} threads at once over the same posts (each its share): what the
     * tagger does per core when every core is busy, as Spark's task threads are.
     * @return posts per second (wall clock), posts per CPU second of the threads, of the JVM
     */
    private static double[] bareOnEveryCore(Tagger tagger, List<Post> posts, Instant taggedAt, int threads)
            throws InterruptedException {
        long[] cpu = new long[threads];
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        long jvmCpu = PROCESS.getProcessCpuTime();
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
        double jvmCpuSeconds = (PROCESS.getProcessCpuTime() - jvmCpu) / 1e9;
        double cpuSeconds = java.util.Arrays.stream(cpu).sum() / 1e9;
        return new double[]{posts.size() / wall, posts.size() / cpuSeconds, posts.size() / jvmCpuSeconds};
    }

    /**
     * The bare tagger timed between the Spark run's batches (on the driver, while no task runs), so each
     * batch has a bare figure taken within seconds of it: the VM's speed drifts by a tenth or more
     * within minutes, which the before-and-after means only average out. A batch's Spark CPU is the
     * JVM's CPU from the end of the slice before it to the start of the slice after it.
     */
    private static final class Paired implements EnrichJob.AfterBatch {
        private final Tagger tagger;
        private final List<Post> posts;
        private final Instant taggedAt;
        private long sliceEndNanos, sliceEndCpu;
        /** CPU-ns of the benchmark's own instruments (the thread sampler), not counted as the batches'. */
        private java.util.function.LongSupplier notSpark = () -> 0L;
        /** Wall-ns, JVM CPU-ns and the slicing thread's CPU-ns of all slices so far. */
        private long sliceNanos, sliceCpu, sliceThreadCpu;
        /** {JVM CPU-ns per post, thread CPU-ns per post} of each slice. */
        private final List<double[]> slices = new java.util.ArrayList<>();
        /** {posts, JVM CPU-ns, wall-ns} of each batch, from the end of the slice before it. */
        private final List<double[]> batches = new java.util.ArrayList<>();

        /** @param posts the posts of each slice */
        Paired(Tagger tagger, List<Post> posts, Instant taggedAt) {
            this.tagger = tagger;
            this.posts = posts;
            this.taggedAt = taggedAt;
        }

        @Override
        public void afterBatch(long batchId, long tagged) {
            if (tagged > 0) {
                batches.add(new double[]{tagged, PROCESS.getProcessCpuTime() - notSpark.getAsLong() - sliceEndCpu,
                        System.nanoTime() - sliceEndNanos});
                slice();
            }
        }

        void notSpark(java.util.function.LongSupplier cpuNanos) {
            this.notSpark = cpuNanos;
        }

        void slice() {
            Loop loop = Loop.run(tagger, posts, taggedAt);
            sliceEndCpu = loop.jvmCpuAtEnd() - notSpark.getAsLong();
            sliceEndNanos = loop.wallAtEnd();
            sliceCpu += loop.jvmCpuNanos();
            sliceNanos += loop.wallNanos();
            sliceThreadCpu += loop.threadCpuNanos();
            slices.add(new double[]{loop.jvmCpuNanos() / (double) posts.size(), loop.threadCpuNanos() / (double) posts.size()});
        }

        /** {wall-ns, JVM CPU-ns, thread CPU-ns} of all slices so far. */
        double[] totals() {
            return new double[]{sliceNanos, sliceCpu, sliceThreadCpu};
        }

        /** {posts, wall seconds, JVM CPU seconds} of the batches after the first, or null with fewer than 2. */
        double[] afterFirst() {
            if (batches.size() < 2) {
                return null;
            }
            double[] sum = new double[3];
            for (double[] batch : batches.subList(1, batches.size())) {
                sum[0] += batch[0];
                sum[1] += batch[2] / 1e9;
                sum[2] += batch[1] / 1e9;
            }
            return sum;
        }

        void report() {
            if (batches.isEmpty() || slices.size() != batches.size() + 1) {
                return;
            }
            double[] ratios = new double[batches.size()];
            double[] threadRatios = new double[batches.size()];
            StringBuilder each = new StringBuilder();
            for (int i = 0; i < batches.size(); i++) {
                double spark = batches.get(i)[1] / batches.get(i)[0];
                double bare = (slices.get(i)[0] + slices.get(i + 1)[0]) / 2;
                double bareThread = (slices.get(i)[1] + slices.get(i + 1)[1]) / 2;
                ratios[i] = bare / spark;
                threadRatios[i] = bareThread / spark;
                each.append(String.format("%s%.2f (%.1f / %.1f)", i == 0 ? "" : ", ", ratios[i], bare / 1e3, spark / 1e3));
            }
            double[] later = java.util.Arrays.copyOfRange(ratios, Math.min(1, ratios.length - 1), ratios.length);
            EnrichBenchmark.report("paired by batch (the bare tagger on %,d posts, one thread, just before and after each batch): ratio of"
                            + " per-core rates per CPU second of the JVM, spark / bare tagger: median %.2f, batches after the"
                            + " first %.2f (against the tagger thread's CPU: median %.2f);%n            by batch, ratio"
                            + " (bare / Spark CPU-µs per post): %s", posts.size(), median(ratios), median(later),
                    median(threadRatios), each);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int m = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        }
    }

    /** The CPU time of every Spark task that ends (Spark's own task metrics), however short-lived its thread. */
    private static final class TaskCpu extends org.apache.spark.scheduler.SparkListener {
        private final java.util.concurrent.atomic.LongAdder nanos = new java.util.concurrent.atomic.LongAdder();

        @Override
        public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
                nanos.add(end.taskMetrics().executorCpuTime());
            }
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

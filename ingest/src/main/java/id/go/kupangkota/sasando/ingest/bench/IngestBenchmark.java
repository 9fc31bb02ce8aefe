package id.go.kupangkota.sasando.ingest.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.demo.DemoCorpus;
import id.go.kupangkota.sasando.ingest.landing.LandingPosts;
import id.go.kupangkota.sasando.ingest.landing.PublishedLandingFiles;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.Sleeper;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.file.FileSource;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlists;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code sasando ingest bench --posts N [--rounds R]}: timed stages in a scratch data home
 * ({@code <home>/bench/<millis>}), printed as posts per second:
 * <ol>
 *   <li>generate N demo posts as JSONL;</li>
 *   <li>import the file into the landing zone (the file source through the real runner);</li>
 *   <li>load: the landing zone into a fresh posts index with core's {@link BulkWriter}: from the
 *       landing files on disk to every item of every bulk response checked;</li>
 *   <li>raw: the same documents (the same bytes, cut from the same landing lines), serialised
 *       beforehand into {@code _bulk} NDJSON bodies of the same size (2000 operations) and sent with
 *       the low-level RestClient with the same concurrency (2) into a fresh index with the same
 *       template: Elasticsearch's own indexing rate for these documents on this node.</li>
 * </ol>
 * Load and raw run R times, alternating which goes first (so warm-up favours neither). After each,
 * untimed, the index is refreshed, its count checked against the posts imported, and it is deleted,
 * so the next stage starts on an idle node. The ratio load / raw is taken over the totals of the run.
 * Last, end to end: the import and the load at once, as in production (see {@code endToEnd}), and
 * its ratio to raw; next to it the sequential figure, import then load.
 */
public final class IngestBenchmark {
    private static final int OPS_PER_BULK = 2_000;
    private static final int CONCURRENCY = 2;
    /** Posts per landing file: the import commits (fsync, rename, checkpoint) after this many. */
    private static final int COMMIT_EVERY = 50_000;
    /** How often the end-to-end loader looks for newly published landing files. */
    private static final long POLL_MILLIS = 50;

    private final SasandoSettings settings;
    private final ElasticsearchClient client;

    /**
     * The figures of a run: wall-clock rates, and for the stages that run in this JVM also posts per
     * CPU-second of this JVM, which stays meaningful on a machine shared with other work.
     */
    public record Result(long posts, Stage generate, Stage imported, List<Stage> loads, List<Stage> raws,
                         Stage endToEnd, long landingBytes) {
        public Stage load() {
            return Stage.total(loads);
        }

        public Stage raw() {
            return Stage.total(raws);
        }

        public double ratio() {
            return load().perSecond() / raw().perSecond();
        }

        /** Import, then load, one after the other: posts / (import seconds + mean load seconds). */
        public double sequentialPerSecond() {
            return imported.items() / (imported.seconds() + load().seconds() / loads.size());
        }

        public double endToEndRatio() {
            return endToEnd.perSecond() / raw().perSecond();
        }

        public double sequentialRatio() {
            return sequentialPerSecond() / raw().perSecond();
        }

        public String report() {
            StringBuilder rounds = new StringBuilder();
            for (int i = 0; i < loads.size(); i++) {
                rounds.append(String.format("%n  round %d (%s first): load %s%n                       raw  %s%n"
                                + "                       ratio %.2f", i + 1, i % 2 == 0 ? "load" : "raw",
                        loads.get(i), raws.get(i), loads.get(i).perSecond() / raws.get(i).perSecond()));
            }
            return String.format("""
                    posts                        %,d
                    generate (demo JSONL)        %s
                    import -> landing zone       %s  (%,d MB of landing files)
                    landing -> ES (BulkWriter)   %s
                    raw _bulk (pre-serialised)   %s
                    ratio BulkWriter / raw       %.2f
                    end to end, concurrent       %s
                    ratio end to end / raw       %.2f
                    end to end, sequential       %,9.0f posts/s  (import, then load: N / (import s + mean load s))
                    ratio sequential / raw       %.2f%s""", posts, generate, imported, landingBytes / (1024 * 1024),
                    load(), raw(), ratio(), endToEnd, endToEndRatio(), sequentialPerSecond(), sequentialRatio(),
                    loads.size() > 1 ? rounds : "");
        }
    }

    /** One timed stage: items, wall-clock seconds and CPU seconds of this JVM. */
    public record Stage(long items, double seconds, double cpuSeconds) {
        double perSecond() {
            return items / seconds;
        }

        static Stage total(List<Stage> stages) {
            return new Stage(stages.stream().mapToLong(Stage::items).sum(), stages.stream().mapToDouble(Stage::seconds).sum(),
                    stages.stream().mapToDouble(Stage::cpuSeconds).sum());
        }

        @Override
        public String toString() {
            return String.format("%,9.0f posts/s  (%,.1f s; %,.0f posts per CPU-second of the ingest JVM)",
                    perSecond(), seconds, items / Math.max(cpuSeconds, 1e-9));
        }
    }

    /** Starts timing a stage. */
    private static long[] clock() {
        return new long[]{System.nanoTime(), cpuNanos()};
    }

    private static Stage stage(long items, long[] started) {
        return new Stage(items, (System.nanoTime() - started[0]) / 1e9, (cpuNanos() - started[1]) / 1e9);
    }

    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public IngestBenchmark(SasandoSettings settings, ElasticsearchClient client) {
        this.settings = settings;
        this.client = client;
    }

    public Result run(long posts, long seed, int rounds, boolean keep, PrintStream log) throws IOException {
        Path home = settings.home().resolve("bench").resolve(Long.toString(System.currentTimeMillis()));
        SasandoSettings bench = settings.withHome(home);
        Files.createDirectories(home);
        String runPrefix = settings.indexPrefix() + "bench-" + home.getFileName() + "-";
        List<String> prefixes = new ArrayList<>();
        try {
            // 1. generate
            Path corpus = home.resolve("demo-" + posts + ".jsonl");
            long[] t0 = clock();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
                new DemoCorpus(seed, Instant.now().truncatedTo(ChronoUnit.HOURS), 8).write(posts, o);
            }
            Stage generate = stage(posts, t0);
            log.printf("generated %,d posts: %s%n", posts, generate);

            // 2. import into the landing zone
            t0 = clock();
            SourceRun run = importFile(corpus, bench);
            Stage imported = stage(run.written(), t0);
            log.printf("imported %,d posts into %s: %s%n", run.written(), bench.landingDir(), imported);
            List<Path> files = PublishedLandingFiles.all(bench.landingDir());
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }

            // the raw stage's bodies, made once from the same landing lines (not timed)
            Path bodies = home.resolve("bulk-bodies.bin");
            long bodyCount = serialise(files, bodies);

            // 3. and 4., alternating which goes first
            List<Stage> loads = new ArrayList<>();
            List<Stage> raws = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                String loadPrefix = runPrefix + "load" + round + "-";
                String rawPrefix = runPrefix + "raw" + round + "-";
                prefixes.add(loadPrefix);
                prefixes.add(rawPrefix);
                if (round % 2 == 1) {
                    raws.add(raw(bodies, bodyCount, rawPrefix, run.written(), keep, log));
                    loads.add(load(files, loadPrefix, run.written(), keep, log));
                } else {
                    loads.add(load(files, loadPrefix, run.written(), keep, log));
                    raws.add(raw(bodies, bodyCount, rawPrefix, run.written(), keep, log));
                }
            }
            // 5. end to end: import and load at once, in a data home of their own (fresh checkpoints)
            String e2ePrefix = runPrefix + "e2e-";
            prefixes.add(e2ePrefix);
            Stage endToEnd = endToEnd(corpus, bench.withHome(home.resolve("e2e")), e2ePrefix, keep, log);
            return new Result(posts, generate, imported, loads, raws, endToEnd, bytes);
        } finally {
            if (!keep) {
                deleteIndices(prefixes.toArray(String[]::new));
                deleteTree(home);
            }
        }
    }

    /**
     * The file source through the real runner into the landing zone of {@code home}. The runner
     * reports a failed or partial import in its result instead of throwing: a benchmark must not time one.
     */
    private static SourceRun importFile(Path corpus, SasandoSettings home) throws IOException {
        FileSource source = FileSource.forFiles(List.of(corpus), "sasando");
        SourceConfig config = SourceConfig.of("file", Map.of("page_size", 10_000, "commit_every", COMMIT_EVERY));
        source.configure(new SourceContext(home, config, Watchlists.of(List.of()), Clock.systemUTC(), (u, h) -> {
            throw new IllegalStateException("the file source does not fetch URLs");
        }));
        SourceRun run = new SourceRunner(home, new CoverageLog(home, null), Clock.systemUTC(), Sleeper.REAL, () -> false)
                .importAll(source, config);
        if (!RunStatus.OK.equals(run.status())) { // a rejected row makes it partial
            throw new IOException("the import of " + corpus + " ended " + run.status() + " (" + run.rejected()
                    + " rejected): " + run.error());
        }
        return run;
    }

    /**
     * File to Elasticsearch as production runs it: the import writes landing files on one thread while
     * the loader, on this one, follows the landing zone ({@link PublishedLandingFiles}) and sends each
     * file as soon as it is published, through the same {@link LandingPosts} and {@link BulkWriter} as
     * the load stage. Timed from the start of the import (the first row read) until the writer has
     * checked the last bulk response; afterwards the index must hold every post the import wrote.
     */
    private Stage endToEnd(Path corpus, SasandoSettings home, String prefix, boolean keep, PrintStream log)
            throws IOException {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String index = SasandoIndex.POSTS.alias(prefix);
        ExecutorService importer = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-e2e-import"));
        long[] t0 = clock();
        long loaded = 0;
        SourceRun run;
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, index)) {
            Future<SourceRun> importing = importer.submit(() -> importFile(corpus, home));
            PublishedLandingFiles published = new PublishedLandingFiles(home.landingDir());
            while (true) {
                // read before polling: once the import has finished, this poll sees its last file
                boolean finished = importing.isDone();
                List<Path> ready = published.poll();
                for (Path f : ready) {
                    loaded += LandingPosts.read(f, writer::addJson);
                }
                if (finished) {
                    break;
                }
                if (ready.isEmpty()) {
                    pause(POLL_MILLIS);
                }
            }
            run = waitFor(importing);
        } finally {
            importer.shutdown();
        }
        Stage stage = stage(loaded, t0);
        log.printf("end to end (import and load at once) %,d posts into %s: %s%n", loaded, index, stage);
        if (loaded != run.written()) {
            throw new IOException("end to end: loaded " + loaded + " posts, the import wrote " + run.written());
        }
        finish(prefix, run.written(), keep);
        return stage;
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Landing zone to Elasticsearch with {@link BulkWriter}: each line's post bytes, as they are. */
    private Stage load(List<Path> files, String prefix, long expected, boolean keep, PrintStream log) throws IOException {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String index = SasandoIndex.POSTS.alias(prefix);
        long[] t0 = clock();
        long loaded = 0;
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, index)) {
            for (Path f : files) {
                loaded += LandingPosts.read(f, writer::addJson);
            }
        }
        Stage load = stage(loaded, t0);
        log.printf("loaded %,d posts into %s: %s%n", loaded, index, load);
        finish(prefix, expected, keep);
        return load;
    }

    private Stage raw(Path bodies, long bodyCount, String prefix, long expected, boolean keep, PrintStream log)
            throws IOException {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String index = SasandoIndex.POSTS.alias(prefix);
        long[] t0 = clock();
        long raw = sendRaw(bodies, index);
        Stage stage = stage(raw, t0);
        log.printf("raw _bulk of %,d posts in %,d bodies into %s: %s%n", raw, bodyCount, index, stage);
        finish(prefix, expected, keep);
        return stage;
    }

    /**
     * After a timed stage (not timed): checks that the index holds every post, then deletes it, so the
     * next stage starts on an idle node instead of one still merging the previous index's segments.
     */
    private void finish(String prefix, long expected, boolean keep) throws IOException {
        String index = SasandoIndex.POSTS.alias(prefix);
        client.indices().refresh(r -> r.index(index));
        long count = client.count(c -> c.index(index)).count();
        if (count != expected) {
            throw new IOException(index + " holds " + count + " posts, expected " + expected);
        }
        if (!keep) {
            deleteIndices(prefix);
        }
    }

    /**
     * Writes length-prefixed NDJSON bodies of {@link #OPS_PER_BULK} index operations each, with the
     * very bytes the load stage sends: the post of each landing line.
     */
    private long serialise(List<Path> files, Path target) throws IOException {
        long[] bodies = {0};
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(4 << 20);
            int[] ops = {0};
            for (Path f : files) {
                LandingPosts.read(f, (id, bytes, offset, length) -> {
                    body.write(("{\"index\":{\"_id\":" + Json.MAPPER.writeValueAsString(id) + "}}\n")
                            .getBytes(StandardCharsets.UTF_8));
                    body.write(bytes, offset, length);
                    body.write('\n');
                    if (++ops[0] == OPS_PER_BULK) {
                        out.writeInt(ops[0]);
                        out.writeInt(body.size());
                        body.writeTo(out);
                        body.reset();
                        ops[0] = 0;
                        bodies[0]++;
                    }
                });
            }
            if (ops[0] > 0) {
                out.writeInt(ops[0]);
                out.writeInt(body.size());
                body.writeTo(out);
                bodies[0]++;
            }
        }
        return bodies[0];
    }

    /** Sends the bodies with {@link #CONCURRENCY} requests in flight; returns the documents indexed. */
    private long sendRaw(Path bodies, String index) throws IOException {
        RestClient rest = ((RestClientTransport) client._transport()).restClient();
        AtomicLong indexed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(bodies), 1 << 16))) {
            List<Future<?>> inFlight = new ArrayList<>();
            while (true) {
                byte[] body;
                int ops;
                try {
                    ops = in.readInt();
                    body = new byte[in.readInt()];
                    in.readFully(body);
                } catch (EOFException end) {
                    break;
                }
                if (inFlight.size() == CONCURRENCY) {
                    waitFor(inFlight.remove(0));
                }
                inFlight.add(pool.submit(() -> {
                    Request request = new Request("POST", "/" + index + "/_bulk");
                    // the same response as BulkWriter asks for: Elasticsearch does the same work for both
                    request.addParameter("filter_path", BulkWriter.RESPONSE_FILTER);
                    request.setEntity(new ByteArrayEntity(body, ContentType.create("application/x-ndjson")));
                    Response response = rest.performRequest(request);
                    String text = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
                    if (text.substring(0, Math.min(64, text.length())).contains("\"errors\":true")) {
                        throw new IOException("raw _bulk reported item errors: " + text.substring(0, Math.min(500, text.length())));
                    }
                    indexed.addAndGet(ops);
                    return null;
                }));
            }
            for (Future<?> f : inFlight) {
                waitFor(f);
            }
        } finally {
            pool.shutdown();
        }
        return indexed.get();
    }

    private static <T> T waitFor(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("failed: " + e.getCause(), e.getCause());
        }
    }

    /** Deletes the run's indices by name (nodes refuse wildcard deletes by default). */
    private void deleteIndices(String... prefixes) {
        int version = IndexBootstrap.spec(SasandoIndex.POSTS).path("version").asInt(1);
        for (String p : prefixes) {
            try {
                client.indices().delete(d -> d.index(SasandoIndex.POSTS.versioned(p, version)).ignoreUnavailable(true));
                client.indices().deleteIndexTemplate(d -> d.name(SasandoIndex.POSTS.templateName(p)));
            } catch (Exception ignored) {
                // a bench index left behind is harmless and named after the run
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

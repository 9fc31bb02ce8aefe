package id.go.kupangkota.sasando.ingest.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.demo.DemoCorpus;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
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
 * {@code sasando ingest bench --posts N}: four timed stages in a scratch data home
 * ({@code <home>/bench/<millis>}), printed as posts per second:
 * <ol>
 *   <li>generate N demo posts as JSONL;</li>
 *   <li>import the file into the landing zone (the file source through the real runner);</li>
 *   <li>load the landing zone into a fresh posts index with core's {@link BulkWriter} — the path
 *       the Spark job and the dashboard's data take;</li>
 *   <li>raw: the same documents, serialised beforehand into {@code _bulk} NDJSON bodies of the same
 *       size (2000 operations), sent with the low-level RestClient with the same concurrency (2)
 *       into a second fresh index with the same mapping.</li>
 * </ol>
 * The ratio load / raw says how much of Elasticsearch's own indexing rate the writer achieves.
 */
public final class IngestBenchmark {
    private static final int OPS_PER_BULK = 2_000;
    private static final int CONCURRENCY = 2;

    private final SasandoSettings settings;
    private final ElasticsearchClient client;

    /**
     * The figures of a run: wall-clock rates, and for the stages that run in this JVM also posts per
     * CPU-second of this JVM, which stays meaningful on a machine shared with other work.
     */
    public record Result(long posts, Stage generate, Stage imported, Stage load, Stage raw, long landingBytes) {
        public double ratio() {
            return load.perSecond() / raw.perSecond();
        }

        public String report() {
            return String.format("""
                    posts                        %,d
                    generate (demo JSONL)        %s
                    import -> landing zone       %s  (%,d MB of landing files)
                    landing -> ES (BulkWriter)   %s
                    raw _bulk (pre-serialised)   %s
                    ratio BulkWriter / raw       %.2f""", posts, generate, imported, landingBytes / (1024 * 1024),
                    load, raw, ratio());
        }
    }

    /** One timed stage: items, wall-clock seconds and CPU seconds of this JVM. */
    public record Stage(long items, double seconds, double cpuSeconds) {
        double perSecond() {
            return items / seconds;
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

    public Result run(long posts, long seed, boolean keep, PrintStream log) throws IOException {
        Path home = settings.home().resolve("bench").resolve(Long.toString(System.currentTimeMillis()));
        SasandoSettings bench = settings.withHome(home);
        Files.createDirectories(home);
        String prefix = settings.indexPrefix() + "bench-" + home.getFileName() + "-";
        String rawPrefix = settings.indexPrefix() + "benchraw-" + home.getFileName() + "-";
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
            FileSource source = FileSource.forFiles(List.of(corpus), "sasando");
            SourceConfig config = SourceConfig.of("file", Map.of("page_size", 10_000, "commit_every", 50_000));
            source.configure(new SourceContext(bench, config, Watchlists.of(List.of()), Clock.systemUTC(), (u, h) -> {
                throw new IllegalStateException("the file source does not fetch URLs");
            }));
            SourceRun run = new SourceRunner(bench, new CoverageLog(bench, null), Clock.systemUTC(), Sleeper.REAL, () -> false)
                    .importAll(source, config);
            Stage imported = stage(run.written(), t0);
            log.printf("imported %,d posts into %s: %s%n", run.written(), bench.landingDir(), imported);
            List<Path> files = landingFiles(bench.landingDir());
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }

            // 3. landing zone -> Elasticsearch with BulkWriter
            new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
            String index = SasandoIndex.POSTS.alias(prefix);
            t0 = clock();
            long loaded = 0;
            try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, index)) {
                for (Path f : files) {
                    // the landing line's post is already JSON: pass its bytes on instead of a Post object
                    try (MappingIterator<com.fasterxml.jackson.databind.JsonNode> it =
                                 Json.MAPPER.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(f.toFile())) {
                        while (it.hasNext()) {
                            com.fasterxml.jackson.databind.JsonNode post = it.next().get("post");
                            writer.addJson(post.get(PostFields.ID).asText(), Json.MAPPER.writeValueAsBytes(post));
                            loaded++;
                        }
                    }
                }
            }
            Stage load = stage(loaded, t0);
            log.printf("loaded %,d posts into %s: %s%n", loaded, index, load);

            // 4. the same documents as pre-serialised _bulk bodies
            Path bodies = home.resolve("bulk-bodies.bin");
            long bodyCount = serialise(files, bodies);
            new IndexBootstrap(client, rawPrefix).ensure(SasandoIndex.POSTS);
            String rawIndex = SasandoIndex.POSTS.alias(rawPrefix);
            t0 = clock();
            long raw = sendRaw(bodies, rawIndex);
            Stage rawStage = stage(raw, t0);
            log.printf("raw _bulk of %,d posts in %,d bodies into %s: %s%n", raw, bodyCount, rawIndex, rawStage);
            return new Result(posts, generate, imported, load, rawStage, bytes);
        } finally {
            if (!keep) {
                deleteIndices(prefix, rawPrefix);
                deleteTree(home);
            }
        }
    }

    /** Writes length-prefixed NDJSON bodies of {@link #OPS_PER_BULK} index operations each. */
    private long serialise(List<Path> files, Path target) throws IOException {
        ObjectWriter writer = Json.MAPPER.writerFor(Post.class);
        long bodies = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(4 << 20);
            int ops = 0;
            for (Path f : files) {
                try (MappingIterator<LandingRecord> it = Json.MAPPER.readerFor(LandingRecord.class).readValues(f.toFile())) {
                    while (it.hasNext()) {
                        Post p = it.next().post();
                        body.write(("{\"index\":{\"_id\":" + Json.MAPPER.writeValueAsString(p.id()) + "}}\n")
                                .getBytes(StandardCharsets.UTF_8));
                        body.write(writer.writeValueAsBytes(p));
                        body.write('\n');
                        if (++ops == OPS_PER_BULK) {
                            out.writeInt(ops);
                            out.writeInt(body.size());
                            body.writeTo(out);
                            body.reset();
                            ops = 0;
                            bodies++;
                        }
                    }
                }
            }
            if (ops > 0) {
                out.writeInt(ops);
                out.writeInt(body.size());
                body.writeTo(out);
                bodies++;
            }
        }
        return bodies;
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

    private static void waitFor(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("raw _bulk failed: " + e.getCause(), e.getCause());
        }
    }

    private static List<Path> landingFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(LandingZone.SUFFIX))
                    .filter(p -> !p.getFileName().toString().startsWith(LandingZone.HIDDEN_PREFIX))
                    .sorted().toList();
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

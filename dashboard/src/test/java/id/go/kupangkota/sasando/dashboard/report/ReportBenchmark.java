package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How long a weekly report takes over a big week: indexes N generated posts into 2024-W28 (and N/10
 * into the week before), then times the report (the Elasticsearch aggregations and the PDF) several
 * times, with Elasticsearch's caches cleared before each run. Not a test: a command whose figures
 * are written down in REPORT_BENCHMARK.md.
 *
 * <pre>
 * ./mvnw -q -o -pl dashboard test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -Xmx1g -Djava.awt.headless=true \
 *     -cp "dashboard/target/test-classes:dashboard/target/classes:$(cat dashboard/target/test-cp.txt)" \
 *     id.go.kupangkota.sasando.dashboard.report.ReportBenchmark 1000000 5
 * </pre>
 *
 * Arguments: posts in the week (default 1,000,000), timed runs (default 5). With SASANDO_ES_URL set it
 * uses that node (fresh index prefix, removed afterwards), otherwise it starts the Maven-resolved
 * Elasticsearch (system property {@code sasando.es.zip}, else the local repository path) under
 * {@code target/es-bench} with a 1.5 GB heap.
 */
public final class ReportBenchmark {
    private static final String[] WORDS = {"air", "pdam", "jalan", "rusak", "banjir", "sampah", "listrik", "pasar",
            "macet", "sekolah", "puskesmas", "katong", "sonde", "su", "pi", "beta", "lu", "kupang", "oebobo", "lampu"};
    private static final String[] HASHTAGS = {"kupang", "ntt", "pdam", "banjir", "umkm", "pilkada", "kim", "jalan"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String external = System.getenv("SASANDO_ES_URL");
        EmbeddedElasticsearch es = null;
        String url = external;
        if (url == null || url.isBlank()) {
            es = new EmbeddedElasticsearch(esZip(), Path.of("target", "es-bench").toAbsolutePath(),
                    EmbeddedElasticsearch.freePort(), "1536m");
            es.start(Duration.ofMinutes(3));
            url = es.url();
        }
        String prefix = "bench-" + Long.toHexString(System.nanoTime()).substring(0, 6) + "-";
        SasandoSettings settings = new SasandoSettings(Files.createTempDirectory("sasando-bench"), url, null, null,
                prefix);
        ElasticsearchClient client = EsClients.create(settings);
        try {
            new IndexBootstrap(client, prefix).ensureAll();
            ReportWeek week = ReportWeek.parse("2024-W28");
            long t0 = System.nanoTime();
            index(client, prefix, week, posts, 1);
            index(client, prefix, week.previous(), posts / 10, 2);
            String alias = SasandoIndex.POSTS.alias(prefix);
            client.indices().refresh(r -> r.index(alias));
            long indexed = client.count(c -> c.index(alias)).count();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "indexed %,d posts in %.1f s (%.0f posts/s)%n", indexed, indexSeconds,
                    indexed / indexSeconds);

            Indexes indexes = new Indexes(prefix);
            WeeklyFiguresRepository repository = new WeeklyFiguresRepository(client, indexes,
                    new CoverageCaveatRepository(client, indexes));
            ReportPdf pdf = new ReportPdf(new Translations());
            List<Long> totals = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                // Elasticsearch caches size-0 searches per shard: clear it, or runs 2..n measure the cache
                client.indices().clearCache(c -> c.index(alias).request(true).query(true).fielddata(true));
                long a = System.nanoTime();
                WeeklyFigures figures = repository.figures(week);
                long b = System.nanoTime();
                byte[] bytes = pdf.render(figures, Instant.now(), Translations.INDONESIAN);
                long c = System.nanoTime();
                totals.add((c - a) / 1_000_000);
                System.out.printf(Locale.ROOT, "run %d: %,d posts in the week; aggregations %d ms, PDF %d ms "
                                + "(%,d bytes), total %d ms%n", run, figures.current().posts(), (b - a) / 1_000_000,
                        (c - b) / 1_000_000, bytes.length, (c - a) / 1_000_000);
            }
            long[] sorted = totals.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "report total: first %d ms, median %d ms, max %d ms over %d runs%n",
                    totals.get(0), sorted[sorted.length / 2], sorted[sorted.length - 1], runs);
            System.out.println("cpus=" + Runtime.getRuntime().availableProcessors() + " es=" + url);
        } finally {
            client.indices().delete(d -> d.index(prefix + "*"));
            EsClients.close(client);
            if (es != null) {
                es.stop();
            }
        }
    }

    /** Posts spread over the week's seven WITA days, with the mix of a real week. */
    private static void index(ElasticsearchClient client, String prefix, ReportWeek week, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long weekMillis = Duration.ofDays(7).toMillis();
        try (BulkWriter<Post> writer = new BulkWriter<>(client, SasandoIndex.POSTS.alias(prefix), Post::id,
                5_000, 16 * 1024 * 1024, 2)) {
            for (int i = 0; i < count; i++) {
                Instant at = week.start().plusMillis(random.nextLong(weekMillis));
                String source = i % 3 == 0 ? "news" : "x";
                List<String> terms = Arrays.asList(WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
                Post.Builder post = Post.builder(source, week.key() + "-" + i)
                        .text(String.join(" ", terms) + " di kota kupang hari ini " + i)
                        .createdAt(at).day(Wita.dayKey(at)).week(Wita.weekKey(at))
                        .authorKey("a" + random.nextInt(50_000))
                        .sentiment(Vocabulary.SENTIMENTS.get(random.nextInt(Vocabulary.SENTIMENTS.size())))
                        .emotion(Vocabulary.EMOTIONS.get(random.nextInt(Vocabulary.EMOTIONS.size())))
                        .topics(List.of(Vocabulary.TOPICS.get(random.nextInt(Vocabulary.TOPICS.size()))))
                        .stance("none")
                        .kecamatan(random.nextInt(4) == 0 ? null
                                : Vocabulary.KECAMATAN.get(random.nextInt(Vocabulary.KECAMATAN.size())))
                        .hashtags(List.of(HASHTAGS[random.nextInt(HASHTAGS.length)]))
                        .terms(terms)
                        .likeCount((long) random.nextInt(100));
                if (random.nextInt(50) == 0) {
                    String category = Vocabulary.RISK_CATEGORIES.get(random.nextInt(Vocabulary.RISK_CATEGORIES.size()));
                    post.risk(List.of(category)).riskScore(0.8)
                            .evidence(List.of(new Evidence(category, terms.get(0), 0, terms.get(0).length())));
                }
                writer.add(post.build());
            }
        }
        triageSome(client, prefix, week);
    }

    /** Analysts' decisions on up to 2,000 flagged posts, set on the posts as the risk view does. */
    private static void triageSome(ElasticsearchClient client, String prefix, ReportWeek week) {
        String alias = SasandoIndex.POSTS.alias(prefix);
        try {
            client.indices().refresh(r -> r.index(alias));
            List<Hit<Void>> flagged = client.search(s -> s.index(alias).size(2_000)
                    .query(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field(PostFields.RISK)))
                            .filter(f -> f.term(t -> t.field(PostFields.WEEK).value(week.key())))))
                    .source(src -> src.fetch(false)), Void.class).hits().hits();
            if (flagged.isEmpty()) {
                return;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int n = 0; n < flagged.size(); n++) {
                String id = flagged.get(n).id();
                String status = Vocabulary.TRIAGE_STATUSES.get(n % Vocabulary.TRIAGE_STATUSES.size());
                bulk.operations(op -> op.update(u -> u.index(alias).id(id)
                        .action(a -> a.doc(Map.of(PostFields.TRIAGE_STATUS, status)))));
            }
            client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path esZip() {
        String zip = System.getProperty("sasando.es.zip");
        if (zip != null) {
            return Path.of(zip);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch", "distribution",
                "integ-test-zip", "elasticsearch", "8.19.21", "elasticsearch-8.19.21.zip");
    }
}

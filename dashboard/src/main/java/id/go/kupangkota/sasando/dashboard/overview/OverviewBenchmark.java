package id.go.kupangkota.sasando.dashboard.overview;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue #5's speed check: the whole overview through {@link OverviewService} against the very same
 * search request sent straight to Elasticsearch, alternating, in one run, over N generated posts.
 *
 * <pre>
 * java -cp dashboard/target/classes:$(cat dashboard/target/classpath.txt) \
 *   id.go.kupangkota.sasando.dashboard.overview.OverviewBenchmark [--posts 1000000] [--runs 30] [--days 90]
 *   [--skip-load] [--es-url http://127.0.0.1:9200 | --es-zip path/to/elasticsearch.zip --es-home dir --heap 2g]
 * </pre>
 *
 * Without {@code --es-url} it starts its own Elasticsearch from the zip (nothing shared is touched);
 * posts go to the prefix {@code bench-}.
 */
public final class OverviewBenchmark {
    private static final String PREFIX = "bench-";

    private OverviewBenchmark() {
    }

    record Args(long posts, int runs, int days, boolean skipLoad, String esUrl, Path esZip, Path esHome, String heap) {
        static Args parse(String[] a) {
            long posts = 1_000_000;
            int runs = 30;
            int days = 90;
            boolean skip = false;
            String url = null;
            Path zip = System.getProperty("sasando.es.zip") == null ? null : Path.of(System.getProperty("sasando.es.zip"));
            Path home = Path.of("target", "bench-es");
            String heap = "2g";
            for (int i = 0; i < a.length; i++) {
                switch (a[i]) {
                    case "--posts" -> posts = Long.parseLong(a[++i]);
                    case "--runs" -> runs = Integer.parseInt(a[++i]);
                    case "--days" -> days = Integer.parseInt(a[++i]);
                    case "--skip-load" -> skip = true;
                    case "--es-url" -> url = a[++i];
                    case "--es-zip" -> zip = Path.of(a[++i]);
                    case "--es-home" -> home = Path.of(a[++i]);
                    case "--heap" -> heap = a[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + a[i]
                            + "; see the class comment for usage");
                }
            }
            if (url == null && zip == null) {
                throw new IllegalArgumentException("give --es-url or --es-zip (or -Dsasando.es.zip)");
            }
            return new Args(posts, runs, days, skip, url, zip, home.toAbsolutePath(), heap);
        }
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        EmbeddedElasticsearch es = null;
        String url = args.esUrl();
        if (url == null) {
            es = new EmbeddedElasticsearch(args.esZip(), args.esHome(), EmbeddedElasticsearch.freePort(), args.heap());
            es.start(Duration.ofMinutes(5));
            url = es.url();
        }
        SasandoSettings settings = new SasandoSettings(Path.of(".").toAbsolutePath(), url, null, null, PREFIX);
        ElasticsearchClient client = EsClients.create(settings);
        try {
            new IndexBootstrap(client, PREFIX).ensureAll();
            String index = SasandoIndex.POSTS.alias(PREFIX);
            LocalDate last = LocalDate.parse("2024-12-31");
            if (!args.skipLoad()) {
                load(client, index, args.posts(), last.minusDays(args.days() - 1L), args.days());
            }
            long count = client.count(c -> c.index(index)).count();
            System.out.printf("posts in %s: %,d%n", index, count);

            Clock clock = Clock.fixed(Wita.startOfDay(last).plusSeconds(12 * 3600), ZoneOffset.UTC);
            OverviewService service = new OverviewService(new OverviewRepository(client, new Indexes(PREFIX)), clock,
                    new CurrentUser());
            measure(client, service, index, PostFilter.range(last.minusDays(6), last), "last 7 days, all topics", args.runs());
            measure(client, service, index, PostFilter.range(last.minusDays(29), last), "last 30 days, all topics", args.runs());
            measure(client, service, index, PostFilter.range(last.minusDays(29), last).withTopic("layanan_publik"),
                    "last 30 days, topic layanan_publik", args.runs());
        } finally {
            EsClients.close(client);
            if (es != null) {
                es.stop();
            }
        }
    }

    /** Alternates service and direct calls so both see the same caches and machine load. */
    static void measure(ElasticsearchClient client, OverviewService service, String index, PostFilter filter,
                        String label, int runs) throws Exception {
        SearchRequest direct = OverviewQuery.request(index, filter, service.clock().instant());
        for (int i = 0; i < 5; i++) {
            service.load(filter);
            client.search(direct, Void.class);
        }
        long[] viaService = new long[runs];
        long[] straight = new long[runs];
        long tookSum = 0;
        for (int i = 0; i < runs; i++) {
            // size-0 searches land in the shard request cache: empty it so both paths aggregate for real
            clearRequestCache(client, index);
            long t0 = System.nanoTime();
            service.load(filter);
            viaService[i] = System.nanoTime() - t0;
            clearRequestCache(client, index);
            long t1 = System.nanoTime();
            tookSum += client.search(OverviewQuery.request(index, filter, service.clock().instant()), Void.class).took();
            straight[i] = System.nanoTime() - t1;
        }
        double s = median(viaService);
        double d = median(straight);
        System.out.printf("%-36s service median %7.1f ms p90 %7.1f ms | direct median %7.1f ms p90 %7.1f ms"
                        + " | ES took avg %6.1f ms | ratio %.3f%n", label, s, p90(viaService), d, p90(straight),
                tookSum / (double) runs, s / d);
    }

    private static void clearRequestCache(ElasticsearchClient client, String index) throws Exception {
        client.indices().clearCache(c -> c.index(index).request(true));
    }

    private static double median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }

    private static double p90(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[(int) Math.min(c.length - 1, Math.round(c.length * 0.9))] / 1e6;
    }

    /** Generates posts spread over the days, with skewed facets like real traffic (seeded: repeatable). */
    static void load(ElasticsearchClient client, String index, long n, LocalDate first, int days) throws Exception {
        Random r = new Random(42);
        List<String> sources = List.of("x", "news", "facebook", "instagram");
        List<String> hashtags = List.of("kupang", "ntt", "banjir", "pilkada", "airbersih", "jalanrusak",
                "kim", "hoaks", "listrik", "sampah", "oesapa", "oebobo");
        List<String> terms = List.of("air", "mati", "jalan", "rusak", "sampah", "banjir", "listrik", "pemkot",
                "walikota", "pilkada", "beta", "katong", "sonde", "pi", "su", "lampu", "macet", "hujan", "pasar",
                "harga", "beras", "sekolah", "guru", "rumah", "sakit", "kim", "radikal", "hoaks", "aman", "damai");
        long started = System.nanoTime();
        try (BulkWriter<Post> writer = new BulkWriter<>(client, index, Post::id, 5_000, 16 * 1024 * 1024, 2)) {
            for (long i = 0; i < n; i++) {
                Instant at = Wita.startOfDay(first.plusDays(r.nextInt(days))).plusSeconds(r.nextInt(86_400));
                String source = sources.get(Math.min(sources.size() - 1, (int) Math.abs(r.nextGaussian() * 1.2)));
                int author = (int) Math.abs(r.nextGaussian() * 20_000);
                List<String> risk = r.nextInt(100) < 3 ? List.of(pick(r, Vocabulary.RISK_CATEGORIES)) : null;
                String text = pick(r, terms) + " " + pick(r, terms) + " " + pick(r, terms) + " di kota kupang";
                Post p = Post.builder(source, Long.toString(i))
                        .text(text)
                        .createdAt(at)
                        .ingestedAt(at.plusSeconds(600))
                        .authorHandle("akun" + author)
                        .authorKey("k" + author)
                        .hashtags(List.of(pick(r, hashtags), pick(r, hashtags)))
                        .terms(List.of(pick(r, terms), pick(r, terms), pick(r, terms)))
                        .sentiment(pick(r, Vocabulary.SENTIMENTS))
                        .sentimentScore(r.nextDouble() * 2 - 1)
                        .emotion(pick(r, Vocabulary.EMOTIONS))
                        .topics(List.of(pick(r, Vocabulary.TOPICS)))
                        .stance(pick(r, Vocabulary.STANCES))
                        .kecamatan(pick(r, Vocabulary.KECAMATAN))
                        .risk(risk)
                        .riskScore(risk == null ? null : r.nextDouble())
                        .evidence(risk == null ? null : List.of(new Evidence(risk.get(0), "x", 0, 1)))
                        .likeCount((long) r.nextInt(50))
                        .repostCount((long) r.nextInt(10))
                        .replyCount((long) r.nextInt(5))
                        .day(Wita.dayKey(at))
                        .week(Wita.weekKey(at))
                        .build();
                writer.add(p);
                if ((i + 1) % 250_000 == 0) {
                    System.out.printf("generated %,d posts (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        client.indices().refresh(x -> x.index(index));
        client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
        System.out.printf("loaded %,d posts in %.0f s%n", n, (System.nanoTime() - started) / 1e9);
    }

    private static String pick(Random r, List<String> values) {
        // a skewed pick: early values are much more common, as in real traffic
        int i = (int) Math.min(values.size() - 1, Math.abs(r.nextGaussian() * values.size() / 2.5));
        return values.get(i);
    }
}

package id.go.kupangkota.sasando.spark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.sun.net.httpserver.HttpServer;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.source.JdkWebClient;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.news.NewsSource;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlists;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.spark.enrich.EnrichJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's seed document end to end, through the real components: a Kupang news portal's RSS
 * feed (served locally) carries the item with a summary only, the news source fetches the article
 * page and lands it, the Spark enrich job tags it and indexes it, and a full-text search finds it
 * tagged as a report countering radicalism and terrorism, with no risk, on 11 July 2024 WITA.
 */
@ExtendWith(ElasticsearchExtension.class)
class SeedEndToEndIT {
    private static final String SEED = "seed/000_8d77fee117b11b6c.txt";

    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private SasandoSettings settings;
    private HttpServer portal;

    @BeforeEach
    void startPortal() throws IOException {
        String shared = System.getProperty("sasando.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(Path.of(shared, SEED)),
                "the seed document is not in ../shared; this end-to-end test needs it");
        String seed = Files.readString(Path.of(shared, SEED));
        settings = ElasticsearchExtension.settings();
        new IndexBootstrap(client, settings.indexPrefix()).ensureAll();

        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + portal.getAddress().getPort() + "/";
        serve("/feed.xml", "application/rss+xml", feed(base, seed));
        serve("/2024/07/11/pemkot-kupang-bina-kim/", "text/html", article(seed));
        portal.start();
    }

    @AfterEach
    void stopPortal() {
        if (portal != null) {
            portal.stop(0);
        }
    }

    @Test
    void theSeedNewsItemIsCollectedTaggedAsCounteringAndFoundBySearch() throws Exception {
        Map<String, Object> config = Map.of("enabled", true, "feeds", List.of(Map.of(
                "id", "nusaflobamora", "name", "Nusa Flobamora", "full_text", true,
                "url", "http://127.0.0.1:" + portal.getAddress().getPort() + "/feed.xml")));
        NewsSource news = new NewsSource();
        news.configure(new SourceContext(settings, SourceConfig.of("news", config), Watchlists.of(List.of()),
                Clock.systemUTC(), new JdkWebClient(Clock.systemUTC())));
        SourceRunner runner = new SourceRunner(settings, new CoverageLog(settings, client), Clock.systemUTC(),
                d -> { }, () -> false);
        SourceRun run = runner.poll(news, SourceConfig.of("news", config));
        assertThat(run.queries()).allSatisfy(q -> assertThat(q.status()).isEqualTo("ok"));

        EnrichJob.run(TestSpark.session(), new EnrichJob.Args(Zones.of(settings), EsTarget.of(settings),
                EnrichJob.Mode.ONCE, Duration.ofSeconds(1), 100));
        String alias = SasandoIndex.POSTS.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(alias));

        List<Hit<Post>> hits = client.search(s -> s.index(alias)
                .query(q -> q.match(m -> m.field(PostFields.TEXT).query("Komunitas Informasi Masyarakat Kupang"))),
                Post.class).hits().hits();
        assertThat(hits).hasSize(1);
        Post seed = hits.get(0).source();
        assertThat(seed.source()).isEqualTo("news");
        assertThat(seed.title()).isEqualTo("Pemkot Kupang Bina KIM, Cegah Radikalisme dan Terorisme");
        assertThat(seed.text()).contains("pencegahan Radikalisme dan Intoleransi sangat penting")
                .doesNotContain("IKLAN");
        assertThat(seed.topics()).contains("radikalisme", "terorisme");
        assertThat(seed.stance()).isEqualTo("countering");
        assertThat(seed.risk()).isEmpty();
        assertThat(seed.createdAt()).isEqualTo(Instant.parse("2024-07-10T23:30:00Z"));
        assertThat(seed.day()).isEqualTo("2024-07-11");
        assertThat(seed.week()).isEqualTo("2024-W28");
    }

    private void serve(String path, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        portal.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    /** An RSS 2.0 feed as Kupang WordPress portals publish it: a cut summary, the time in +0800. */
    private static String feed(String base, String seed) {
        String summary = seed.substring(0, 160).replace("&", "&amp;").replace("<", "&lt;");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                  <title>Nusa Flobamora</title><link>%1$s</link><description>Berita Kupang</description>
                  <item>
                    <title>Pemkot Kupang Bina KIM, Cegah Radikalisme dan Terorisme</title>
                    <link>%1$s2024/07/11/pemkot-kupang-bina-kim/</link>
                    <dc:creator>ER</dc:creator>
                    <pubDate>Thu, 11 Jul 2024 07:30:00 +0800</pubDate>
                    <guid isPermaLink="false">%1$s?p=10231</guid>
                    <description>%2$s [&#8230;]</description>
                  </item>
                </channel></rss>
                """.formatted(base, summary);
    }

    /** The article page: the seed's paragraphs amid the clutter a real page has. */
    private static String article(String seed) {
        String paragraphs = seed.lines().filter(l -> !l.isBlank())
                .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>KIM</title>
                <script>var tracker = 1;</script></head><body>
                <header><nav><a href="/">Beranda</a></nav></header>
                <main><article><h1 class="entry-title">Pemkot Kupang Bina KIM</h1>
                <div class="entry-content">
                %s
                <div class="iklan"><p>IKLAN: Paket data murah khusus warga Kupang, hubungi kami sekarang juga!</p></div>
                </div></article></main>
                <footer><p>&copy; 2024 Nusa Flobamora.</p></footer></body></html>
                """.formatted(paragraphs);
    }
}

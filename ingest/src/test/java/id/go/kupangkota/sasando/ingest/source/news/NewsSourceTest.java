package id.go.kupangkota.sasando.ingest.source.news;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.coverage.Alert;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.source.JdkWebClient;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.Reply;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The news source against a local server serving recorded feeds and article pages
 * ({@code src/test/resources/news/}), through the real web client and runner.
 */
class NewsSourceTest {
    static final Instant NOW = Instant.parse("2024-07-12T00:00:00Z");
    static final String SEED = "seed/000_8d77fee117b11b6c.txt";

    @TempDir
    Path home;
    final ReplayHttpServer web = ReplayHttpServer.start();

    @AfterEach
    void stopServer() {
        web.close();
    }

    @Test
    void fetchesTheArticleOfSummaryOnlyItemsAndKeepsTheSeedOnItsWitaDay() throws IOException {
        nusaFlobamora();
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, feed("nusaflobamora", "Nusa Flobamora", "nusaflobamora/feed/")), runner());

        assertThat(run.queries()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("ok");
            assertThat(c.written()).isEqualTo(3);
        });
        Post kim = post(h, "Pemkot Kupang Bina KIM");
        assertThat(kim.id()).matches("news:[0-9a-f]{16}");
        assertThat(kim.source()).isEqualTo("news");
        assertThat(kim.url()).isEqualTo(web.baseUrl() + "2024/07/11/pemkot-kupang-bina-kim/");
        assertThat(kim.authorName()).isEqualTo("ER");
        assertThat(kim.authorHandle()).isEqualTo("Nusa Flobamora");
        assertThat(kim.lang()).isEqualTo("id");
        // 07:30 WITA is 23:30 UTC the day before: the WITA day is the outlet's day
        assertThat(kim.createdAt()).isEqualTo(Instant.parse("2024-07-10T23:30:00Z"));
        assertThat(Wita.dayKey(kim.createdAt())).isEqualTo("2024-07-11");
        assertThat(kim.text()).startsWith("KUPANG. NUSA FLOBAMORA – Pemerintah Kota (Pemkot) Kupang")
                .endsWith("dan sarana peningkatan literasi.(ER)")
                .doesNotContain("IKLAN", "Baca Juga", "dataLayer", "Bagikan", "Terpopuler", "Beranda", "hak dilindungi");
        assertThat(kim.text().lines()).hasSize(13);
        Path seed = sharedSeed();
        if (seed != null) {
            assertThat(kim.text()).isEqualTo(Files.readString(seed).strip());
        }
    }

    @Test
    void keepsTheFeedItemVerbatimAndReportsWhatItDidNotMap() {
        nusaFlobamora();
        SourceHarness h = harness();

        h.poll(source(h, feed("nusaflobamora", "Nusa Flobamora", "nusaflobamora/feed/")), runner());

        LandingRecord kim = record(h, "Pemkot Kupang Bina KIM");
        assertThat(kim.raw()).contains("\"item\":\"<item>").contains("<dc:creator")
                .contains("\"article_html\":\"<p>KUPANG. NUSA FLOBAMORA");
        assertThat(kim.unmapped()).containsExactly("comments", "category", "slash:comments");
        assertThat(kim.mapperVersion()).isEqualTo(NewsMapper.VERSION);
    }

    @Test
    void readsWitaAndGmtPublicationTimesAndKeepsTheSummaryWhenTheArticleIsGone() {
        nusaFlobamora();
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, feed("nusaflobamora", "Nusa Flobamora", "nusaflobamora/feed/")), runner());

        Post banjir = post(h, "Banjir Genangi Jalan");
        assertThat(banjir.createdAt()).isEqualTo(Instant.parse("2024-07-11T22:15:00Z")); // 06:15 WITA
        assertThat(banjir.text().lines()).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("Advertisement"));
        assertThat(banjir.text()).doesNotContain("Berita terkait");
        LandingRecord sampah = record(h, "Sampah Menumpuk");
        assertThat(sampah.post().createdAt()).isEqualTo(Instant.parse("2024-07-12T02:00:00Z"));
        assertThat(sampah.post().text()).startsWith("Warga mengeluhkan sampah");
        assertThat(sampah.raw()).contains("\"article_error\":").contains("404");
        assertThat(sampah.unmapped()).anySatisfy(u -> assertThat(u).startsWith("article (HTTP 404"));
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.status()).isEqualTo("ok");
        assertThat(coverage.warnings()).isEqualTo(1); // the summary-only item, kept
        assertThat(coverage.firstWarnings()).singleElement().asString().contains("article not used (HTTP 404");
    }

    @Test
    void anItemWithoutADateIsKeptAndCountedAsAWarning() {
        String feed = new String(resource("news/antara-atom.xml"), StandardCharsets.UTF_8)
                .replace("{{base}}", web.baseUrl())
                .replace("<published>2024-07-10T16:30:00Z</published>", "")
                .replace("<updated>2024-07-10T16:30:00Z</updated>", "");
        web.on("/antara/atom.xml", Reply.ok(feed.getBytes(StandardCharsets.UTF_8))
                .withHeaders(Map.of("Content-Type", "application/atom+xml; charset=utf-8")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        // the fetch time, so the post is inside the dashboard's created_at filters; the raw record says so
        LandingRecord bmkg = record(h, "BMKG");
        assertThat(bmkg.post().createdAt()).isEqualTo(NOW);
        assertThat(bmkg.post().ingestedAt()).isEqualTo(NOW);
        assertThat(bmkg.raw()).contains("\"fetched_at\":").contains("\"created_at_is_fetch_time\":true");
        assertThat(bmkg.unmapped()).anySatisfy(u -> assertThat(u).startsWith("pubDate (absent")
                .contains("created_at is the fetch time"));
        // an item with its own date keeps it, and is not flagged
        LandingRecord pipa = record(h, "Pemkot Kupang perbaiki pipa");
        assertThat(pipa.post().createdAt()).isEqualTo(Instant.parse("2024-07-11T01:05:00Z"));
        assertThat(pipa.raw()).doesNotContain("created_at_is_fetch_time");
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.written()).isEqualTo(2);
        assertThat(coverage.warnings()).isEqualTo(1);
        assertThat(coverage.firstWarnings()).singleElement().asString().contains("no readable date")
                .contains("created_at is the time the feed was fetched");
    }

    @Test
    void aFeedThatKeepsFailingWhileTheOthersWorkRaisesAnAlertNamingItAndItIsResolvedWhenItWorksAgain()
            throws IOException {
        Reply notFound = Reply.ok(resource("news/not-found-404.html")).withStatus(404)
                .withHeaders(Map.of("Content-Type", "text/html; charset=UTF-8"));
        web.on("/pindah/feed", notFound, notFound, notFound, feedReply("news/nusaflobamora-rss.xml"))
                .on("/antara/atom.xml", feedReply("news/antara-atom.xml"))
                .on("/2024/", Reply.status(404));
        SourceHarness h = harness();
        String url = web.baseUrl() + "pindah/feed";

        for (int run = 1; run <= 2; run++) {
            SourceRun partial = h.poll(source(h, feed("pindah", "Portal Pindah", "pindah/feed"),
                    feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());
            assertThat(partial.status()).isEqualTo("partial");
        }
        assertThat(alerts(h)).isEmpty();

        SourceRun third = h.poll(source(h, feed("pindah", "Portal Pindah", "pindah/feed"),
                feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        // the 404 page is one short line of its text, not the HTML
        String error = third.queries().get(0).error();
        assertThat(error).startsWith("HTTP 404 from 127.0.0.1/pindah/feed: Halaman tidak ditemukan")
                .doesNotContain("\n").doesNotContain("<").doesNotContain("gtag");
        assertThat(error.length()).isLessThanOrEqualTo(260);
        assertThat(third.queries().get(0).errorCode()).isEqualTo("web.rejected");
        assertThat(third.queries().get(0).errorArgs()).isEqualTo(Map.of("status", "404", "address", url));
        assertThat(alerts(h)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.QUERY_FAILING);
            assertThat(a.source()).isEqualTo("news");
            assertThat(a.status()).isEqualTo(Alert.OPEN);
            assertThat(a.consecutiveFailures()).isEqualTo(3);
            assertThat(a.message()).contains("feed.pindah").contains(url).contains("3 runs in a row")
                    .contains("HTTP 404");
            assertThat(a.lastError()).isEqualTo(error);
            // what the dashboard words: the feed as configured, and the code of its last error
            assertThat(a.query()).isEqualTo("feed.pindah");
            assertThat(a.queryValue()).isEqualTo(url);
            assertThat(a.errorCode()).isEqualTo("web.rejected");
            assertThat(a.errorArgs()).isEqualTo(Map.of("status", "404", "address", url));
        });

        SourceRun fourth = h.poll(source(h, feed("pindah", "Portal Pindah", "pindah/feed"),
                feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        assertThat(fourth.queries().get(0).status()).isEqualTo("ok");
        List<Alert> alerts = alerts(h);
        assertThat(alerts).hasSize(2).extracting(Alert::id).containsOnly(alerts.get(0).id());
        assertThat(alerts.get(1).status()).isEqualTo(Alert.RESOLVED);
        assertThat(alerts.get(1).message()).contains("feed.pindah").contains("works again after 3 failed runs");
    }

    @Test
    void readsAnAtomFeedWithFullContentWithoutFetchingPages() {
        web.on("/antara/atom.xml", feedReply("news/antara-atom.xml"));
        SourceHarness h = harness();

        h.poll(source(h, feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        Post pipa = post(h, "Pemkot Kupang perbaiki pipa");
        assertThat(pipa.createdAt()).isEqualTo(Instant.parse("2024-07-11T01:05:00Z"));
        assertThat(pipa.authorName()).isEqualTo("Benny Jahang");
        assertThat(pipa.lang()).isEqualTo("id");
        assertThat(pipa.url()).isEqualTo(web.baseUrl() + "berita/55501/pemkot-kupang-perbaiki-pipa");
        assertThat(pipa.text().lines()).hasSize(2);
        assertThat(post(h, "BMKG").text().lines()).hasSize(2);
        assertThat(web.requests()).hasSize(1);
    }

    @Test
    void aConditionalGetAnsweredWithNotModifiedCollectsNothingAndSaysSo() {
        web.on("/antara/atom.xml", feedReply("news/antara-atom.xml").withHeaders(Map.of("ETag", "\"v1-55501\"",
                "Last-Modified", "Thu, 11 Jul 2024 02:00:00 GMT")), Reply.status(304));
        SourceHarness h = harness();
        h.poll(source(h, feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        SourceRun second = h.poll(source(h, feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        assertThat(web.requests().get(1).header("If-None-Match")).isEqualTo("\"v1-55501\"");
        assertThat(web.requests().get(1).header("If-Modified-Since")).isEqualTo("Thu, 11 Jul 2024 02:00:00 GMT");
        CoverageRecord coverage = second.queries().get(0);
        assertThat(coverage.status()).isEqualTo("ok");
        assertThat(coverage.pages()).isEqualTo(1);
        assertThat(coverage.fetched()).isZero();
        assertThat(h.landed("news")).hasSize(2);
    }

    @Test
    void anItemStillInTheFeedIsCollectedAndItsArticleFetchedOnce() {
        nusaFlobamora();
        SourceHarness h = harness();
        h.poll(source(h, feed("nusaflobamora", "Nusa Flobamora", "nusaflobamora/feed/")), runner());

        SourceRun second = h.poll(source(h, feed("nusaflobamora", "Nusa Flobamora", "nusaflobamora/feed/")), runner());

        assertThat(second.written()).isZero();
        assertThat(web.requests()).filteredOn(r -> r.uri().contains("pemkot-kupang-bina-kim")).hasSize(1);
        assertThat(h.landed("news")).hasSize(3);
    }

    @Test
    void anItemWhoseLinkOnlyChangesItsCampaignParametersIsTheSamePost() {
        web.on("/victory/feed/", feedReply("news/victory-utm-poll1.xml"), feedReply("news/victory-utm-poll2.xml"));
        SourceHarness h = harness();
        Map<String, Object> victory = Map.of("id", "victory", "name", "Victory News", "url",
                web.baseUrl() + "victory/feed/", "full_text", false);
        h.poll(source(h, victory), runner());

        SourceRun second = h.poll(source(h, victory), runner());

        assertThat(second.written()).isEqualTo(1); // only the new article, ?p=20430
        assertThat(h.landed("news")).extracting(r -> r.post().title()).containsExactlyInAnyOrder(
                "Air Bersih Kembali Mengalir di Kelurahan Oebufu", "Lurah Fatululi Ajak Warga Kerja Bakti",
                "Jalan El Tari Ditutup Sementara untuk Perbaikan Drainase");
        assertThat(h.landed("news")).extracting(r -> r.post().id()).doesNotHaveDuplicates();
        // the link is kept as the outlet wrote it; only the id ignores the campaign
        assertThat(post(h, "Lurah Fatululi").url()).endsWith("?p=20411&utm_source=rss&fbclid=IwAR0a1");
    }

    @Test
    void aFeedWithExternalEntitiesNeverResolvesThem() {
        web.on("/disusupi/feed", feedReply("news/xxe-rss.xml"))
                .on("/xxe/", Reply.ok("SECRET-FROM-THE-NETWORK".getBytes(StandardCharsets.UTF_8)));
        SourceHarness h = harness();

        SourceRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> h.poll(source(h,
                Map.of("id", "disusupi", "name", "Portal Disusupi", "url", web.baseUrl() + "disusupi/feed",
                        "full_text", false)), runner()));

        assertThat(web.requests()).extracting(ReplayHttpServer.Request::uri).containsExactly("/disusupi/feed");
        // the item holds references to entities it does not define: kept verbatim as a reject, unresolved
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.status()).isEqualTo("partial");
        assertThat(coverage.rejected()).isEqualTo(1);
        assertThat(h.landed("news")).isEmpty();
        assertThat(h.rejects("news")).singleElement().satisfies(r -> assertThat(r.toString())
                .contains("&secret;").doesNotContain("root:", "SECRET-FROM-THE-NETWORK", "aaaaaaaaaaaaaaaaaaaa"));
    }

    @Test
    void aPortalErrorPageServedAsTheFeedFailsAsNotAFeed() {
        web.on("/pindah/feed", html("news/not-found-404.html"));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, feed("pindah", "Portal Pindah", "pindah/feed")), runner());

        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.errorCode()).isEqualTo("news.not_a_feed");
        assertThat(coverage.error()).contains("Portal Pindah", "not a readable RSS/Atom feed").doesNotContain("\n");
        assertThat(web.requests()).hasSize(1); // not retried: the next run tries again
    }

    @Test
    void aMalformedFeedFailsWithAClearErrorAndTheOtherFeedsContinue() {
        web.on("/rusak/feed", feedReply("news/malformed.xml")).on("/antara/atom.xml", feedReply("news/antara-atom.xml"));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, feed("portal-rusak", "Portal Rusak", "rusak/feed"),
                feed("antara-ntt", "ANTARA NTT", "antara/atom.xml")), runner());

        assertThat(run.queries()).extracting(CoverageRecord::query, CoverageRecord::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("feed.portal-rusak", "failed"),
                        org.assertj.core.groups.Tuple.tuple("feed.antara-ntt", "ok"));
        assertThat(run.queries().get(0).error()).contains("Portal Rusak").contains("not a readable RSS/Atom feed")
                .contains("not well-formed XML");
        assertThat(run.queries().get(0).errorCode()).isEqualTo("news.not_a_feed");
        assertThat(run.queries().get(0).errorArgs()).isEqualTo(Map.of("address", web.baseUrl() + "rusak/feed"));
        assertThat(h.landed("news")).hasSize(2);
    }

    @Test
    void aPortalStillDownAfterTheRetriesIsRecordedAsUnavailableWithItsStatusAndHost() {
        web.on("/mati/feed", Reply.status(503));
        SourceHarness h = harness();

        CoverageRecord coverage = h.poll(source(h, feed("mati", "Portal Mati", "mati/feed")), runner())
                .queries().get(0);

        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.errors()).isEqualTo(2); // max_retries=1
        assertThat(coverage.errorCode()).isEqualTo("web.unavailable");
        assertThat(coverage.errorArgs()).isEqualTo(Map.of("status", "503", "host", "127.0.0.1"));
    }

    @Test
    void aPortalOutOfReachIsRecordedAsUnreachableWithItsHost() {
        String url = web.baseUrl() + "jauh/feed";
        web.close(); // nothing listens on its port any more
        SourceHarness h = harness();

        CoverageRecord coverage = h.poll(source(h, Map.of("id", "jauh", "name", "Portal Jauh", "url", url)), runner())
                .queries().get(0);

        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.error()).startsWith("cannot reach 127.0.0.1");
        assertThat(coverage.errorCode()).isEqualTo("web.unreachable");
        assertThat(coverage.errorArgs()).isEqualTo(Map.of("host", "127.0.0.1"));
    }

    @Test
    void aPortalAskingToWaitLongerThanAllowedIsRecordedWithItsResetTime() {
        web.on("/sibuk/feed", Reply.status(429).withHeaders(Map.of("Retry-After", "7200")));
        SourceHarness h = harness();
        Map<String, Object> settings = runner();
        settings.put("max_rate_limit_wait", "PT15M");
        settings.put("feeds", List.of(feed("sibuk", "Portal Sibuk", "sibuk/feed")));
        NewsSource source = new NewsSource();
        source.configure(h.context("news", settings, List.of(), new JdkWebClient(Clock.fixed(NOW, ZoneOffset.UTC))));

        CoverageRecord coverage = h.poll(source, settings).queries().get(0);

        assertThat(coverage.status()).isEqualTo("partial");
        assertThat(coverage.errorCode()).isEqualTo("web.rate_limited");
        assertThat(coverage.errorArgs())
                .isEqualTo(Map.of("host", "127.0.0.1", "reset", NOW.plusSeconds(7200).toString()));
    }

    @Test
    void readsAFeedEncodedInIso88591() {
        web.on("/victory/ekonomi.xml", feedReply("news/victory-latin1.xml")
                .withHeaders(Map.of("Content-Type", "application/rss+xml")));
        SourceHarness h = harness();

        h.poll(source(h, feed("victorynews", "Victory News", "victory/ekonomi.xml")), runner());

        Post kopi = post(h, "Harga Kopi");
        assertThat(kopi.title()).isEqualTo("Harga Kopi di Café Kota Kupang Naik");
        assertThat(kopi.text()).contains("Café Sérénade", "34°C", "± setahun");
        assertThat(kopi.createdAt()).isEqualTo(Instant.parse("2024-07-10T12:00:00Z"));
        assertThat(web.requests()).hasSize(1); // the feed has the full text
    }

    // --- fixtures

    /** Every alert the runner raised or updated, in order (the local coverage file). */
    private static List<Alert> alerts(SourceHarness h) throws IOException {
        Path file = new CoverageLog(h.settings(), null).localFile(Wita.dayKey(NOW));
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Alert> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node.get("kind").asText().equals("alert")) {
                out.add(Json.MAPPER.treeToValue(node.get("record"), Alert.class));
            }
        }
        return out;
    }

    private void nusaFlobamora() {
        web.on("/nusaflobamora/feed/", feedReply("news/nusaflobamora-rss.xml"))
                .on("/2024/07/11/pemkot-kupang-bina-kim/", html("news/article-kim.html"))
                .on("/2024/07/12/banjir-oesapa/", html("news/article-banjir.html"))
                .on("/2024/07/12/sampah-tps-kelapa-lima/", Reply.status(404));
    }

    /** A recorded feed with its {@code {{base}}} links pointing at this test's server. */
    private Reply feedReply(String resource) {
        // ISO-8859-1 maps bytes 1:1, so this keeps any feed encoding intact around the ASCII placeholder
        String bytes = new String(resource(resource), StandardCharsets.ISO_8859_1).replace("{{base}}", web.baseUrl());
        return Reply.ok(bytes.getBytes(StandardCharsets.ISO_8859_1))
                .withHeaders(Map.of("Content-Type", "application/rss+xml; charset=utf-8"));
    }

    private static Reply html(String resource) {
        return Reply.ok(resource(resource)).withHeaders(Map.of("Content-Type", "text/html; charset=utf-8"));
    }

    private Map<String, Object> feed(String id, String name, String path) {
        return Map.of("id", id, "name", name, "url", web.baseUrl() + path);
    }

    private SourceHarness harness() {
        return SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @SafeVarargs
    private NewsSource source(SourceHarness h, Map<String, Object>... feeds) {
        Map<String, Object> settings = new HashMap<>(runner());
        settings.put("feeds", List.of(feeds));
        NewsSource source = new NewsSource();
        source.configure(h.context("news", settings, List.of(), new JdkWebClient(Clock.fixed(NOW, ZoneOffset.UTC))));
        return source;
    }

    private static Map<String, Object> runner() {
        return new HashMap<>(Map.of("enabled", true, "max_retries", 1, "retry_backoff", "PT1S"));
    }

    private static LandingRecord record(SourceHarness h, String titleStart) {
        return h.landed("news").stream().filter(r -> r.post().title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static Post post(SourceHarness h, String titleStart) {
        return record(h, titleStart).post();
    }

    /** The project's seed document, when the shared directory is there (tests compare against it). */
    private static Path sharedSeed() {
        String shared = System.getProperty("sasando.shared.dir");
        Path seed = shared == null ? null : Path.of(shared).resolve(SEED);
        return seed != null && Files.exists(seed) ? seed : null;
    }
}

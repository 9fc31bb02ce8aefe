package id.go.kupangkota.sasando.ingest.source.x;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.run.RunMode;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.Reply;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import id.go.kupangkota.sasando.ingest.source.WebClient;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The X source through Twitter4J against a local server replaying recorded API v2 responses
 * ({@code src/test/resources/x/}), run by the real runner ({@link SourceHarness}): paging,
 * checkpoints, rate-limit waits, retries, and broken or odd responses.
 */
class XSourceTest {
    // ids of the recorded posts, newest first as the API pages them
    static final String P1 = "1811208786539515905", P2 = "1811198720209915905", P3 = "1811192428753915905",
            P4 = "1810954611717115905", P5 = "1810916862981115905", P6 = "1810866531333115905",
            P7 = "1810842623800315905", NEWER = "1811538458833915905", ANNOUNCEMENT = "1810086390789115905";
    static final String TOKEN_PAGE_2 = "b26v89c19zqg8o3fosbtghf4ppjgy9e7qokg8d4dx8gfx";
    static final String TOKEN_PAGE_3 = "b26v89c19zqg8o3fosbtghf4ppjgy9e7qokg8d4dx8gfy";
    static final String SEARCH = "/2/tweets/search/recent";
    static final String BEARER = "test-bearer-AAAAAAAAAAAAAAAAAAAAAKupang";
    static final String TOKEN_VARIABLE = "SASANDO_TEST_X_BEARER";
    static final Instant NOW = Instant.parse("2024-07-11T02:00:00Z");

    @TempDir
    Path home;
    final ReplayHttpServer x = ReplayHttpServer.start();

    @BeforeAll
    static void bearerToken() {
        // read through the settings' bearer_token_env, as in production, from a name no real setup uses
        System.setProperty(TOKEN_VARIABLE, BEARER);
    }

    @AfterEach
    void stopServer() {
        x.close();
    }

    @Test
    void pagesThroughThreeResponsesWithNextTokensAndRemembersTheNewestId() {
        threePages();
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(ids(h)).containsExactly(P1, P2, P3, P4, P5, P6, P7);
        assertThat(x.requests()).extracting(ReplayHttpServer.Request::uri).satisfiesExactly(
                first -> assertThat(first).contains("query=(\"air bersih\" OR PDAM OR #AirBersih)")
                        .doesNotContain("next_token").doesNotContain("since_id"),
                second -> assertThat(second).contains("next_token=" + TOKEN_PAGE_2),
                third -> assertThat(third).contains("next_token=" + TOKEN_PAGE_3));
        assertThat(x.requests().get(0).uri()).contains("expansions=" + XClient.EXPANSIONS)
                .contains("tweet.fields=" + XClient.TWEET_FIELDS).contains("user.fields=" + XClient.USER_FIELDS);
        assertThat(x.requests().get(0).header("Authorization")).isEqualTo("Bearer " + BEARER);
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.status()).isEqualTo("ok");
        assertThat(coverage.pages()).isEqualTo(3);
        assertThat(coverage.written()).isEqualTo(7);
        assertThat(coverage.warnings()).isZero();
        assertThat(coverage.firstWarnings()).isEmpty();
        assertThat(checkpoint(h)).isEqualTo(Map.of(XSource.SINCE_ID, P1));
    }

    @Test
    void keepsEachPostVerbatimWithTheUsersAndPostsItRefersTo() {
        threePages();
        SourceHarness h = harness();
        h.poll(source(h, airBersih()), runner());

        LandingRecord repost = h.landed("x").stream().filter(r -> r.post().nativeId().equals(P5)).findFirst().orElseThrow();

        assertThat(repost.raw()).startsWith("{\"data\":{").contains("\"id\":\"" + P5 + "\"")
                .contains("\"includes\":{\"users\":[").contains("\"username\":\"kim_kelapalima\"")
                .contains("\"id\":\"" + ANNOUNCEMENT + "\"");
        assertThat(repost.post().repostOf()).isEqualTo("x:" + ANNOUNCEMENT);
        assertThat(repost.post().authorCreatedAt()).isEqualTo(Instant.parse("2021-08-17T01:00:00Z"));
        assertThat(repost.post().text()).endsWith("laporkan pipa bocor ke posko kelurahan. #AirBersih #KotaKupang");
        assertThat(repost.mapperVersion()).isEqualTo(XMapper.VERSION);
    }

    @Test
    void aRestartAsksOnlyForPostsNewerThanTheLastPass() {
        x.on("since_id=" + P1, Reply.ok(resource("x/search-newer.json")));
        threePages();
        SourceHarness h = harness();
        h.poll(source(h, airBersih()), runner());

        SourceRun second = h.poll(source(h, airBersih()), runner());

        assertThat(x.requests().get(3).uri()).contains("since_id=" + P1).doesNotContain("next_token");
        assertThat(second.written()).isEqualTo(1);
        assertThat(ids(h)).contains(NEWER).hasSize(8);
        assertThat(checkpoint(h)).isEqualTo(Map.of(XSource.SINCE_ID, NEWER));
    }

    @Test
    void afterAStopLongerThanTheSearchWindowItStartsAfreshAndRecordsTheGap() {
        x.on(SEARCH, Reply.ok(resource("x/search-page-3.json")));
        harness().poll(source(harness(), airBersih()), runner());
        SourceHarness tenDaysLater = SourceHarness.in(home).clock(Clock.fixed(NOW.plus(Duration.ofDays(10)), ZoneOffset.UTC));

        SourceRun run = tenDaysLater.poll(source(tenDaysLater, airBersih()), runner());

        assertThat(x.requests().get(1).uri()).doesNotContain("since_id");
        assertThat(run.queries().get(0).gaps()).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(Instant.parse("2024-07-10T02:40:00Z")); // the newest post collected
            assertThat(g.to()).isEqualTo(NOW.plus(Duration.ofDays(3)).plusSeconds(60));
        });
    }

    @Test
    void aRunStoppedMidPassResumesAtTheSamePageAndOnlyThenMovesSinceId() {
        threePages();
        SourceHarness h = harness();
        Map<String, Object> onePagePerRun = runner();
        onePagePerRun.put("max_pages_per_run", 1);

        SourceRun first = h.poll(source(h, airBersih()), onePagePerRun);
        assertThat(first.queries().get(0).status()).isEqualTo("partial");
        assertThat(checkpoint(h)).containsEntry(XSource.NEXT_TOKEN, TOKEN_PAGE_2)
                .containsEntry(XSource.PASS_NEWEST, P1).doesNotContainKey(XSource.SINCE_ID);

        h.poll(source(h, airBersih()), runner());

        assertThat(x.requests().get(1).uri()).contains("next_token=" + TOKEN_PAGE_2).doesNotContain("since_id");
        // two runs, two landing files; with the fixed clock their names differ only by a random uuid
        assertThat(ids(h)).containsExactlyInAnyOrder(P1, P2, P3, P4, P5, P6, P7);
        assertThat(checkpoint(h)).isEqualTo(Map.of(XSource.SINCE_ID, P1));
    }

    @Test
    void waitsUntilTheRateLimitResetsThenFetchesTheSamePage() {
        long reset = NOW.plusSeconds(120).getEpochSecond();
        x.on(SEARCH, Reply.json(429, resource("x/error-429.json")).withHeaders(Map.of("x-rate-limit-limit", "450",
                        "x-rate-limit-remaining", "0", "x-rate-limit-reset", Long.toString(reset))),
                Reply.ok(resource("x/search-page-3.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(h.sleeps()).containsExactly(Duration.ofSeconds(121));
        assertThat(run.queries().get(0).rateLimitWaits()).isEqualTo(1);
        assertThat(run.queries().get(0).status()).isEqualTo("ok");
        assertThat(ids(h)).containsExactly(P6, P7);
        assertThat(x.requests()).hasSize(2);
    }

    @Test
    void retriesAServiceUnavailableWithBackoff() {
        x.on(SEARCH, Reply.json(503, resource("x/error-503.json")), Reply.ok(resource("x/search-page-3.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(h.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(run.queries().get(0).errors()).isEqualTo(1);
        assertThat(run.queries().get(0).status()).isEqualTo("ok");
        assertThat(ids(h)).containsExactly(P6, P7);
    }

    @Test
    void retriesAPageThatTimedOut() {
        x.on(SEARCH, Reply.ok(resource("x/search-page-3.json")).after(Duration.ofSeconds(3)),
                Reply.ok(resource("x/search-page-3.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner()); // read_timeout is PT1S

        assertThat(run.queries().get(0).errors()).isEqualTo(1);
        assertThat(run.queries().get(0).status()).isEqualTo("ok");
        assertThat(ids(h)).containsExactly(P6, P7);
    }

    @Test
    void aTruncatedPageFailsItsQueryButKeepsEarlierPagesAndTheOtherQueriesRun() {
        byte[] page2 = resource("x/search-page-2.json");
        x.on("next_token=" + TOKEN_PAGE_2, Reply.ok(Arrays.copyOf(page2, page2.length / 2)))
                .on("jalan rusak", Reply.ok(resource("x/search-missing-fields.json")))
                .on(SEARCH, Reply.ok(resource("x/search-page-1.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih(), jalanRusak()), runner());

        CoverageRecord broken = run.queries().get(0);
        assertThat(broken.status()).isEqualTo("failed");
        assertThat(broken.error()).contains("not valid JSON");
        assertThat(broken.errorCode()).isEqualTo("x.bad_response");
        assertThat(broken.errors()).isEqualTo(3); // first try and max_retries=2
        assertThat(run.queries().get(1).status()).isEqualTo("ok");
        assertThat(ids(h)).containsExactlyInAnyOrder(P1, P2, P3, "1811233952363515905");
        assertThat(checkpoint(h)).containsEntry(XSource.NEXT_TOKEN, TOKEN_PAGE_2).doesNotContainKey(XSource.SINCE_ID);
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharactersAndThePostIsKept() {
        byte[] page = resource("x/search-page-3.json");
        x.on(SEARCH, Reply.ok(insertBefore(page, "Antri air", new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF})));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(run.queries().get(0).status()).isEqualTo("ok");
        Post post = h.landed("x").get(0).post();
        assertThat(post.nativeId()).isEqualTo(P6);
        assertThat(post.text()).contains("\uFFFD").endsWith("Antri air di depan kantor lurah Fatululi dari jam 5 pagi."
                + " Katong capek tapi mau bagaimana lai.");
        assertThat(h.landed("x").get(0).unmapped()).contains("text (bytes that were not UTF-8, replaced with U+FFFD)");
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.warnings()).isEqualTo(1);
        assertThat(coverage.firstWarnings()).containsExactly(
                "search.air-bersih#" + P6 + ": text had bytes that are not UTF-8: replaced with U+FFFD");
    }

    @Test
    void aPostOfTenThousandCharactersKeepsItsWholeText() {
        x.on(SEARCH, Reply.ok(resource("x/search-long-post.json")));
        SourceHarness h = harness();

        h.poll(source(h, airBersih()), runner());

        Post post = h.landed("x").get(0).post();
        assertThat(post.text()).hasSize(10_000).startsWith("Catatan warga Maulafa").endsWith("#Maulafa.");
        assertThat(post.hashtags()).containsExactly("Maulafa");
        assertThat(h.landed("x").get(0).unmapped()).doesNotContain("text", "note_tweet.text");
    }

    @Test
    void aPostWithoutCreationTimeOrKnownAuthorIsKeptWithWhatCanBeKnown() {
        x.on(SEARCH, Reply.ok(resource("x/search-missing-fields.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(run.queries().get(0).status()).isEqualTo("ok");
        Post post = h.landed("x").get(0).post();
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-07-11T03:00:00Z")); // from the Snowflake id
        assertThat(post.authorHandle()).isNull();
        assertThat(post.authorKey()).hasSize(32);
        assertThat(post.hashtags()).containsExactly("JalanRusak");
        assertThat(h.landed("x").get(0).unmapped()).contains("author_id (not in includes.users: no handle or name)",
                "created_at (absent: time taken from the post id)");
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.warnings()).isEqualTo(1); // one post, kept with two flaws
        assertThat(coverage.firstWarnings()).singleElement().asString()
                .contains("1811233952363515905").contains("is not in includes.users").contains("no created_at");
    }

    @Test
    void aBackfillSearchesItsWindowAndRecordsWhatRecentSearchCannotReachAsAGap() {
        x.on(SEARCH, Reply.ok(resource("x/search-page-3.json")));
        SourceHarness h = harness();
        XSource source = source(h, airBersih());
        Instant from = NOW.minus(Duration.ofDays(10));
        Instant to = NOW.minus(Duration.ofDays(1));

        SourceRun run = h.runner().backfill(source, SourceConfig.of("x",
                runner()), from, to);
        h.runner().backfill(source, SourceConfig.of("x", runner()), from, to);

        Instant reachable = NOW.minus(Duration.ofDays(7)).plusSeconds(60);
        assertThat(x.requests()).singleElement().satisfies(r -> assertThat(r.uri())
                .contains("start_time=" + reachable.toString().replace(".000", ""))
                .contains("end_time=" + to).doesNotContain("since_id"));
        assertThat(run.queries().get(0).gaps()).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(from);
            assertThat(g.to()).isEqualTo(reachable);
        });
        assertThat(ids(h)).containsExactly(P6, P7);
        assertThat(checkpoint(h)).isEmpty(); // the polling checkpoint is untouched
    }

    @Test
    void aNextTokenThatLeadsBackToItsOwnPageEndsThePassWithARejectAndAGapInsteadOfLooping() {
        // page 2 (recorded) as X answered it once: with its own next_token, so paging would never end
        x.on("next_token=" + TOKEN_PAGE_2, Reply.ok(resource("x/search-page-2-same-token.json")))
                .on(SEARCH, Reply.ok(resource("x/search-page-1.json")));
        SourceHarness h = harness();
        Map<String, Object> settings = new HashMap<>(settings());
        settings.put("max_pages_per_run", 20);
        XSource source = new XSource();
        source.configure(h.context("x", settings, List.of(airBersih()), noWeb()));

        CoverageRecord coverage = h.poll(source, settings).queries().get(0);

        assertThat(x.requests()).hasSize(2);
        assertThat(ids(h)).containsExactly(P1, P2, P3, P4, P5);
        assertThat(coverage.status()).isEqualTo("partial");
        assertThat(coverage.rejected()).isEqualTo(1);
        assertThat(h.rejects("x")).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("next_token", TOKEN_PAGE_2, "the page it was asked for"));
        assertThat(coverage.gaps()).singleElement().satisfies(g -> {
            assertThat(g.to()).isEqualTo(XMapper.snowflakeTime(P5));
            assertThat(g.reason()).contains("next_token");
        });
        assertThat(checkpoint(h)).isEqualTo(Map.of(XSource.SINCE_ID, P1)); // the next run asks for newer posts only
    }

    @Test
    void partialErrorsAreKeptAsRejectsWithoutLosingThePosts() {
        x.on(SEARCH, Reply.ok(resource("x/search-partial-errors.json")));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(ids(h)).containsExactly("1811218852869115905");
        assertThat(h.landed("x").get(0).post().quoteOf()).isEqualTo("x:1811128255902715907");
        assertThat(h.rejects("x")).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("Not Found Error").contains("1811128255902715907");
            assertThat(r.raw()).contains("resource-not-found");
        });
        assertThat(run.queries().get(0).rejected()).isEqualTo(1);
        assertThat(run.queries().get(0).status()).isEqualTo("partial");
    }

    @Test
    void collectsTheTimelineOfAWatchedAccountLookingItsIdUpOnce() {
        x.on("/2/users/by", Reply.ok(resource("x/users-by-warta.json")))
                .on("since_id=" + P4, Reply.ok(resource("x/search-empty.json")))
                .on("/2/users/1500000000000000004/tweets", Reply.ok(resource("x/timeline-warta.json")));
        SourceHarness h = harness();
        XSource source = source(h, wartaAccount());

        assertThat(source.queries()).extracting(q -> q.key()).containsExactly("timeline.warta_kupang_demo");
        h.poll(source, runner());
        h.poll(source(h, wartaAccount()), runner());

        assertThat(ids(h)).containsExactly(P4, ANNOUNCEMENT);
        assertThat(x.requests()).extracting(ReplayHttpServer.Request::uri)
                .filteredOn(u -> u.startsWith("/2/users/by")).hasSize(1);
        assertThat(x.requests().get(2).uri()).contains("since_id=" + P4);
        assertThat(h.runner().checkpoints().load("x", "timeline.warta_kupang_demo").values())
                .containsEntry(XSource.USER_ID, "1500000000000000004").containsEntry(XSource.SINCE_ID, P4);
    }

    @Test
    void theBearerTokenNeverAppearsInErrorsOrSettings() {
        x.on(SEARCH, Reply.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"
                .getBytes(StandardCharsets.UTF_8)));
        SourceHarness h = harness();

        SourceRun run = h.poll(source(h, airBersih()), runner());

        assertThat(run.queries().get(0).status()).isEqualTo("failed");
        assertThat(run.queries().get(0).error()).contains("401").doesNotContain(BEARER);
        assertThat(run.queries().get(0).errors()).isEqualTo(1); // a 401 is not retried
        assertThat(XSettings.from(h.context("x", settings(), List.of(), noWeb()).config()).toString())
                .doesNotContain(BEARER);
    }

    /** What the Sumber view words for analysts: each way X fails has its code, with what the words need. */
    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"401, x.unauthorized, ''", "403, x.forbidden, ''", "400, x.rejected, 400", "503, x.unavailable, 503"})
    void eachHttpErrorOfXIsRecordedWithItsCode(int status, String code, String statusArg) {
        x.on(SEARCH, Reply.json(status, resource("x/error-" + status + ".json")));
        SourceHarness h = harness();

        CoverageRecord coverage = h.poll(source(h, airBersih()), runner()).queries().get(0);

        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.error()).contains("HTTP " + status); // the English detail stays
        assertThat(coverage.errorCode()).isEqualTo(code);
        assertThat(coverage.errorArgs()).isEqualTo(statusArg.isEmpty() ? Map.of() : Map.of("status", statusArg));
    }

    @Test
    void aRateLimitLongerThanTheSourceMayWaitIsRecordedWithItsResetTime() {
        Instant reset = NOW.plus(Duration.ofHours(1));
        x.on(SEARCH, Reply.json(429, resource("x/error-429.json")).withHeaders(Map.of("x-rate-limit-limit", "450",
                "x-rate-limit-remaining", "0", "x-rate-limit-reset", Long.toString(reset.getEpochSecond()))));
        SourceHarness h = harness();
        Map<String, Object> config = runner();
        config.put("max_rate_limit_wait", "PT15M");

        CoverageRecord coverage = h.poll(source(h, airBersih()), config).queries().get(0);

        assertThat(coverage.status()).isEqualTo("partial");
        assertThat(coverage.errorCode()).isEqualTo("x.rate_limited");
        assertThat(coverage.errorArgs()).isEqualTo(Map.of("reset", reset.toString()));
        assertThat(h.sleeps()).isEmpty();
    }

    @Test
    void xOutOfReachIsRecordedAsUnreachable() {
        x.close(); // nothing listens on its port any more
        SourceHarness h = harness();

        CoverageRecord coverage = h.poll(source(h, airBersih()), runner()).queries().get(0);

        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.errors()).isEqualTo(3); // retried first
        assertThat(coverage.error()).contains("network error or timeout");
        assertThat(coverage.errorCode()).isEqualTo("x.unreachable");
        assertThat(coverage.errorArgs()).isEmpty();
    }

    @Test
    void aWatchedAccountXDoesNotKnowIsRecordedWithItsHandle() {
        x.on("/2/users/by", Reply.ok(resource("x/users-by-not-found.json")));
        SourceHarness h = harness();
        XSource source = new XSource();
        source.configure(h.context("x", settings(), List.of(new Watchlist("hilang", "Akun hilang", "", List.of(),
                List.of(), List.of("@akun_tidak_ada"), List.of(), List.of("x"), true, NOW, "test", false)), noWeb()));

        CoverageRecord coverage = h.poll(source, runner()).queries().get(0);

        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.error()).contains("X knows no account @akun_tidak_ada");
        assertThat(coverage.errorCode()).isEqualTo("x.unknown_account");
        assertThat(coverage.errorArgs()).isEqualTo(Map.of("account", "akun_tidak_ada"));
    }

    @Test
    void withoutABearerTokenTheSourceCannotStartAndItsRunSaysSo() {
        SourceHarness h = harness();
        Map<String, Object> noToken = settings();
        noToken.put("bearer_token_env", "SASANDO_TEST_X_BEARER_NOBODY_SETS");
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> XSettings.from(SourceConfig.of("x", noToken), variable -> null));

        SourceRun run = h.runner().failedToStart("x", SourceConfig.of("x", noToken), RunMode.POLL, refused);

        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.error()).contains("needs a bearer token");
        assertThat(coverage.errorCode()).isEqualTo("x.no_token");
        assertThat(coverage.errorArgs()).isEmpty();
    }

    // --- fixtures

    private void threePages() {
        x.on("next_token=" + TOKEN_PAGE_2, Reply.ok(resource("x/search-page-2.json")))
                .on("next_token=" + TOKEN_PAGE_3, Reply.ok(resource("x/search-page-3.json")))
                .on(SEARCH, Reply.ok(resource("x/search-page-1.json")));
    }

    private SourceHarness harness() {
        return SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private XSource source(SourceHarness h, Watchlist... watchlists) {
        XSource source = new XSource();
        source.configure(h.context("x", settings(), List.of(watchlists), noWeb()));
        return source;
    }

    private Map<String, Object> settings() {
        Map<String, Object> s = new HashMap<>(runner());
        s.put("base_url", x.baseUrl() + "2/");
        s.put("bearer_token_env", TOKEN_VARIABLE);
        s.put("read_timeout", "PT1S");
        s.put("connect_timeout", "PT1S");
        return s;
    }

    private static Map<String, Object> runner() {
        return new HashMap<>(Map.of("enabled", true, "max_retries", 2, "retry_backoff", "PT1S"));
    }

    private static WebClient noWeb() {
        return (uri, headers) -> {
            throw new AssertionError("the X source talks through Twitter4J, not the web client: " + uri);
        };
    }

    private static List<String> ids(SourceHarness h) {
        return h.landed("x").stream().map(r -> r.post().nativeId()).toList();
    }

    private Map<String, String> checkpoint(SourceHarness h) {
        return h.runner().checkpoints().load("x", "search.air-bersih").values();
    }

    static Watchlist airBersih() {
        return new Watchlist("air-bersih", "Air bersih", "Keluhan dan info distribusi air PDAM",
                List.of("air bersih", "PDAM"), List.of("#AirBersih"), List.of(), List.of("layanan_publik"),
                List.of(), true, NOW, "test", false);
    }

    static Watchlist jalanRusak() {
        return new Watchlist("jalan-rusak", "Jalan rusak", "Laporan jalan berlubang", List.of("jalan rusak"),
                List.of(), List.of(), List.of("layanan_publik"), List.of(), true, NOW, "test", false);
    }

    static Watchlist wartaAccount() {
        return new Watchlist("warta", "Akun berita", "Akun berita lokal yang dipantau", List.of(), List.of(),
                List.of("@warta_kupang_demo"), List.of(), List.of("x"), true, NOW, "test", false);
    }

    private static byte[] insertBefore(byte[] payload, String marker, byte[] inserted) {
        String text = new String(payload, StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(payload, 0, at);
        out.writeBytes(inserted);
        out.write(payload, at, payload.length - at);
        return out.toByteArray();
    }
}

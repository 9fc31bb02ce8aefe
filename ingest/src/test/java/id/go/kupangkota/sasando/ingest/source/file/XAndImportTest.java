package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.source.AuthorPseudonyms;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.Reply;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import id.go.kupangkota.sasando.ingest.source.x.XHandles;
import id.go.kupangkota.sasando.ingest.source.x.XSource;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static id.go.kupangkota.sasando.ingest.source.file.XPostsImportTest.P1;
import static id.go.kupangkota.sasando.ingest.source.file.XPostsImportTest.P2;
import static id.go.kupangkota.sasando.ingest.source.file.XPostsImportTest.P3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in ingest: the X source collects the recorded API v2 search (replayed by a local
 * server, through Twitter4J), then another tool's export holding three of those tweets is
 * imported. Both copies land (the landing zone keeps every raw record) under one post id, and the
 * import counts the three as landed before, not as new posts.
 */
class XAndImportTest {
    private static final String TOKEN_VARIABLE = "SASANDO_TEST_X_BEARER_MERGE";
    private static final Instant NOW = Instant.parse("2024-07-11T02:00:00Z");
    // the recorded pages' next tokens
    private static final String PAGE_2 = "b26v89c19zqg8o3fosbtghf4ppjgy9e7qokg8d4dx8gfx";
    private static final String PAGE_3 = "b26v89c19zqg8o3fosbtghf4ppjgy9e7qokg8d4dx8gfy";

    @TempDir
    Path home;
    @TempDir
    Path exports;
    private final ReplayHttpServer x = ReplayHttpServer.start();

    @BeforeAll
    static void bearerToken() {
        System.setProperty(TOKEN_VARIABLE, "test-bearer-merge");
    }

    @AfterEach
    void stopServer() {
        x.close();
    }

    private Path recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/file/" + name)) {
            Path p = exports.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    private SourceRun collectFromX(SourceHarness h) {
        x.on("next_token=" + PAGE_2, Reply.ok(resource("x/search-page-2.json")))
                .on("next_token=" + PAGE_3, Reply.ok(resource("x/search-page-3.json")))
                .on("/2/tweets/search/recent", Reply.ok(resource("x/search-page-1.json")));
        Map<String, Object> settings = Map.of("enabled", true, "base_url", x.baseUrl() + "2/",
                "bearer_token_env", TOKEN_VARIABLE, "read_timeout", "PT1S", "connect_timeout", "PT1S");
        Watchlist airBersih = new Watchlist("air-bersih", "Air bersih", "Keluhan air PDAM",
                List.of("air bersih", "PDAM"), List.of("#AirBersih"), List.of(), List.of("layanan_publik"), List.of(),
                true, NOW, "test", false);
        XSource source = new XSource();
        source.configure(h.context("x", settings, List.of(airBersih), (u, hd) -> {
            throw new AssertionError("the X source talks through Twitter4J: " + u);
        }));
        return h.poll(source, settings);
    }

    @Test
    void a_tweet_fetched_from_x_and_imported_is_one_post_counted_as_landed_before() throws IOException {
        SourceHarness h = SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        SourceRun fromX = collectFromX(h);
        assertThat(fromX.written()).isEqualTo(7);

        // two exports of the monitoring tool in one import: the second repeats P3 (under an x.com URL)
        String mapping = recorded("mapping-monitoring-tool.json").toString();
        SourceRun imported = XPostsImportTest.importFiles(h, mapping, recorded("monitoring-tool.csv"),
                recorded("monitoring-tool-day2.csv"));

        assertThat(imported.written()).isEqualTo(8 + 1);
        assertThat(imported.duplicates()).as("P3 again in the second export of the same import").isEqualTo(1);
        assertThat(imported.landedBefore()).as("P1, P2 and P3, landed by the X source").isEqualTo(3);
        assertThat(SourceRunner.landedBeforeNote(imported.written(), imported.landedBefore()))
                .startsWith("; 3 of the 9 landed before").endsWith(", 6 new");

        List<LandingRecord> fromXLanded = h.landed("x");
        List<LandingRecord> fromFile = h.landed("file");
        assertThat(fromFile).filteredOn(r -> r.post().id().startsWith("x:"))
                .extracting(r -> r.post().id())
                .containsExactlyInAnyOrder("x:" + P3, "x:" + P1, "x:" + P2, "x:1811500000000000001");
        assertThat(fromXLanded).extracting(r -> r.post().id()).contains("x:" + P3, "x:" + P1, "x:" + P2);
        // both raw records are kept; the posts are 7 from X + 9 imported - 3 that are the same tweets
        assertThat(fromXLanded.size() + fromFile.size()).isEqualTo(7 + 9);
        assertThat(Stream.concat(fromXLanded.stream(), fromFile.stream()).map(r -> r.post().id()).distinct())
                .hasSize(7 + 9 - 3);
        LandingRecord api = fromXLanded.stream().filter(r -> r.post().id().equals("x:" + P3)).findFirst().orElseThrow();
        LandingRecord csv = fromFile.stream().filter(r -> r.post().id().equals("x:" + P3)).findFirst().orElseThrow();
        assertThat(api.post().source()).isEqualTo("x");
        assertThat(csv.post().source()).isEqualTo("file");
        assertThat(api.post().viewCount()).as("a field only the API has").isEqualTo(845L);
        assertThat(csv.post().viewCount()).isNull();

        // a later import of the tweet from another tool: landed before (by X and by the first import)
        SourceRun later = XPostsImportTest.importFiles(h, recorded("mapping-monitoring-tool-jsonl.json").toString(),
                recorded("monitoring-tool.jsonl"));
        assertThat(later.landedBefore()).isEqualTo(1);
        assertThat(later.duplicates()).isZero();
    }

    @Test
    void an_account_fetched_from_x_and_imported_with_or_without_its_user_id_is_one_author() throws IOException {
        SourceHarness h = SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        collectFromX(h);
        Map<String, String> keyOfX = new java.util.HashMap<>();
        h.landed("x").forEach(r -> keyOfX.put(r.post().authorHandle(), r.post().authorKey()));
        AuthorPseudonyms pseudonyms = AuthorPseudonyms.of(h.settings());
        assertThat(keyOfX).containsEntry("kaka_lasiana", pseudonyms.of("x", "1500000000000000005"))
                .containsEntry("nona_oebobo", pseudonyms.of("x", "1500000000000000001"));

        // with the author's user id (twitter-csv's user_id_str), and without (a handle X saw, in another case)
        SourceRun withIds = XPostsImportTest.importFiles(h, "twitter-csv", recorded("twitter-export-user-ids.csv"));
        // without an id column at all: the monitoring tool's export names handles only
        XPostsImportTest.importFiles(h, recorded("mapping-monitoring-tool.json").toString(),
                recorded("monitoring-tool.csv"));

        assertThat(withIds.written()).isEqualTo(5);
        Map<String, String> keyOfImported = new java.util.HashMap<>();
        h.landed("file").forEach(r -> keyOfImported.put(r.post().id(), r.post().authorKey()));
        assertThat(keyOfImported.get("x:1812000000000000001")).as("user id column").isEqualTo(keyOfX.get("kaka_lasiana"));
        assertThat(keyOfImported.get("x:1812000000000000003")).as("the same user id under a new handle")
                .isEqualTo(keyOfX.get("kaka_lasiana"));
        assertThat(keyOfImported.get("x:1812000000000000002")).as("handle 'Nona_Oebobo', no user id")
                .isEqualTo(keyOfX.get("nona_oebobo"));
        assertThat(keyOfImported.get("x:" + P1)).as("monitoring tool, handle only").isEqualTo(keyOfX.get("kim_kelapalima"));
        assertThat(keyOfImported.get("x:" + P2)).isEqualTo(keyOfX.get("ojek_alak"));
        assertThat(keyOfImported.get("x:1812000000000000005")).as("a user id column that is no id: the handle X saw")
                .isEqualTo(keyOfX.get("ojek_alak"));
        // a handle X never saw keeps the import's own key, and rows that are no tweets keep theirs
        assertThat(keyOfImported.get("x:1812000000000000004")).isEqualTo(pseudonyms.of("file", "warga_baru"));
        assertThat(h.landed("file")).filteredOn(r -> "kupang_info".equals(r.post().authorHandle()))
                .extracting(r -> r.post().authorKey()).containsOnly(pseudonyms.of("file", "kupang_info"));
        assertThat(h.landed("file")).extracting(LandingRecord::mapperVersion).containsOnly("file-3");
        assertThat(withIds.warnings()).as("the broken user id is reported").isEqualTo(1);
        // five X accounts, however their posts came: one key each
        assertThat(Stream.concat(h.landed("x").stream(), h.landed("file").stream())
                .filter(r -> r.post().id().startsWith("x:")).map(r -> r.post().authorKey()).distinct())
                .containsExactlyInAnyOrder(keyOfX.get("kaka_lasiana"), keyOfX.get("nona_oebobo"),
                        keyOfX.get("kim_kelapalima"), keyOfX.get("ojek_alak"), keyOfX.get("warta_kupang_demo"),
                        pseudonyms.of("file", "warga_baru"));
    }

    @Test
    void the_handles_of_posts_the_x_source_landed_before_handles_were_kept_are_learnt_from_the_landing_zone()
            throws IOException {
        SourceHarness h = SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        collectFromX(h);
        Path handles = home.resolve("ingest/state/x").resolve(XHandles.FILE);
        Files.delete(handles); // as an installation whose X posts landed before this release

        XPostsImportTest.importFiles(h, recorded("mapping-monitoring-tool.json").toString(),
                recorded("monitoring-tool.csv"));

        AuthorPseudonyms pseudonyms = AuthorPseudonyms.of(h.settings());
        assertThat(h.landed("file")).filteredOn(r -> r.post().id().equals("x:" + P1)).extracting(r -> r.post().authorKey())
                .containsExactly(pseudonyms.of("x", "1500000000000000002")); // kim_kelapalima
        assertThat(handles).content().contains("kaka_lasiana\t1500000000000000005\n", "nona_oebobo\t1500000000000000001\n");
    }
}

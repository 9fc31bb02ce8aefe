package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows of other tools' exports that are posts of X get the X source's ids ({@code x:<tweet id>});
 * every other row keeps the import's own id. Recorded exports in {@code src/test/resources/file/}.
 */
class XPostsImportTest {
    static final String P3 = "1811192428753915905", P2 = "1811198720209915905", P1 = "1811208786539515905";

    @TempDir
    Path home;
    @TempDir
    Path exports;

    Path recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/file/" + name)) {
            Path p = exports.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    static SourceRun importFiles(SourceHarness h, String mapping, Path... files) {
        FileSource source = FileSource.forFiles(List.of(files), mapping);
        source.configure(h.context("file", Map.of(), List.of(), (u, hd) -> null));
        return h.runner().importAll(source, h.context("file", Map.of(), List.of(), (u, hd) -> null).config());
    }

    private static List<String> ids(List<LandingRecord> landed) {
        return landed.stream().map(r -> r.post().id()).toList();
    }

    private static LandingRecord record(List<LandingRecord> landed, String id) {
        return landed.stream().filter(r -> r.post().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void csv_rows_with_a_status_url_get_the_x_sources_id_and_stay_an_import() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        SourceRun run = importFiles(h, recorded("mapping-monitoring-tool.json").toString(),
                recorded("monitoring-tool.csv"));
        List<LandingRecord> landed = h.landed("file");

        assertThat(ids(landed)).hasSize(8).doesNotHaveDuplicates();
        assertThat(ids(landed).subList(0, 3)).containsExactly("x:" + P3, "x:" + P1, "x:" + P2);
        Post p3 = record(landed, "x:" + P3).post();
        assertThat(p3.source()).as("provenance: the copy came from the import").isEqualTo("file");
        assertThat(p3.nativeId()).isEqualTo(P3);
        assertThat(p3.url()).isEqualTo("https://twitter.com/nona_oebobo/status/" + P3);
        assertThat(p3.likeCount()).isEqualTo(11L);
        assertThat(p3.createdAt()).isEqualTo(Instant.parse("2024-07-11T00:15:00Z"));
        assertThat(record(landed, "x:" + P3).raw()).contains("twitter.com/nona_oebobo/status/" + P3);
        assertThat(record(landed, "x:" + P3).mapperVersion()).isEqualTo("file-3");
        // a Facebook post, a tweet shared on Facebook (the platform column wins), a news item, a broken
        // status URL and a row without url keep today's ids
        assertThat(ids(landed).subList(3, 8)).allMatch(id -> id.matches("file:h[0-9a-f]+"));
        assertThat(run.written()).isEqualTo(8);
        assertThat(run.warnings()).as("the broken status URL of a row saying Twitter").isEqualTo(1);
        assertThat(run.queries().get(0).firstWarnings()).singleElement().asString()
                .startsWith("monitoring-tool.csv:8").contains("platform 'Twitter' is X but the row has no tweet id");
    }

    @Test
    void jsonl_rows_with_a_status_url_get_the_x_sources_id() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        SourceRun run = importFiles(h, recorded("mapping-monitoring-tool-jsonl.json").toString(),
                recorded("monitoring-tool.jsonl"));
        List<LandingRecord> landed = h.landed("file");

        assertThat(ids(landed)).hasSize(4);
        assertThat(ids(landed).get(0)).isEqualTo("x:" + P3);
        assertThat(landed.get(0).post().source()).isEqualTo("file");
        assertThat(landed.get(0).post().authorHandle()).isEqualTo("nona_oebobo");
        assertThat(ids(landed).subList(1, 4)).as("instagram, a status URL without a number, another domain")
                .allMatch(id -> id.startsWith("file:h"));
        assertThat(run.warnings()).isEqualTo(1);
    }

    @Test
    void an_id_column_with_a_platform_column_gives_tweets_the_x_sources_id_and_links_their_replies()
            throws IOException {
        SourceHarness h = SourceHarness.in(home);
        SourceRun run = importFiles(h, recorded("mapping-platform-ids.json").toString(), recorded("platform-ids.csv"));
        List<LandingRecord> landed = h.landed("file");

        assertThat(ids(landed)).containsExactly("x:" + P3, "x:" + P2, "file:17912345678901234", "file:1.81119E+18");
        assertThat(record(landed, "x:" + P2).post().replyTo()).isEqualTo("x:" + P3);
        assertThat(run.warnings()).as("the tweet id a spreadsheet turned into 1.81119E+18").isEqualTo(1);
    }

    @Test
    void the_twitter_csv_preset_says_every_row_is_a_post_of_x() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        importFiles(h, "twitter-csv", recorded("twitter-export.csv"));

        assertThat(h.landed("file")).extracting(r -> r.post().id(), r -> r.post().source()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("x:1862000000000000001", "file"),
                org.assertj.core.groups.Tuple.tuple("x:1862000000000000002", "file"));
    }

    @Test
    void the_same_tweet_in_two_tools_exports_is_one_post_landed_before_the_second_time() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        importFiles(h, recorded("mapping-monitoring-tool.json").toString(), recorded("monitoring-tool.csv"));
        SourceRun second = importFiles(h, recorded("mapping-monitoring-tool-jsonl.json").toString(),
                recorded("monitoring-tool.jsonl"));

        assertThat(second.written()).isEqualTo(4);
        assertThat(second.landedBefore()).as("x:%s, under a twitter.com URL before and an x.com one now", P3)
                .isEqualTo(1);
        assertThat(second.warnings()).as("no id conflict: a tweet id is its own identity").isEqualTo(1);
    }
}

package id.go.kupangkota.sasando.spark.accounts;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AccountsJobTest {
    private static Map<String, Row> accounts;
    private static Map<String, Row> edges;

    /**
     * A bot posting one slogan ten times in an hour at @warga; warga posts twice and replies once.
     * Two quiet accounts post once each: "baru", created 2 July 2024 (WITA), and "lama", created in
     * 2015; baru posts again the next week from a copy that does not carry the account's age.
     */
    static List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(tagged(post("b" + i, "bot", "Pilih nomor 1!", "2024-07-11T02:0" + i + ":00Z"), "positive", "none",
                    List.of(), List.of("politik"), null).mentions(List.of("@Warga")).build());
        }
        posts.add(tagged(post("w1", "warga", "air sonde jalan", "2024-07-11T01:00:00Z"), "negative", "anger",
                List.of(), List.of("layanan_publik"), null).viewCount(100L).likeCount(3L).build());
        posts.add(tagged(post("w2", "warga", "bot lai", "2024-07-12T01:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).viewCount(50L).replyTo("x:b0").build());
        posts.add(tagged(post("n1", "baru", "halo Kupang", "2024-07-11T03:00:00Z"), "neutral", "none",
                List.of(), List.of(), null).authorCreatedAt(Instant.parse("2024-07-01T20:00:00Z")).build());
        posts.add(tagged(post("n2", "baru", "halo lagi", "2024-07-16T03:00:00Z"), "neutral", "none",
                List.of(), List.of(), null).build());
        posts.add(tagged(post("l1", "lama", "halo Kupang", "2024-07-11T03:00:00Z"), "neutral", "none",
                List.of(), List.of(), null).authorCreatedAt(Instant.parse("2015-01-01T00:00:00Z")).build());
        return posts;
    }

    @BeforeAll
    static void compute() {
        Dataset<Row> curated = curated(TestSpark.session(), posts());
        accounts = AccountsJob.accounts(curated).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
        edges = AccountsJob.edges(curated).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
    }

    @Test
    void sumsReachAndEngagementPerAccountAndWeek() {
        Row warga = accounts.get("2024-W28|x|k-warga");
        assertThat(warga.<Long>getAs("posts")).isEqualTo(2);
        assertThat(warga.<Long>getAs("active_days")).isEqualTo(2);
        assertThat(warga.<Long>getAs("reach")).isEqualTo(150);
        assertThat(warga.<Long>getAs("engagement")).isEqualTo(3);
        assertThat(warga.<Integer>getAs("reach_rank")).isEqualTo(1);
        assertThat(accounts.get("2024-W28|x|k-bot").<Integer>getAs("reach_rank")).isEqualTo(2);
    }

    @Test
    void explainsWhyTheBotLooksLikeOne() {
        Row bot = accounts.get("2024-W28|x|k-bot");
        assertThat(bot.<Double>getAs("duplicate_share")).isEqualTo(0.9);
        assertThat(bot.<Double>getAs("burst_share")).isEqualTo(1.0);
        assertThat(bot.<Double>getAs("bot_score")).isEqualTo(0.703);
        assertThat(bot.<scala.collection.Seq<String>>getAs("bot_reasons").mkString(","))
                .isEqualTo("duplicate_texts,bursty_posting");
        assertThat(accounts.get("2024-W28|x|k-warga").<Double>getAs("bot_score")).isLessThan(0.1);
    }

    @Test
    void aYoungAccountScoresHigherThanAnOldOneThatBehavesTheSame() {
        Row baru = accounts.get("2024-W28|x|k-baru");
        Row lama = accounts.get("2024-W28|x|k-lama");

        // created 2 July in WITA (1 July in UTC): 13 whole days before Monday 15 July, the end of week 28
        assertThat(baru.<Integer>getAs("account_age_days")).isEqualTo(13);
        assertThat(baru.<Double>getAs("bot_score")).isCloseTo(lama.<Double>getAs("bot_score") + 0.25, within(1e-9));
        assertThat(baru.<scala.collection.Seq<String>>getAs("bot_reasons").mkString(",")).isEqualTo("young_account");
        assertThat(lama.<Integer>getAs("account_age_days")).isGreaterThan(3000);
        assertThat(lama.<scala.collection.Seq<String>>getAs("bot_reasons").isEmpty()).isTrue();
    }

    @Test
    void theAgeIsKnownInAWeekWhosePostsDoNotCarryIt() {
        Row nextWeek = accounts.get("2024-W29|x|k-baru");
        assertThat(nextWeek.<java.sql.Timestamp>getAs("author_created_at").toInstant())
                .isEqualTo(Instant.parse("2024-07-01T20:00:00Z"));
        assertThat(nextWeek.<Integer>getAs("account_age_days")).isEqualTo(20);
        assertThat(nextWeek.<scala.collection.Seq<String>>getAs("bot_reasons").mkString(",")).isEqualTo("young_account");
    }

    /**
     * 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027: a week of two calendar years is one
     * account row, its active days counted over both, its age counted to Monday 4 January 2027.
     */
    @Test
    void week53OfTheYearEndIsOneWeekOfBothYears() {
        List<Post> posts = List.of(
                tagged(post("y1", "tahun", "tutup tahun", "2026-12-28T01:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).authorCreatedAt(Instant.parse("2026-12-20T16:30:00Z")).build(),
                // 16:30 UTC on New Year's Eve is New Year's Day in Kupang
                tagged(post("y2", "tahun", "selamat tahun baru", "2026-12-31T16:30:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build(),
                tagged(post("y3", "tahun", "libur usai", "2027-01-03T15:59:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build(),
                // Sunday 3 January 16:00 UTC is Monday 4 January 00:00 WITA: 2027-W01
                tagged(post("y4", "tahun", "kerja lagi", "2027-01-03T16:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build());
        Map<String, Row> byId = AccountsJob.accounts(curated(TestSpark.session(), posts)).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));

        assertThat(byId).containsOnlyKeys("2026-W53|x|k-tahun", "2027-W01|x|k-tahun");
        Row w53 = byId.get("2026-W53|x|k-tahun");
        assertThat(w53.<Long>getAs("posts")).isEqualTo(3);
        assertThat(w53.<Long>getAs("active_days")).isEqualTo(3);
        // created 21 December in WITA: 14 whole days before Monday 4 January 2027, the end of W53
        assertThat(w53.<Integer>getAs("account_age_days")).isEqualTo(14);
        assertThat(byId.get("2027-W01|x|k-tahun").<Integer>getAs("account_age_days")).isEqualTo(21);
    }

    @Test
    void anAccountOfUnknownAgeScoresOnBehaviourAlone() {
        Row warga = accounts.get("2024-W28|x|k-warga");
        assertThat(warga.<Integer>getAs("account_age_days")).isNull();
        assertThat(warga.<Double>getAs("bot_score")).isEqualTo(Math.round(1.0 / 48 / 3 * 1000) / 1000.0);
    }

    @Test
    void countsMentionsAndRepliesBetweenAccountsPerDayWithTheirWeek() {
        Row mention = edges.get("2024-07-11|x|mention|k-bot|k-warga");
        assertThat(mention.<Long>getAs("count")).isEqualTo(10);
        assertThat(mention.<String>getAs("to_handle")).isEqualTo("warga");
        assertThat(mention.<String>getAs("day")).isEqualTo("2024-07-11");
        assertThat(mention.<String>getAs("week")).isEqualTo("2024-W28");
        Row reply = edges.get("2024-07-12|x|reply|k-warga|k-bot");
        assertThat(reply.<Long>getAs("count")).isEqualTo(1);
        assertThat(reply.<String>getAs("to_handle")).isEqualTo("bot");
        assertThat(edges).hasSize(2);
    }

    /**
     * nona's X account in one week: x:p1 fetched by the X source and also in a file import of an X export
     * (the import's copy later, with other counts), x:p2 in the import only, x:p3 from the X source only; the
     * import keys her as the X source does. Each post mentions @pemkot. desa's posts come from a file that is
     * no X export: its own platform.
     */
    @Test
    void anXAccountDeliveredByTheXSourceAndAFileImportIsOneAccountWithEachPostCountedOnce() {
        Post p1 = tagged(post("p1", "nona", "jalan rusak @pemkot", "2024-07-09T01:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).mentions(List.of("@pemkot")).likeCount(5L).viewCount(100L).build();
        Post p1Imported = p1.toBuilder().deliveredBy("file").likeCount(4L).viewCount(null)
                .ingestedAt(Instant.parse("2024-07-12T00:00:00Z")).build();
        Post p2 = tagged(Post.builder("x", "p2").deliveredBy("file").authorHandle("nona").authorKey("k-nona")
                        .text("lampu mati @pemkot").createdAt(Instant.parse("2024-07-10T01:00:00Z"))
                        .ingestedAt(Instant.parse("2024-07-12T00:00:00Z")), "negative", "anger", List.of(), List.of(),
                null).mentions(List.of("@pemkot")).likeCount(2L).build();
        Post p3 = tagged(post("p3", "nona", "terima kasih @pemkot", "2024-07-10T02:00:00Z"), "positive", "none",
                List.of(), List.of(), null).mentions(List.of("@pemkot")).likeCount(1L).viewCount(50L).build();
        Post pemkot = tagged(post("k1", "pemkot", "info layanan", "2024-07-08T01:00:00Z"), "neutral", "none",
                List.of(), List.of(), null).build();
        Post desa = tagged(Post.builder("file", "h1").authorHandle("desa").authorKey("k-desa").text("rapat desa")
                .createdAt(Instant.parse("2024-07-10T03:00:00Z")), "neutral", "none", List.of(), List.of(), null)
                .build();
        // as the job reads the curated zone: the latest row per id, the X source's own copy first
        Dataset<Row> current = CuratedPosts.latestPerId(
                curated(TestSpark.session(), List.of(p1, p1Imported, p2, p3, pemkot, desa)));
        Map<String, Row> byId = AccountsJob.accounts(current).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));

        assertThat(byId).containsOnlyKeys("2024-W28|x|k-nona", "2024-W28|x|k-pemkot", "2024-W28|file|k-desa");
        Row nona = byId.get("2024-W28|x|k-nona");
        assertThat(nona.<String>getAs("platform")).isEqualTo("x");
        assertThat(nona.<scala.collection.Seq<String>>getAs("sources").mkString(",")).isEqualTo("file,x");
        assertThat(nona.<Long>getAs("posts")).as("x:p1 once").isEqualTo(3);
        assertThat(nona.<Long>getAs("reach")).as("the X source's views of x:p1, x:p3").isEqualTo(150);
        assertThat(nona.<Long>getAs("engagement")).as("x:p1's likes as the X source counted them").isEqualTo(8);
        assertThat(nona.<Long>getAs("active_days")).isEqualTo(2);
        assertThat(byId.get("2024-W28|file|k-desa").<scala.collection.Seq<String>>getAs("sources").mkString(","))
                .isEqualTo("file");

        Map<String, Row> edgesById = AccountsJob.edges(current).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
        assertThat(edgesById).containsOnlyKeys("2024-07-09|x|mention|k-nona|k-pemkot",
                "2024-07-10|x|mention|k-nona|k-pemkot");
        Row both = edgesById.get("2024-07-10|x|mention|k-nona|k-pemkot");
        assertThat(both.<Long>getAs("count")).isEqualTo(2);
        assertThat(both.<scala.collection.Seq<String>>getAs("sources").mkString(",")).isEqualTo("file,x");
        assertThat(edgesById.get("2024-07-09|x|mention|k-nona|k-pemkot").<Long>getAs("count")).isEqualTo(1);
    }

    /**
     * ani mentions budi on Sunday 14 July 00:30 and 23:00 WITA (13 and 14 July in UTC) and on Monday 15 July
     * 00:30 WITA (still Sunday 14 July, week 28, in UTC).
     */
    @Test
    void anEdgeLandsOnItsWitaDayAndWeekNotTheUtcOnes() {
        List<Post> posts = List.of(
                tagged(post("s1", "ani", "@budi malam", "2024-07-13T16:30:00Z"), "neutral", "none", List.of(),
                        List.of(), null).mentions(List.of("@budi")).build(),
                tagged(post("s2", "ani", "@budi lagi", "2024-07-14T15:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).mentions(List.of("@budi")).build(),
                tagged(post("m1", "ani", "@budi pagi", "2024-07-14T16:30:00Z"), "neutral", "none", List.of(),
                        List.of(), null).mentions(List.of("@budi")).build(),
                tagged(post("b1", "budi", "halo", "2024-07-10T01:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build());
        Map<String, Row> byId = AccountsJob.edges(curated(TestSpark.session(), posts)).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));

        assertThat(byId).containsOnlyKeys("2024-07-14|x|mention|k-ani|k-budi", "2024-07-15|x|mention|k-ani|k-budi");
        Row sunday = byId.get("2024-07-14|x|mention|k-ani|k-budi");
        assertThat(sunday.<Long>getAs("count")).isEqualTo(2);
        assertThat(sunday.<String>getAs("week")).isEqualTo("2024-W28");
        Row monday = byId.get("2024-07-15|x|mention|k-ani|k-budi");
        assertThat(monday.<Long>getAs("count")).isEqualTo(1);
        assertThat(monday.<String>getAs("day")).isEqualTo("2024-07-15");
        assertThat(monday.<String>getAs("week")).isEqualTo("2024-W29");
    }
}

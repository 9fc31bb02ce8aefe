package id.go.kupangkota.sasando.spark.rollup;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class RollupJobTest {
    private static Map<String, Row> daily;
    private static Map<String, Row> weekly;

    /** Four posts around the WITA midnight of 10/11 July 2024 and one in the next ISO week. */
    static List<Post> posts() {
        return List.of(
                // 16:30 UTC on the 10th is 00:30 WITA on the 11th
                tagged(post("1", "ana", "hoaks pemilu", "2024-07-10T16:30:00Z"), "negative", "anger",
                        List.of("hoaks"), List.of("hoaks", "politik"), "Oebobo").build(),
                // 15:59 UTC is still 23:59 WITA on the 10th
                tagged(post("2", "budi", "air su jalan", "2024-07-10T15:59:00Z"), "positive", "happy",
                        List.of(), List.of("layanan_publik"), null).build(),
                tagged(Post.builder("news", "3").text("KIM cegah radikalisme").createdAt(Instant.parse("2024-07-11T02:00:00Z")),
                        "neutral", "none", List.of(), List.of("radikalisme", "terorisme"), "Oebobo").build(),
                tagged(post("4", "ana", "jalan rusak", "2024-07-15T01:00:00Z"), "negative", "anger",
                        List.of(), List.of("layanan_publik"), "Alak").build());
    }

    @BeforeAll
    static void rollUp() {
        Dataset<Row> byDimension = RollupJob.byDimension(curated(TestSpark.session(), posts()));
        daily = byId(RollupJob.daily(byDimension));
        weekly = byId(RollupJob.weekly(byDimension));
    }

    private static Map<String, Row> byId(Dataset<Row> rollups) {
        return rollups.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
    }

    @Test
    void aPostJustAfterWitaMidnightCountsOnTheNextDay() {
        assertThat(volume(daily, "all|all|2024-07-10")).isEqualTo(1);
        assertThat(volume(daily, "all|all|2024-07-11")).isEqualTo(2);
        assertThat(volume(daily, "all|all|2024-07-15")).isEqualTo(1);
        // all: 3 days; topics: 6 (topic, day) pairs; sources: 4; kecamatan: 2
        assertThat(daily).hasSize(3 + 6 + 4 + 2);
    }

    @Test
    void countsSentimentEmotionAndRiskPerDay() {
        Row day = daily.get("all|all|2024-07-11");
        assertThat(day.<Row>getAs("sentiment").<Long>getAs("negative")).isEqualTo(1);
        assertThat(day.<Row>getAs("sentiment").<Long>getAs("neutral")).isEqualTo(1);
        assertThat(day.<Row>getAs("sentiment").<Long>getAs("positive")).isZero();
        assertThat(day.<Row>getAs("sentiment_share").<Double>getAs("negative")).isEqualTo(0.5);
        assertThat(day.<Row>getAs("emotion").<Long>getAs("anger")).isEqualTo(1);
        assertThat(day.<Row>getAs("risk").<Long>getAs("hoaks")).isEqualTo(1);
        assertThat(day.<Row>getAs("risk").<Long>getAs("radikalisme")).isZero();
        assertThat(day.<Long>getAs("risk_any")).isEqualTo(1);
    }

    @Test
    void splitsByTopicSourceAndKecamatan() {
        assertThat(volume(daily, "topic|politik|2024-07-11")).isEqualTo(1);
        assertThat(volume(daily, "topic|radikalisme|2024-07-11")).isEqualTo(1);
        assertThat(volume(daily, "topic|layanan_publik|2024-07-10")).isEqualTo(1);
        assertThat(volume(daily, "source|x|2024-07-11")).isEqualTo(1);
        assertThat(volume(daily, "source|news|2024-07-11")).isEqualTo(1);
        assertThat(volume(daily, "kecamatan|Oebobo|2024-07-11")).isEqualTo(2);
        assertThat(daily).doesNotContainKey("kecamatan|null|2024-07-10");
    }

    @Test
    void aPostWithoutTopicsRiskOrPlaceCountsInAllAndItsSourceOnly() {
        Post bare = tagged(post("9", "cici", "selamat pagi", "2024-07-11T02:00:00Z"), "neutral", "none",
                List.of(), List.of(), null).topics(null).risk(null).build();

        Map<String, Row> rows = byId(RollupJob.daily(RollupJob.byDimension(curated(TestSpark.session(), List.of(bare)))));

        assertThat(rows).containsOnlyKeys("all|all|2024-07-11", "source|x|2024-07-11");
        assertThat(rows.get("all|all|2024-07-11").<Long>getAs("risk_any")).isZero();
    }

    @Test
    void startsEachDayAndWeekAtWitaMidnight() {
        assertThat(daily.get("all|all|2024-07-11").<Timestamp>getAs("start").toInstant())
                .isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
        assertThat(weekly.get("all|all|2024-W28").<Timestamp>getAs("start").toInstant())
                .isEqualTo(Instant.parse("2024-07-07T16:00:00Z"));
    }

    @Test
    void rollsUpIsoWeeks() {
        assertThat(volume(weekly, "all|all|2024-W28")).isEqualTo(3);
        assertThat(volume(weekly, "all|all|2024-W29")).isEqualTo(1);
        assertThat(volume(weekly, "topic|layanan_publik|2024-W28")).isEqualTo(1);
        assertThat(volume(weekly, "source|x|2024-W28")).isEqualTo(2);
        assertThat(weekly.get("all|all|2024-W28").<String>getAs("period")).isEqualTo("week");
    }

    @Test
    void week53RollsUpTheDaysOfBothYearsFromItsMonday() {
        // 2026-W53: Monday 28 December 2026 to Sunday 3 January 2027; 16:30 UTC on 31 December is 1 January WITA
        List<Post> posts = List.of(
                tagged(post("y1", "ana", "tutup tahun", "2026-12-27T16:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build(),
                tagged(post("y2", "ana", "selamat tahun baru", "2026-12-31T16:30:00Z"), "positive", "happy",
                        List.of(), List.of(), null).build(),
                tagged(post("y3", "ana", "libur usai", "2027-01-03T15:59:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build(),
                tagged(post("y4", "ana", "kerja lagi", "2027-01-03T16:00:00Z"), "neutral", "none", List.of(),
                        List.of(), null).build());
        Dataset<Row> byDimension = RollupJob.byDimension(curated(TestSpark.session(), posts));
        Map<String, Row> days = byId(RollupJob.daily(byDimension));
        Map<String, Row> weeks = byId(RollupJob.weekly(byDimension));

        assertThat(volume(days, "all|all|2027-01-01")).isEqualTo(1);
        assertThat(days).doesNotContainKey("all|all|2026-12-31");
        assertThat(days.get("all|all|2027-01-01").<Timestamp>getAs("start").toInstant())
                .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(volume(weeks, "all|all|2026-W53")).isEqualTo(3);
        assertThat(volume(weeks, "all|all|2027-W01")).isEqualTo(1);
        assertThat(weeks.keySet().stream().filter(id -> id.startsWith("all|"))).hasSize(2);
        assertThat(weeks.get("all|all|2026-W53").<Timestamp>getAs("start").toInstant())
                .isEqualTo(Instant.parse("2026-12-27T16:00:00Z"));
        assertThat(weeks.get("all|all|2027-W01").<Timestamp>getAs("start").toInstant())
                .isEqualTo(Instant.parse("2027-01-03T16:00:00Z"));
    }

    private static long volume(Map<String, Row> rollups, String id) {
        assertThat(rollups).containsKey(id);
        return rollups.get(id).<Long>getAs("volume");
    }
}

package id.go.kupangkota.sasando.spark.trends;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class TrendsJobTest {
    private static final Instant FIRST = Instant.parse("2024-06-01T02:00:00Z"); // 10:00 WITA
    private static Map<String, Row> alerts;

    /**
     * 31 days: "air" six times every day (steady), "banjir" once a day for 30 days then six times on
     * the last day (a burst), and #BanjirKupang only on the last day, six times. Five of the last
     * day's posts are placed in Oebobo, where nothing was placed before.
     */
    static List<Post> posts() {
        return posts(FIRST);
    }

    /** {@link #posts()} from another first day. */
    static List<Post> posts(Instant first) {
        List<Post> posts = new ArrayList<>();
        int n = 0;
        for (int day = 0; day < 31; day++) {
            String created = first.plus(day, ChronoUnit.DAYS).toString();
            boolean burst = day == 30;
            for (int i = 0; i < 6; i++) {
                boolean banjir = burst || i == 0;
                Post.Builder p = tagged(post(String.valueOf(n++), "u" + i, "teks", created), "neutral", "none",
                        List.of(), List.of(), burst && i > 0 ? "Oebobo" : null)
                        .terms(banjir ? List.of("banjir", "air") : List.of("air"))
                        .hashtags(burst ? List.of("#BanjirKupang") : List.of());
                posts.add(p.build());
            }
        }
        return posts;
    }

    @BeforeAll
    static void detect() {
        alerts = TrendsJob.alerts(TrendsJob.dailyCounts(TrendsJob.mentions(curated(TestSpark.session(), posts()))), 5, 3.0)
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
    }

    @Test
    void aTermBurstingAboveItsTrailingBaselineIsAnAlert() {
        Row banjir = alerts.get("term|banjir|2024-07-01");
        assertThat(banjir).isNotNull();
        assertThat(banjir.<Long>getAs("count")).isEqualTo(6);
        assertThat(banjir.<Double>getAs("baseline_mean")).isEqualTo(1.0);
        assertThat(banjir.<Double>getAs("baseline_std")).isEqualTo(0.0);
        assertThat(banjir.<Double>getAs("z")).isEqualTo(5.0);
        assertThat(banjir.<scala.collection.Seq<String>>getAs("sample_post_ids").size()).isEqualTo(5);
    }

    @Test
    void aNewHashtagIsLowerCasedAndAlerts() {
        assertThat(alerts).containsKey("hashtag|banjirkupang|2024-07-01");
        assertThat(alerts.get("hashtag|banjirkupang|2024-07-01").<Double>getAs("z")).isEqualTo(6.0);
    }

    @Test
    void aSteadyTermAndTheWarmUpDaysGiveNoAlerts() {
        assertThat(alerts.keySet()).filteredOn(id -> !id.endsWith("|Oebobo"))
                .containsExactlyInAnyOrder("term|banjir|2024-07-01", "hashtag|banjirkupang|2024-07-01");
    }

    @Test
    void aBaselineRunsAcrossTheYearEnd() {
        // the same 31 days from 2 December 2026: the burst is on New Year's Day 2027, its 28 days all in 2026
        Map<String, Row> newYear = TrendsJob.alerts(TrendsJob.dailyCounts(TrendsJob.mentions(curated(TestSpark.session(),
                        posts(Instant.parse("2026-12-02T02:00:00Z"))))), 5, 3.0)
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), r -> r));

        assertThat(newYear.keySet()).filteredOn(id -> !id.endsWith("|Oebobo"))
                .containsExactlyInAnyOrder("term|banjir|2027-01-01", "hashtag|banjirkupang|2027-01-01");
        assertThat(newYear.get("term|banjir|2027-01-01").<Double>getAs("baseline_mean")).isEqualTo(1.0);
        assertThat(newYear.get("term|banjir|2027-01-01").<Double>getAs("z")).isEqualTo(5.0);
    }

    @Test
    void aKecamatanIsJudgedAgainstItsOwnBaseline() {
        // "air" is steady city-wide but new in Oebobo: a burst there, not in the city
        assertThat(alerts.keySet()).filteredOn(id -> id.endsWith("|Oebobo")).containsExactlyInAnyOrder(
                "term|air|2024-07-01|Oebobo", "term|banjir|2024-07-01|Oebobo", "hashtag|banjirkupang|2024-07-01|Oebobo");
        Row air = alerts.get("term|air|2024-07-01|Oebobo");
        assertThat(air.<String>getAs("kecamatan")).isEqualTo("Oebobo");
        assertThat(air.<Long>getAs("count")).isEqualTo(5);
        assertThat(air.<Double>getAs("z")).isEqualTo(5.0);
        assertThat(alerts.get("term|banjir|2024-07-01").<String>getAs("kecamatan")).isNull();
    }
}

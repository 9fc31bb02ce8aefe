package id.go.kupangkota.sasando.ingest.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SourceHealthTest {
    private static final Instant AT = Instant.parse("2024-07-11T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_failing_streak_keeps_the_alerts_of_each_day_and_a_success_forgets_them() {
        SourceHealth health = new SourceHealth(dir);
        health.record("x", true, "HTTP 401", AT);
        health.save(health.record("x", true, "HTTP 401", AT).withAlertId("source_failing:x:2024-07-11"));
        SourceHealth.Streak next = health.record("x", true, "HTTP 401", AT.plusSeconds(86_400));
        health.save(next.withAlertId("source_failing:x:2024-07-12").withAlertId("source_failing:x:2024-07-12"));

        assertThat(new SourceHealth(dir).get("x").alertIds())
                .containsExactly("source_failing:x:2024-07-11", "source_failing:x:2024-07-12");
        assertThat(health.record("x", false, null, AT.plusSeconds(90_000)).alertIds()).isEmpty();
        assertThat(health.get("x").consecutiveFailures()).isZero();
    }

    @Test
    void a_query_streak_written_before_sources_had_alerts_keeps_its_one_alert() throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news").resolve("feed.pindah.json"), """
                {"source":"news","consecutive_failures":4,"last_error":"HTTP 404","last_run_at":"2024-07-11T02:00:00Z",
                 "alert_id":"query_failing:news:feed.pindah:2024-07-11"}
                """);

        SourceHealth.Streak streak = new SourceHealth(dir).getQuery("news", "feed.pindah");

        assertThat(streak.alertIds()).containsExactly("query_failing:news:feed.pindah:2024-07-11");
        assertThat(streak.consecutiveFailures()).isEqualTo(4);
    }

    @Test
    void a_run_recorded_from_the_streak_read_before_it_reads_no_file_again() throws IOException {
        SourceHealth health = new SourceHealth(dir);
        health.record("x", true, "HTTP 401", AT);
        health.recordQuery("news", "feed.a", true, "HTTP 404", AT);
        SourceHealth.Streak source = health.get("x");
        SourceHealth.Streak query = health.getQuery("news", "feed.a");
        // the files change after the one read: what is recorded counts from that read, not from a second one
        Files.writeString(dir.resolve("x.json"), "{\"source\":\"x\",\"consecutive_failures\":7}");
        Files.writeString(dir.resolve("news/feed.a.json"), "{\"source\":\"news\",\"consecutive_failures\":7}");

        assertThat(health.record(source, true, "HTTP 401", AT).consecutiveFailures()).isEqualTo(2);
        assertThat(health.recordQuery("feed.a", query, true, "HTTP 404", AT).consecutiveFailures()).isEqualTo(2);
        assertThat(new SourceHealth(dir).get("x").consecutiveFailures()).isEqualTo(2);
        assertThat(new SourceHealth(dir).getQuery("news", "feed.a").consecutiveFailures()).isEqualTo(2);
    }
}

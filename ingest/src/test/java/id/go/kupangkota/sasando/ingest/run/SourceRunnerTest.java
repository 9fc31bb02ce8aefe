package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.ingest.source.RateLimitedException;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRunnerTest {
    private static final Instant NOW = Instant.parse("2024-07-11T02:00:00Z");

    @TempDir
    Path home;

    private SourceHarness harness() {
        return SourceHarness.in(home).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, Object> config() {
        return Map.of("enabled", true, "commit_every", 25);
    }

    @Test
    void pages_until_the_source_has_no_more_and_writes_every_item_once() {
        SourceHarness h = harness();
        SourceRun run = h.poll(new ScriptedSource("fake", 100, 10), config());

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL); // one item in 97 has no text
        assertThat(run.queries().get(0).pages()).isEqualTo(10);
        assertThat(h.landed("fake")).hasSize(99)
                .extracting(r -> r.post().id()).doesNotHaveDuplicates().contains("fake:0", "fake:99");
    }

    @Test
    void landing_records_keep_the_raw_payload_and_fetch_metadata() {
        SourceHarness h = harness();
        h.poll(new ScriptedSource("fake", 3, 10), config());

        LandingRecord first = h.landed("fake").get(0);
        assertThat(first.raw()).isEqualTo("0|post nomor 0");
        assertThat(first.source()).isEqualTo("fake");
        assertThat(first.query()).isEqualTo("everything");
        assertThat(first.mapperVersion()).isEqualTo("scripted-1");
        assertThat(first.fetchedAt()).isEqualTo(NOW);
        assertThat(first.post().ingestedAt()).isEqualTo(NOW);
        assertThat(first.post().query()).isEqualTo("everything");
    }

    @Test
    void landing_files_are_in_the_wita_day_of_the_fetch_and_none_stays_hidden() throws Exception {
        SourceHarness h = harness();
        h.poll(new ScriptedSource("fake", 60, 10), config());

        Path day = h.settings().landingDir().resolve("fake").resolve("2024-07-11");
        try (Stream<Path> files = Files.list(day)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .isNotEmpty()
                    .allMatch(n -> n.matches("part-\\d+-[0-9a-f-]{36}\\.jsonl"));
        }
    }

    @Test
    void unmappable_items_go_to_the_rejects_folder_with_the_reason() {
        SourceHarness h = harness();
        SourceRun run = h.poll(new ScriptedSource("fake", 20, 10), config());

        assertThat(run.rejected()).isEqualTo(1);
        assertThat(h.rejects("fake")).singleElement().satisfies(r -> {
            assertThat(r.raw()).isEqualTo("13|");
            assertThat(r.reason()).isEqualTo("missing text");
            assertThat(r.location()).isEqualTo("item 13");
        });
    }

    @Test
    void a_second_run_resumes_from_the_checkpoint() {
        SourceHarness h = harness();
        ScriptedSource source = new ScriptedSource("fake", 30, 10);
        h.poll(source, config());
        SourceRun again = h.poll(source, config());

        assertThat(source.cursorsSeen.get(source.cursorsSeen.size() - 1).get("next")).isEqualTo("30");
        assertThat(again.written()).isZero();
        assertThat(h.landed("fake")).extracting(r -> r.post().id()).hasSize(29); // item 13 was rejected
    }

    @Test
    void retryable_errors_are_retried_with_growing_backoff() {
        SourceHarness h = harness();
        ScriptedSource source = new ScriptedSource("fake", 5, 10)
                .failFirst(SourceException.retryable("HTTP 503", null), SourceException.retryable("HTTP 502", null));
        SourceRun run = h.poll(source, Map.of("retry_backoff", "PT2S"));

        assertThat(run.status()).isEqualTo(RunStatus.OK);
        assertThat(run.queries().get(0).errors()).isEqualTo(2);
        assertThat(h.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(h.landed("fake")).hasSize(5);
    }

    @Test
    void a_rate_limit_waits_until_the_reset_time_and_counts_the_wait() {
        SourceHarness h = harness();
        ScriptedSource source = new ScriptedSource("fake", 5, 10)
                .failFirst(new RateLimitedException("HTTP 429", NOW.plusSeconds(59)));
        SourceRun run = h.poll(source, Map.of());

        assertThat(h.sleeps()).containsExactly(Duration.ofSeconds(60));
        assertThat(run.queries().get(0).rateLimitWaits()).isEqualTo(1);
        assertThat(run.queries().get(0).rateLimitWaitSeconds()).isEqualTo(60);
        assertThat(h.landed("fake")).hasSize(5);
    }

    @Test
    void a_rate_limit_longer_than_allowed_ends_the_run_as_partial_without_moving_the_checkpoint() {
        SourceHarness h = harness();
        ScriptedSource source = new ScriptedSource("fake", 5, 10)
                .failFirst(new RateLimitedException("HTTP 429", NOW.plus(Duration.ofHours(2))));
        SourceRun run = h.poll(source, Map.of("max_rate_limit_wait", "PT15M"));

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(run.error()).contains("rate limited until");
        assertThat(h.sleeps()).isEmpty();
        assertThat(h.poll(source, Map.of()).written()).isEqualTo(5);
    }

    @Test
    void a_permanent_error_fails_the_query_but_keeps_what_was_collected() {
        SourceHarness h = harness();
        ScriptedSource source = new ScriptedSource("fake", 5, 10).failAlways();
        SourceRun run = h.poll(source, Map.of());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("credentials rejected");
        assertThat(h.sleeps()).isEmpty();
    }
}

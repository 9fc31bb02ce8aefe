package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.RateLimitedException;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
                .failFirst(SourceException.retryable(ErrorCode.WEB_UNAVAILABLE, Map.of(), "HTTP 503", null),
                        SourceException.retryable(ErrorCode.WEB_UNAVAILABLE, Map.of(), "HTTP 502", null));
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
                .failFirst(new RateLimitedException(ErrorCode.WEB_RATE_LIMITED, Map.of(), "HTTP 429",
                        NOW.plusSeconds(59)));
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
                .failFirst(new RateLimitedException(ErrorCode.WEB_RATE_LIMITED, Map.of(), "HTTP 429",
                        NOW.plus(Duration.ofHours(2))));
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

    @Test
    void a_failed_run_records_the_code_and_arguments_of_its_error_beside_the_text() {
        SourceHarness h = harness();
        SourceRun run = h.poll(new ScriptedSource("fake", 5, 10).failAlways(), Map.of());

        assertThat(run.queries().get(0).errorCode()).isEqualTo("x.unauthorized");
        assertThat(run.queries().get(0).errorArgs()).isEmpty();
    }

    @Test
    void a_run_stopped_at_its_page_limit_says_which_limit() {
        SourceHarness h = harness();
        SourceRun run = h.poll(new ScriptedSource("fake", 30, 10), Map.of("max_pages_per_run", 1));

        CoverageRecord record = run.queries().get(0);
        assertThat(record.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(record.error()).startsWith("stopped after max_pages_per_run=1");
        assertThat(record.errorCode()).isEqualTo("run.page_limit");
        assertThat(record.errorArgs()).isEqualTo(Map.of("max_pages", "1"));
    }

    @Test
    void a_run_stopped_by_a_shutdown_says_so() {
        SourceHarness h = harness();
        AtomicInteger asked = new AtomicInteger();
        SourceRunner stopping = new SourceRunner(h.settings(), new CoverageLog(h.settings(), null),
                Clock.fixed(NOW, ZoneOffset.UTC), d -> { }, () -> asked.incrementAndGet() > 1);

        CoverageRecord record = stopping.poll(new ScriptedSource("fake", 30, 10), SourceConfig.of("fake", Map.of()))
                .queries().get(0);

        assertThat(record.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(record.errorCode()).isEqualTo("run.stopped");
        assertThat(record.errorArgs()).isEmpty();
    }

    @Test
    void a_rate_limit_longer_than_allowed_keeps_the_sources_code_and_the_reset_time() {
        SourceHarness h = harness();
        Instant reset = NOW.plus(Duration.ofHours(2));
        ScriptedSource source = new ScriptedSource("fake", 5, 10).failFirst(new RateLimitedException(
                ErrorCode.WEB_RATE_LIMITED, Map.of(ErrorArg.HOST, "portal.example"), "HTTP 429", reset));

        CoverageRecord record = h.poll(source, Map.of("max_rate_limit_wait", "PT15M")).queries().get(0);

        assertThat(record.errorCode()).isEqualTo("web.rate_limited");
        assertThat(record.errorArgs()).isEqualTo(Map.of("host", "portal.example", "reset", reset.toString()));
    }

    @Test
    void a_bug_in_a_source_is_recorded_as_an_error_in_ingest_and_a_file_ingest_cannot_write_as_storage() {
        SourceHarness h = harness();
        CoverageRecord bug = h.poll(new ScriptedSource("fake", 5, 10)
                .crashFirst(new IllegalStateException("index out of range")), Map.of()).queries().get(0);
        CoverageRecord disk = h.poll(new ScriptedSource("fake", 5, 10)
                .crashFirst(new UncheckedIOException("cannot write landing file", new IOException("No space left"))),
                Map.of()).queries().get(0);

        assertThat(bug.status()).isEqualTo(RunStatus.FAILED);
        assertThat(bug.error()).isEqualTo("index out of range");
        assertThat(bug.errorCode()).isEqualTo("run.internal");
        assertThat(disk.errorCode()).isEqualTo("run.storage");
    }

    @Test
    void a_source_whose_settings_are_invalid_records_that_it_could_not_start() {
        SourceHarness h = harness();
        SourceRun run = h.runner().failedToStart("news", SourceConfig.of("news", Map.of()), RunMode.POLL,
                new InvalidSettingsException("news feed 'pindah' needs an http(s) url, was ftp://x"));

        CoverageRecord record = run.queries().get(0);
        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.error()).contains("needs an http(s) url");
        assertThat(record.errorCode()).isEqualTo("source.settings");
    }

    @Test
    void a_run_without_an_error_has_no_code() {
        SourceHarness h = harness();
        CoverageRecord record = h.poll(new ScriptedSource("fake", 5, 10), Map.of()).queries().get(0);

        assertThat(record.status()).isEqualTo(RunStatus.OK);
        assertThat(record.error()).isNull();
        assertThat(record.errorCode()).isNull();
        assertThat(record.errorArgs()).isNull();
    }
}

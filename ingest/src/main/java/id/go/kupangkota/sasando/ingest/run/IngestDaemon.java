package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceCatalog;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls every discovered, enabled source on its own {@code interval}, each on its own thread, so a
 * slow or failing source never holds up the others. A source whose settings are invalid is recorded
 * as failed (and alerts after {@code failure_alert_after} tries) and retried at its interval, in case
 * the settings are fixed. Every minute it retries Elasticsearch and sends pending coverage.
 * {@link #close()} stops gracefully: runs finish their current page and commit, waits are cut short.
 */
public final class IngestDaemon implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestDaemon.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    private final IngestRuntime runtime;
    private final List<Source> sources;
    private ScheduledExecutorService scheduler;

    public IngestDaemon(IngestRuntime runtime, List<Source> sources) {
        this.runtime = runtime;
        this.sources = List.copyOf(sources);
    }

    /** Schedules the enabled sources; returns their names. */
    public synchronized List<String> start() {
        List<Source> enabled = new ArrayList<>();
        for (Source s : sources) {
            if (runtime.catalog().config(s.name()).enabled()) {
                enabled.add(s);
            } else {
                log.info("source {} is disabled in {}", s.name(), SourceCatalog.FILE_NAME);
            }
        }
        scheduler = Executors.newScheduledThreadPool(enabled.size() + 1, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(false);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::housekeeping, 0, 60, TimeUnit.SECONDS);
        for (Source s : enabled) {
            SourceConfig config = runtime.catalog().config(s.name());
            scheduler.scheduleWithFixedDelay(new Poll(s, config), 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
            log.info("source {} polls every {}", s.name(), config.interval());
        }
        return enabled.stream().map(Source::name).toList();
    }

    private void housekeeping() {
        try {
            runtime.connect();
        } catch (RuntimeException e) {
            log.warn("housekeeping failed: {}", e.toString());
        }
    }

    /** One scheduled source: configured on first use (again after a settings failure), then polled. */
    private final class Poll implements Runnable {
        private final Source source;
        private final SourceConfig config;
        private boolean configured;

        Poll(Source source, SourceConfig config) {
            this.source = source;
            this.config = config;
        }

        @Override
        public void run() {
            if (runtime.stopRequested()) {
                return;
            }
            SourceRunner runner = runtime.runner();
            try {
                if (!configured) {
                    source.configure(runtime.context(source));
                    configured = true;
                }
                runner.poll(source, config);
            } catch (RuntimeException | LinkageError e) {
                // whatever a source does, the scheduler must keep its other sources (and this one) going
                runner.failedToStart(source.name(), config, RunMode.POLL, e instanceof Exception ex ? ex : new RuntimeException(e));
            }
        }
    }

    /** Graceful stop: no new runs, current pages finish and commit, then threads end. */
    @Override
    public synchronized void close() {
        runtime.requestStop();
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                scheduler.shutdownNow(); // interrupts rate-limit and backoff waits
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        runtime.coverage().flush();
        log.info("ingest daemon stopped");
    }
}

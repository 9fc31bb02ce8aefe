package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.IngestPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where coverage records and alerts go: always to the local file
 * {@code <home>/ingest/coverage/coverage-<WITA day>.jsonl} (the history that survives everything),
 * and to the coverage and alerts indices through {@link EsOutbox}es, which keep what Elasticsearch
 * could not take and send it on the next record or {@link #flush()}.
 */
public final class CoverageLog {
    private final Path localDir;
    private final EsOutbox coverage;
    private final EsOutbox alerts;

    /** @param client the Elasticsearch client, or null when running without Elasticsearch */
    public CoverageLog(SasandoSettings settings, ElasticsearchClient client) {
        IngestPaths paths = IngestPaths.of(settings);
        this.localDir = paths.coverage();
        String prefix = settings.indexPrefix();
        this.coverage = new EsOutbox(client, SasandoIndex.COVERAGE.alias(prefix),
                paths.outbox().resolve(SasandoIndex.COVERAGE.baseName() + ".jsonl"));
        this.alerts = new EsOutbox(client, SasandoIndex.ALERTS.alias(prefix),
                paths.outbox().resolve(SasandoIndex.ALERTS.baseName() + ".jsonl"), AlertWrites.INSTANCE);
    }

    /** Records a query's run; true when Elasticsearch has it too. */
    public boolean record(CoverageRecord record) {
        appendLocal(record.finishedAt() == null ? record.startedAt() : record.finishedAt(), "coverage", record);
        return coverage.send(record.id(), record);
    }

    /**
     * Raises or updates an alert, or resolves it when its status is {@code resolved}, keeping what the
     * dashboard recorded on it ({@link AlertWrites}); true when Elasticsearch has it too.
     */
    public boolean alert(Alert alert) {
        appendLocal(alert.resolvedAt() != null ? alert.resolvedAt() : alert.raisedAt(), "alert", alert);
        return alerts.send(alert.id(), alert);
    }

    /** Sends whatever is still pending; true when nothing is left. */
    public boolean flush() {
        boolean a = coverage.flush();
        boolean b = alerts.flush();
        return a && b;
    }

    public int pending() {
        return coverage.pendingCount() + alerts.pendingCount();
    }

    /** The local file of a WITA day. */
    public Path localFile(String day) {
        return localDir.resolve("coverage-" + day + ".jsonl");
    }

    private synchronized void appendLocal(java.time.Instant at, String kind, Object doc) {
        Path file = localFile(Wita.dayKey(at));
        try {
            Files.createDirectories(localDir);
            var node = Json.MAPPER.createObjectNode();
            node.put("kind", kind);
            node.set("record", Json.MAPPER.valueToTree(doc));
            Files.writeString(file, node + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write coverage file " + file, e);
        }
    }
}

package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents on their way to one Elasticsearch index, kept in a local file until Elasticsearch took
 * them: {@link #send} appends to the file and flushes; {@link #flush} indexes everything pending
 * (by id, so sending twice is harmless) and empties the file only when every item succeeded.
 * Thread-safe within one process.
 */
public final class EsOutbox {
    private static final Logger log = LoggerFactory.getLogger(EsOutbox.class);

    private final ElasticsearchClient client;
    private final String index;
    private final Path pending;

    /** One pending line: the document id and the document. */
    record Envelope(String id, JsonNode doc) {
    }

    /**
     * @param client  the client, or null to only keep documents locally
     * @param index   the alias to write to
     * @param pending the outbox file
     */
    public EsOutbox(ElasticsearchClient client, String index, Path pending) {
        this.client = client;
        this.index = index;
        this.pending = pending;
    }

    /** Queues a document and tries to deliver everything queued; true when Elasticsearch has it. */
    public synchronized boolean send(String id, Object document) {
        try {
            Files.createDirectories(pending.getParent());
            String line = Json.MAPPER.writeValueAsString(new Envelope(id, Json.MAPPER.valueToTree(document))) + "\n";
            Files.writeString(pending, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot queue document " + id + " for " + index, e);
        }
        return flush();
    }

    /** Documents still waiting for Elasticsearch. */
    public synchronized int pendingCount() {
        return read().size();
    }

    /** Delivers everything queued; true when nothing is left pending. */
    public synchronized boolean flush() {
        List<Envelope> envelopes = read();
        if (envelopes.isEmpty()) {
            return true;
        }
        if (client == null) {
            return false;
        }
        try {
            List<BulkOperation> ops = new ArrayList<>();
            for (Envelope e : envelopes) {
                ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(e.id()).document(e.doc()))));
            }
            BulkResponse response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                response.items().stream().filter(i -> i.error() != null).limit(5).forEach(i ->
                        log.error("document {} not written to {}: {}", i.id(), index, i.error().reason()));
                return false;
            }
            Files.deleteIfExists(pending);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch unavailable, {} document(s) for {} kept in {}: {}", envelopes.size(), index, pending, e.toString());
            return false;
        }
    }

    private List<Envelope> read() {
        if (!Files.exists(pending)) {
            return List.of();
        }
        List<Envelope> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(pending, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        out.add(Json.MAPPER.readValue(line, Envelope.class));
                    } catch (IOException e) {
                        // a line torn by a crash mid-append: the local coverage file still has the record
                        log.warn("skipping unreadable line in {}: {}", pending, e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

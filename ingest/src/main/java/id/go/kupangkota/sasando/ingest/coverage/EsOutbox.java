package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.landing.DurableFiles;
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
 * them: {@link #send} appends to the file and flushes; {@link #flush} writes everything pending, in
 * order (by id, so sending twice is harmless), and keeps in the file only what Elasticsearch did not
 * take. A document is indexed as it is, unless the outbox was given another {@link Write} (an alert
 * is merged into the stored one, see {@link AlertWrites}). Thread-safe within one process.
 */
public final class EsOutbox {
    private static final Logger log = LoggerFactory.getLogger(EsOutbox.class);

    private final ElasticsearchClient client;
    private final String index;
    private final Path pending;
    private final Write write;

    /** One pending line: the document id and the document. */
    record Envelope(String id, JsonNode doc) {
    }

    /** How pending documents reach the index. */
    @FunctionalInterface
    interface Write {
        /** Indexes each document as it is, replacing any of the same id. */
        Write INDEX = EsOutbox::index;

        /**
         * Writes the pending documents, in order, and returns those Elasticsearch did not take (logged),
         * to be sent again; throws when Elasticsearch cannot be reached.
         */
        List<Envelope> write(ElasticsearchClient client, String index, List<Envelope> pending) throws IOException;
    }

    /**
     * @param client  the client, or null to only keep documents locally
     * @param index   the alias to write to
     * @param pending the outbox file
     */
    public EsOutbox(ElasticsearchClient client, String index, Path pending) {
        this(client, index, pending, Write.INDEX);
    }

    /** As above, the documents written by {@code write}. */
    EsOutbox(ElasticsearchClient client, String index, Path pending, Write write) {
        this.client = client;
        this.index = index;
        this.pending = pending;
        this.write = write;
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
        List<Envelope> left;
        try {
            left = write.write(client, index, envelopes);
        } catch (IOException | RuntimeException e) {
            log.warn("Elasticsearch unavailable, {} document(s) for {} kept in {}: {}", envelopes.size(), index, pending, e.toString());
            return false;
        }
        try {
            if (left.isEmpty()) {
                Files.deleteIfExists(pending);
            } else {
                StringBuilder lines = new StringBuilder();
                for (Envelope e : left) {
                    lines.append(Json.MAPPER.writeValueAsString(e)).append('\n');
                }
                DurableFiles.writeAtomically(pending, lines.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update outbox " + pending, e);
        }
        return left.isEmpty();
    }

    /** A bulk operation and the pending envelopes it writes. */
    record Op(BulkOperation operation, List<Envelope> from) {
    }

    /** Sends {@code ops} in one bulk request; returns the envelopes of those that failed, logging the first few. */
    static List<Envelope> bulk(ElasticsearchClient client, String index, List<Op> ops) throws IOException {
        if (ops.isEmpty()) {
            return List.of();
        }
        BulkResponse response = client.bulk(b -> b.operations(ops.stream().map(Op::operation).toList()));
        List<Envelope> failed = new ArrayList<>();
        int logged = 0;
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() != null) {
                if (logged++ < 5) {
                    log.error("document {} not written to {}: {}", item.id(), index, item.error().reason());
                }
                failed.addAll(ops.get(i).from());
            }
        }
        return failed;
    }

    private static List<Envelope> index(ElasticsearchClient client, String index, List<Envelope> envelopes)
            throws IOException {
        return bulk(client, index, envelopes.stream().map(e -> new Op(BulkOperation.of(b -> b.index(i -> i
                .index(index).id(e.id()).document(e.doc()))), List.of(e))).toList());
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

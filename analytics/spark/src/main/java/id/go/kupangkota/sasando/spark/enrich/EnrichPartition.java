package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Tags a partition of landing lines with {@link Tagger#enrich} (loaded once per executor JVM and
 * shared by its tasks) and emits the curated rows; with an Elasticsearch target it also indexes each
 * tagged post on the way, with core's {@link BulkWriter}, so a batch is read, tagged and written in
 * ONE pass (no cache, no second read). Indexing is by post id: a retried task writes the same
 * documents again, harmlessly.
 *
 * <p>A line that is not a landing record with a post is logged and counted as rejected; a post the
 * tagger fails on is logged with its id and counted. Both stay in the landing zone for a later re-tag.
 */
public final class EnrichPartition implements MapPartitionsFunction<String, Row> {
    private static final Logger log = LoggerFactory.getLogger(EnrichPartition.class);

    /** The two fields of a landing line the tagger needs; the raw payload is skipped, not built. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Landed(Instant fetchedAt, Post post) {
    }

    private static final ObjectReader LANDED = Json.MAPPER.readerFor(Landed.class);

    /** What the job counts; accumulators, so a retried task may count twice (they feed logs only). */
    public record Counters(LongAccumulator lines, LongAccumulator rejected, LongAccumulator failed,
                           LongAccumulator tagged) implements Serializable {
    }

    /**
     * Where tagged posts are indexed, and the triage status of already-decided posts, which the new
     * document keeps (the dashboard writes it onto the post; an index operation replaces the document).
     */
    public record EsSink(EsTarget target, String index, Broadcast<Map<String, String>> triaged)
            implements Serializable {
    }

    private final Instant taggedAt;
    private final Counters counters;
    private final EsSink sink;

    /** @param sink null: Parquet only */
    public EnrichPartition(Instant taggedAt, Counters counters, EsSink sink) {
        this.taggedAt = taggedAt;
        this.counters = counters;
        this.sink = sink;
    }

    @Override
    public Iterator<Row> call(Iterator<String> lines) {
        Tagger tagger = Tagger.shared();
        Indexer indexer = sink == null ? null : new Indexer(sink);
        if (indexer != null && TaskContext.get() != null) {
            // a failed or killed task still releases its client (normal ends close it below)
            TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> indexer.closeQuietly());
        }
        // lazy, one post at a time: a partition never has to fit in memory
        return new Iterator<>() {
            private Row next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row current = next;
                next = advance();
                return current;
            }

            private Row advance() {
                while (lines.hasNext()) {
                    String line = lines.next();
                    counters.lines().add(1);
                    if (line.isBlank()) {
                        continue;
                    }
                    Post post = parse(line);
                    if (post == null) {
                        continue;
                    }
                    try {
                        Post enriched = tagger.enrich(post, taggedAt);
                        if (indexer != null) {
                            indexer.add(enriched);
                        }
                        counters.tagged().add(1);
                        return CuratedPosts.toRow(enriched);
                    } catch (IOException | RuntimeException e) {
                        counters.failed().add(1);
                        log.error("post {} not tagged: {}", post.id(), e.toString());
                    }
                }
                if (indexer != null) {
                    indexer.close(); // flushes; throws when a document was refused, failing the task
                }
                return null;
            }
        };
    }

    private Post parse(String line) {
        try {
            Post post = LANDED.<Landed>readValue(line).post();
            if (post != null && post.id() != null && !post.id().isEmpty()) {
                return post;
            }
            reject(line, "the record has no mapped post with an id");
        } catch (IOException | RuntimeException e) {
            reject(line, e.getMessage());
        }
        return null;
    }

    private void reject(String line, String reason) {
        counters.rejected().add(1);
        log.warn("landing line skipped ({}): {}", reason, line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }

    /** One client and bulk writer per task, opened at the first post. */
    private static final class Indexer {
        private final EsSink sink;
        private ElasticsearchClient client;
        private BulkWriter<byte[]> writer;

        Indexer(EsSink sink) {
            this.sink = sink;
        }

        void add(Post post) throws IOException {
            if (writer == null) {
                client = sink.target().client();
                writer = BulkWriter.forJson(client, sink.index());
            }
            String status = sink.triaged() == null ? null : sink.triaged().value().get(post.id());
            byte[] json;
            if (status == null) {
                json = Json.MAPPER.writeValueAsBytes(post);
            } else {
                ObjectNode document = Json.MAPPER.valueToTree(post);
                document.put(PostFields.TRIAGE_STATUS, status);
                json = Json.MAPPER.writeValueAsBytes(document);
            }
            writer.addJson(post.id(), json);
        }

        void close() {
            try {
                if (writer != null) {
                    BulkWriter<byte[]> w = writer;
                    writer = null;
                    w.close();
                }
            } finally {
                if (client != null) {
                    EsClients.close(client);
                    client = null;
                }
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (RuntimeException e) {
                log.warn("closing the Elasticsearch writer of a failed task: {}", e.toString());
            }
        }
    }
}

package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Writes documents by id through the client's {@link BulkIngester}: idempotent (an index operation
 * with the document's own id overwrites), every item's error checked and logged with the id, the
 * ingester closed explicitly. {@link #close()} flushes and waits; it throws when any item failed,
 * so a caller (a Spark task, an import) fails loudly and can be retried without duplicates.
 *
 * @param <T> document type, serialised by the client's JSON mapper
 */
public final class BulkWriter<T> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);
    private static final int MAX_LOGGED = 20;
    /**
     * What the listener reads of a bulk response: per item its status and error (and the fields the
     * client requires). Filtered, a response of 2000 items is a fraction of the full one for
     * Elasticsearch to write and for the client to parse; item positions, which map to ids, stay.
     */
    public static final String RESPONSE_FILTER = "took,errors,items.*._index,items.*._id,items.*.status,items.*.error";

    private final BulkIngester<String> ingester;
    private final String index;
    private final Function<T, String> idOf;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    public BulkWriter(ElasticsearchClient client, String index, Function<T, String> idOf) {
        this(client, index, idOf, 2_000, 8 * 1024 * 1024, 2);
    }

    public BulkWriter(ElasticsearchClient client, String index, Function<T, String> idOf,
                      int maxOperations, long maxBytes, int maxConcurrentRequests) {
        this.index = index;
        this.idOf = idOf;
        ElasticsearchClient filtered = client.withTransportOptions(o -> o.setParameter("filter_path", RESPONSE_FILTER));
        this.ingester = BulkIngester.of(b -> b.client(filtered)
                .maxOperations(maxOperations)
                .maxSize(maxBytes)
                .maxConcurrentRequests(maxConcurrentRequests)
                .flushInterval(5, TimeUnit.SECONDS)
                .listener(new Listener()));
    }

    /** A writer for documents that are already JSON, added with {@link #addJson(String, byte[])}. */
    public static BulkWriter<byte[]> forJson(ElasticsearchClient client, String index) {
        return new BulkWriter<>(client, index, json -> {
            throw new UnsupportedOperationException("add JSON documents with addJson(id, json)");
        });
    }

    public void add(T document) {
        String id = idOf.apply(document);
        ingester.add(op -> op.index(i -> i.index(index).id(id).document(document)), id);
    }

    /**
     * Adds a document that is already JSON (a landing line's post, a Spark row): the bytes go to
     * Elasticsearch as they are, without a round trip through objects and the client's mapper.
     */
    public void addJson(String id, byte[] json) {
        addJson(id, json, 0, json.length);
    }

    /**
     * Adds a document that is already JSON and sits in {@code bytes[offset, offset + length)}, e.g. a
     * slice of a file read in chunks: no copy is made, so the caller must not change those bytes until
     * {@link #close()} (the slice is kept until its bulk request is sent).
     */
    public void addJson(String id, byte[] bytes, int offset, int length) {
        BinaryData document = BinaryData.of(bytes, offset, length, ContentType.APPLICATION_JSON);
        ingester.add(op -> op.index(i -> i.index(index).id(id).document(document)), id);
    }

    public long written() {
        return written.get();
    }

    public long failed() {
        return failed.get();
    }

    /** The first failures, as {@code id: reason}. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    @Override
    public void close() {
        ingester.close();
        if (failed.get() > 0) {
            throw new BulkWriteException(index, failed.get(), failures());
        }
    }

    /** Some documents were not written; the message names the first ids and reasons. */
    public static final class BulkWriteException extends RuntimeException {
        BulkWriteException(String index, long count, List<String> first) {
            super(count + " documents not written to " + index + ", first: " + first);
        }
    }

    private final class Listener implements BulkListener<String> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<String> ids) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> ids, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() != null) {
                    record(ids.get(i), item.error().type() + ": " + item.error().reason());
                } else {
                    written.incrementAndGet();
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<String> ids, Throwable failure) {
            for (String id : ids) {
                record(id, String.valueOf(failure));
            }
        }

        private void record(String id, String reason) {
            long n = failed.incrementAndGet();
            if (n <= MAX_LOGGED) {
                log.error("document {} not written to {}: {}", id, index, reason);
                failures.add(id + ": " + reason);
            }
        }
    }
}

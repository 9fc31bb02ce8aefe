package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kupangkota.sasando.core.post.Json;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Writes documents by id with Elasticsearch's {@code _bulk} API: idempotent (an index operation with
 * the document's own id overwrites), every item's error checked and logged with the id. {@link #close()}
 * flushes and waits; it throws when any item failed, so a caller (a Spark task, a load) fails loudly
 * and can be retried without duplicates.
 *
 * <p>The request body is built here as bytes, the way {@code _bulk} reads it (an action line, the
 * document, a newline): a document that is already JSON is copied in once and never becomes an
 * object. Profiles of the client's {@code BulkIngester}, which builds an operation object per
 * document and serialises it again, showed it costing several times the body's own bytes, and on a
 * machine where Elasticsearch shares the cores, client CPU is indexing rate lost. Requests go through
 * the same low-level client (and so the same address, credentials and TLS) as everything else.
 *
 * <p>Thread-safe; at most {@code maxConcurrentRequests} requests are in flight, a caller adding more
 * waits (back-pressure), and a body that has waited {@value #FLUSH_SECONDS} s is sent anyway.
 *
 * @param <T> document type of {@link #add}, serialised with core's {@link Json#MAPPER}
 */
public final class BulkWriter<T> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);
    private static final int MAX_LOGGED = 20;
    private static final long FLUSH_SECONDS = 5;
    private static final byte[] ACTION_START = "{\"index\":{\"_id\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACTION_END = "\"}}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VERSION = "\",\"version_type\":\"external_gte\",\"version\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VERSION_END = "}}\n".getBytes(StandardCharsets.UTF_8);
    /** What Elasticsearch answers when a versioned document is older than the one it holds. */
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);
    /**
     * What is read of a bulk response: whether any item failed and, per item, its status and error.
     * Filtered, a response of 2000 items is a fraction of the full one to write and to parse; item
     * positions, which map to ids, stay.
     */
    public static final String RESPONSE_FILTER = "errors,items.*.status,items.*.error";

    private final RestClient rest;
    private final String index;
    private final Function<T, String> idOf;
    private final int maxOperations;
    private final long maxBytes;
    private final Semaphore inFlight;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> periodicFlush;
    private final Object pendingLock = new Object();
    private int pending; // bodies taken and not yet answered; guarded by pendingLock
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    // the body being filled; guarded by this
    private Body body = new Body(64 * 1024);
    private long bodyStarted = System.nanoTime();
    private boolean closed;

    public BulkWriter(ElasticsearchClient client, String index, Function<T, String> idOf) {
        this(client, index, idOf, 2_000, 8 * 1024 * 1024, 2);
    }

    public BulkWriter(ElasticsearchClient client, String index, Function<T, String> idOf,
                      int maxOperations, long maxBytes, int maxConcurrentRequests) {
        this.rest = EsClients.restClient(client, "BulkWriter");
        this.index = index;
        this.idOf = idOf;
        this.maxOperations = maxOperations;
        this.maxBytes = maxBytes;
        this.inFlight = new Semaphore(maxConcurrentRequests);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulk-flush-" + index);
            t.setDaemon(true);
            return t;
        });
        this.periodicFlush = timer.scheduleWithFixedDelay(this::flushIfStale, 1, 1, TimeUnit.SECONDS);
    }

    /** A writer for documents that are already JSON, added with {@link #addJson(String, byte[])}. */
    public static BulkWriter<byte[]> forJson(ElasticsearchClient client, String index) {
        return new BulkWriter<>(client, index, json -> {
            throw new UnsupportedOperationException("add JSON documents with addJson(id, json)");
        });
    }

    public void add(T document) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write document " + idOf.apply(document) + " as JSON", e);
        }
        addJson(idOf.apply(document), json);
    }

    /**
     * Adds a document that is already JSON (a landing line's post, a Spark row): the bytes go to
     * Elasticsearch as they are, without a round trip through objects.
     */
    public void addJson(String id, byte[] json) {
        addJson(id, json, 0, json.length);
    }

    /**
     * Adds a document that is already JSON and sits in {@code bytes[offset, offset + length)}, e.g. a
     * slice of a file read in chunks. The bytes are copied into the request body at once.
     */
    public void addJson(String id, byte[] bytes, int offset, int length) {
        addJson(id, -1, bytes, offset, length);
    }

    /**
     * Adds a document that is already JSON, versioned: Elasticsearch keeps it only if no document
     * with a higher {@code version} is stored under its id ({@code external_gte}), whatever the order
     * the writes arrive in. One that is older is not a failure: it is counted as {@link #superseded}.
     * For instance the fetch time of a post fetched twice: the later fetch wins.
     *
     * @param version at least 0
     */
    public void addJson(String id, long version, byte[] json) {
        if (version < 0) {
            throw new IllegalArgumentException("a document version is at least 0: " + version);
        }
        addJson(id, version, json, 0, json.length);
    }

    private void addJson(String id, long version, byte[] bytes, int offset, int length) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        Body full = null;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("BulkWriter for " + index + " is closed");
            }
            body.add(id, version, bytes, offset, length);
            if (body.ids.size() >= maxOperations || body.size >= maxBytes) {
                full = takeBody();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    public long written() {
        return written.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Versioned documents Elasticsearch did not take because it holds a later version. */
    public long superseded() {
        return superseded.get();
    }

    /** The first failures, as {@code id: reason}. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Sends what is buffered, waits for every request in flight, and reports failed documents. */
    @Override
    public void close() {
        Body rest;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            rest = takeBody();
        }
        periodicFlush.cancel(false);
        timer.shutdown();
        if (!rest.ids.isEmpty()) {
            send(rest);
        }
        synchronized (pendingLock) {
            while (pending > 0) {
                try {
                    pendingLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while " + pending + " bulk requests to " + index
                            + " were unanswered", e);
                }
            }
        }
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

    /** Called under this object's lock; the body must then be {@link #send sent}. */
    private Body takeBody() {
        if (!body.ids.isEmpty()) {
            synchronized (pendingLock) {
                pending++;
            }
        }
        Body taken = body;
        // as large as the last one: each body grows to about the same size, so it is not regrown and copied
        body = new Body(taken.bytes.length);
        bodyStarted = System.nanoTime();
        return taken;
    }

    private void flushIfStale() {
        Body stale = null;
        synchronized (this) {
            if (!closed && !body.ids.isEmpty()
                    && System.nanoTime() - bodyStarted >= TimeUnit.SECONDS.toNanos(FLUSH_SECONDS)) {
                stale = takeBody();
            }
        }
        if (stale != null) {
            send(stale);
        }
    }

    /** Sends one body; blocks while {@code maxConcurrentRequests} are in flight. */
    private void send(Body sent) {
        inFlight.acquireUninterruptibly();
        Request request = new Request("POST", "/" + index + "/_bulk");
        request.addParameter("filter_path", RESPONSE_FILTER);
        // an entity the async client writes straight from the array to the socket; a plain one is
        // copied through a 4 KB buffer, a write call per 4 KB, on the client's I/O threads
        request.setEntity(new NByteArrayEntity(sent.bytes, 0, sent.size, NDJSON));
        try {
            rest.performRequestAsync(request, new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    try {
                        read(response, sent.ids);
                    } catch (IOException | RuntimeException e) {
                        fail(sent.ids, "unreadable bulk response: " + e);
                    } finally {
                        answered();
                    }
                }

                @Override
                public void onFailure(Exception e) {
                    try {
                        fail(sent.ids, String.valueOf(e));
                    } finally {
                        answered();
                    }
                }
            });
        } catch (RuntimeException e) {
            fail(sent.ids, String.valueOf(e));
            answered();
        }
    }

    private void answered() {
        inFlight.release();
        synchronized (pendingLock) {
            pending--;
            pendingLock.notifyAll();
        }
    }

    /** Reads {@code {"errors":..,"items":[{"index":{"status":..,"error":{..}}},..]}}, items in request order. */
    private void read(Response response, List<String> ids) throws IOException {
        try (InputStream in = response.getEntity().getContent();
             JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("bulk response is not a JSON object");
            }
            int item = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("errors".equals(field) && value == JsonToken.VALUE_FALSE) {
                    written.addAndGet(ids.size()); // the usual case: nothing to look at item by item
                    return;
                }
                if (!"items".equals(field) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    p.nextToken(); // the operation name ("index")
                    p.nextToken(); // its object
                    String error = null;
                    boolean conflict = false;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if ("error".equals(name)) {
                            com.fasterxml.jackson.databind.JsonNode e = Json.MAPPER.readTree(p);
                            conflict = VERSION_CONFLICT.equals(e.path("type").asText());
                            error = e.path("type").asText() + ": " + e.path("reason").asText();
                        } else {
                            p.skipChildren();
                        }
                    }
                    p.nextToken(); // end of the item
                    String id = item < ids.size() ? ids.get(item) : "?";
                    if (conflict) {
                        superseded.incrementAndGet(); // only versioned documents conflict: a later one is there
                    } else if (error != null) {
                        record(id, error);
                    } else {
                        written.incrementAndGet();
                    }
                    item++;
                }
            }
            if (item != ids.size()) {
                throw new IOException("bulk response has " + item + " items for " + ids.size() + " documents");
            }
        }
    }

    private void fail(List<String> ids, String reason) {
        for (String id : ids) {
            record(id, reason);
        }
    }

    private void record(String id, String reason) {
        long n = failed.incrementAndGet();
        if (n <= MAX_LOGGED) {
            log.error("document {} not written to {}: {}", id, index, reason);
            failures.add(id + ": " + reason);
        }
    }

    /** One {@code _bulk} body under construction: NDJSON bytes and the ids in order. */
    private static final class Body {
        byte[] bytes;
        int size;
        final List<String> ids = new ArrayList<>();

        Body(int capacity) {
            bytes = new byte[capacity];
        }

        /** @param version below 0: none */
        void add(String id, long version, byte[] doc, int offset, int length) {
            byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(id);
            ensure(ACTION_START.length + quoted.length + VERSION.length + 20 + VERSION_END.length + length + 1);
            append(ACTION_START, 0, ACTION_START.length);
            append(quoted, 0, quoted.length);
            if (version < 0) {
                append(ACTION_END, 0, ACTION_END.length);
            } else {
                append(VERSION, 0, VERSION.length);
                byte[] digits = Long.toString(version).getBytes(StandardCharsets.US_ASCII);
                append(digits, 0, digits.length);
                append(VERSION_END, 0, VERSION_END.length);
            }
            append(doc, offset, length);
            bytes[size++] = '\n';
            ids.add(id);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        private void append(byte[] b, int offset, int length) {
            System.arraycopy(b, offset, bytes, size, length);
            size += length;
        }
    }
}

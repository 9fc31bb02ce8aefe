package id.go.kupangkota.sasando.spark.enrich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.common.CuratedWriter;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.InputFileBlockHolder;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tags a partition of landing lines with {@link Tagger#enrich} (loaded once per executor JVM and
 * shared by its tasks) and writes each tagged post to its two outputs in the same pass: the curated
 * zone ({@link CuratedWriter}: Parquet straight from the post) and, with an Elasticsearch target,
 * the posts index (core's {@link BulkWriter}). No cache, no second read, no Spark rows.
 *
 * <p>Documents are versioned by the post's fetch time ({@code ingested_at}, which ingest sets to the
 * fetch time of every post it lands): Elasticsearch keeps the latest fetch of a post whichever copy
 * arrives last, so a post that landed twice needs no look at the whole input first. A copy another
 * source delivered (an X post in another tool's export: id {@code x:…}, source {@code file}) ranks
 * below the platform's own copies whatever the fetch times ({@link #version}): the X source's copy
 * has what an export lacks (author id, impressions), and an import of a poorer row must not wipe it.
 *
 * <p>The task ends by flushing Elasticsearch (a refused document fails the task) and only then
 * making its Parquet files visible, so a failed task leaves no curated files behind; the batch fails
 * before its checkpoint moves and the next run takes the same landing files again. Indexing is by
 * post id, so a retried task writes the same documents again, harmlessly.
 *
 * <p>A line that is not a landing record with a post is logged and counted as rejected; a post the
 * tagger fails on is logged with its id and counted. Both stay in the landing zone for a later re-tag.
 */
public final class EnrichPartition implements ForeachPartitionFunction<String> {
    private static final Logger log = LoggerFactory.getLogger(EnrichPartition.class);

    /** The field of a landing line the tagger needs; the raw payload is skipped, not built. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Landed(Post post) {
    }

    private static final ObjectReader LANDED = Json.MAPPER.readerFor(Landed.class);
    /**
     * Posts per chunk: a few MB of posts in memory per task, and long stretches of tagging between the
     * stretches of writing, so the tagger's lexicons and model stay in the CPU caches. On one thread,
     * chunks of 4096 and 8192 cut the tagger's CPU per post by 0.4-0.8 us against 256, with the writing
     * unchanged (same posts, chunk sizes taking turns, 30 Nov). {@code -Dsasando.enrich.chunk} sets it.
     */
    private static final int CHUNK = Integer.getInteger("sasando.enrich.chunk", 4096);
    private static final ObjectReader POST = Json.MAPPER.readerFor(Post.class);

    /** The post of a landing line: parsed from its own start when the layout allows ({@link LandingLayout}). */
    static Post readPost(String line) throws IOException {
        int post = LandingLayout.ownPost(line);
        if (post >= 0) {
            return POST.readValue(line.substring(post)); // what follows the post object is not read
        }
        return LANDED.<Landed>readValue(line).post();
    }

    /**
     * What the job counts; accumulators, so a retried task may count twice (they feed logs only).
     * {@code taggerNanos}: thread CPU time spent inside the tagger, to tell its share of the job's CPU;
     * {@code superseded}: documents Elasticsearch did not take because it holds a later fetch of the post
     * (or the platform's own copy of an imported one).
     */
    public record Counters(LongAccumulator lines, LongAccumulator rejected, LongAccumulator failed,
                           LongAccumulator tagged, LongAccumulator taggerNanos, LongAccumulator superseded)
            implements Serializable {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Where tagged posts are indexed, and the triage status of already-decided posts, which the new
     * document keeps (the dashboard writes it onto the post; an index operation replaces the document).
     */
    public record EsSink(EsTarget target, String index, Broadcast<Map<String, String>> triaged)
            implements Serializable {
    }

    /** The curated posts directory and the Hadoop settings to write it with (shipped once per executor). */
    public record CuratedSink(String zone, Broadcast<SerializableConfiguration> hadoop) implements Serializable {
    }

    private final Instant taggedAt;
    private final Counters counters;
    private final CuratedSink curated;
    private final EsSink sink;

    /** @param sink null: Parquet only */
    public EnrichPartition(Instant taggedAt, Counters counters, CuratedSink curated, EsSink sink) {
        this.taggedAt = taggedAt;
        this.counters = counters;
        this.curated = curated;
        this.sink = sink;
    }

    @Override
    public void call(Iterator<String> lines) throws IOException {
        Tagger tagger = jvmTagger();
        TaskContext task = TaskContext.get();
        String fileTag = task == null ? "local" : task.stageId() + "-" + task.partitionId() + "-" + task.attemptNumber();
        Indexer indexer = sink == null ? null : new Indexer(sink);
        try (CuratedWriter parquet = new CuratedWriter(curated.zone(), curated.hadoop().value().value(), fileTag)) {
            try {
                // a chunk of posts at a time: a partition never has to fit in memory, and each stage
                // (parse, tag, write) runs over the whole chunk, so the tagger's lexicons and model stay
                // in the CPU caches instead of competing with the Parquet and JSON buffers post by post
                List<Post> chunk = new ArrayList<>(CHUNK);
                while (lines.hasNext()) {
                    chunk.clear();
                    while (chunk.size() < CHUNK && lines.hasNext()) {
                        String line = lines.next();
                        counters.lines().add(1);
                        Post post = line.isBlank() ? null : parse(line);
                        if (post != null) {
                            chunk.add(post);
                        }
                    }
                    long cpuBefore = threadCpuNanos();
                    for (int i = 0; i < chunk.size(); i++) {
                        Post post = chunk.get(i);
                        try {
                            chunk.set(i, tagger.enrich(post, taggedAt));
                        } catch (RuntimeException e) {
                            counters.failed().add(1);
                            log.error("post {} not tagged: {}", post.id(), e.toString());
                            chunk.set(i, null);
                        }
                    }
                    counters.taggerNanos().add(Math.max(0L, threadCpuNanos() - cpuBefore));
                    for (Post enriched : chunk) {
                        if (enriched == null) {
                            continue;
                        }
                        if (indexer != null) {
                            indexer.add(enriched);
                        }
                        parquet.write(enriched);
                        counters.tagged().add(1);
                    }
                }
                if (indexer != null) {
                    counters.superseded().add(indexer.close()); // flushes; throws when a document was refused
                }
            } finally {
                if (indexer != null) {
                    indexer.closeQuietly();
                }
            }
            parquet.commit();
        }
    }

    /**
     * The tagger of this JVM ({@link Tagger#shared}, loaded by its first task), announced once: the line says
     * which JVM tags. On a cluster an executor's ({@code tagging in executor 0, JVM 4711: ...} in the worker's
     * {@code work/<app>/<executor>/stderr}; {@code ClusterSubmitIT} looks for it), locally the driver's. A
     * tagger that fails to load fails each task with its own error, not a class that failed to initialise.
     */
    private static Tagger jvmTagger() {
        long start = System.nanoTime();
        Tagger tagger = Tagger.shared();
        if (ANNOUNCED.compareAndSet(false, true)) {
            SparkEnv env = SparkEnv.get();
            log.info("tagging in executor {}, JVM {}: taggers {}, ready in {} ms", env == null ? "?" : env.executorId(),
                    ProcessHandle.current().pid(), tagger.pipelineVersion(), (System.nanoTime() - start) / 1_000_000);
        }
        return tagger;
    }

    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    /** This thread's CPU time, or 0 where the JVM cannot tell (the tagger's share then reads 0). */
    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0L;
    }

    private Post parse(String line) {
        try {
            Post post = readPost(line);
            if (post != null && post.id() != null && !post.id().isEmpty()) {
                return post;
            }
            reject(line, "the record has no mapped post with an id");
        } catch (JsonProcessingException e) {
            reject(line, e.getOriginalMessage()); // without the parser's multi-line location
        } catch (IOException | RuntimeException e) {
            reject(line, e.getMessage());
        }
        return null;
    }

    private void reject(String line, String reason) {
        counters.rejected().add(1);
        log.warn("landing line skipped in {} ({}): {}", landingFile(), reason,
                line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }

    /**
     * The landing file the task is reading now, so an operator can find a file something other than
     * ingest wrote (cut off, not JSON); what Spark's {@code input_file_name()} reads, set by the file
     * scan on the task's thread. "an unknown file" when the lines did not come from a file scan.
     */
    private static String landingFile() {
        String file = InputFileBlockHolder.getInputFilePath().toString();
        return file.isEmpty() ? "an unknown file" : file;
    }

    /** The Elasticsearch version of a post fetched at {@code fetched}: microseconds since 1970, never below 0. */
    static long fetchVersion(Instant fetched) {
        return Math.max(0L, CuratedWriter.micros(fetched));
    }

    /**
     * The Elasticsearch version of a fetched post: {@link #fetchVersion} for its platform's own copy;
     * for a copy another source delivered ({@link Post#ownCopy} false) its fetch time in seconds, a
     * million times smaller, so every own copy outranks every delivered one whichever is indexed
     * last, and of delivered copies alone the latest fetch still wins, as in
     * {@link id.go.kupangkota.sasando.spark.common.CuratedPosts#latestPerId}.
     */
    static long version(Post post) {
        Instant fetched = post.ingestedAt();
        return Post.ownCopy(post.id(), post.source()) ? fetchVersion(fetched) : Math.max(0L, fetched.getEpochSecond());
    }

    /** A bulk writer per task, opened at the first post, on the executor's client. */
    private static final class Indexer {
        private final EsSink sink;
        private BulkWriter<byte[]> writer;

        Indexer(EsSink sink) {
            this.sink = sink;
        }

        void add(Post post) throws IOException {
            if (writer == null) {
                writer = BulkWriter.forJson(sink.target().executorClient(), sink.index());
            }
            Map<String, String> triaged = sink.triaged() == null ? Map.of() : sink.triaged().value();
            String status = triaged.isEmpty() ? null : triaged.get(post.id());
            byte[] json;
            if (status == null) {
                json = Json.MAPPER.writeValueAsBytes(post);
            } else {
                ObjectNode document = Json.MAPPER.valueToTree(post);
                document.put(PostFields.TRIAGE_STATUS, status);
                json = Json.MAPPER.writeValueAsBytes(document);
            }
            Instant fetched = post.ingestedAt();
            if (fetched == null) {
                writer.addJson(post.id(), json);
            } else {
                writer.addJson(post.id(), version(post), json);
            }
        }

        /** Flushes and waits; @return the documents not taken because a later fetch is indexed */
        long close() {
            if (writer == null) {
                return 0;
            }
            BulkWriter<byte[]> w = writer;
            writer = null;
            w.close();
            return w.superseded();
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

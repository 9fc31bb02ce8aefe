package id.go.kupangkota.sasando.spark.common;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.CacheManager;
import org.apache.spark.sql.execution.CachedData;
import org.apache.spark.sql.execution.columnar.CachedRDDBuilder;
import org.apache.spark.storage.RDDInfo;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.col;

/**
 * The curated zone's current posts ({@link CuratedPosts#read}: the latest row per id), read once and kept
 * for all the read models a pipeline run updates. Each read model picks its days from it instead of
 * reading and de-duplicating the zone again: after a small import, Spark's fixed cost per read, per
 * shuffle and per job is what the time goes to, not the few megabytes of posts.
 *
 * <p>A read model's days are picked after the latest row per id is chosen, as a full recompute groups
 * them, so a post counts on the day of its latest row in both. Kept in memory (spilling to disk) from the
 * first read model that asks, until {@link #close}.
 *
 * <p>Only the {@link #KEPT} columns are kept: the latest row is chosen on every column first, then the rest
 * (url, title, links, evidence, lang, scores, ...) is dropped: on a large history the whole rows did not fit
 * in memory and spilled to disk.
 */
public final class CurrentPosts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CurrentPosts.class);

    /**
     * The columns the read models read (roll-ups, trends, accounts and edges, the incremental scope of
     * accounts and edges), and nothing else: a column a read model starts to read must be added here.
     * {@code CurrentPostsTest} fails when one is missing. {@code text} is kept for the bot-likeness's
     * share of duplicate texts (distinct lower-cased, trimmed texts per account and week).
     */
    public static final List<String> KEPT = List.of(
            ID, SOURCE, DAY, WEEK, TAGGED_AT, // the days and weeks; accounts' scope ("tagged since")
            SENTIMENT, EMOTION, RISK, TOPICS, KECAMATAN, // roll-ups (and trends' kecamatan)
            TERMS, HASHTAGS, // trends
            AUTHOR_KEY, AUTHOR_HANDLE, AUTHOR_NAME, AUTHOR_CREATED_AT, CREATED_AT, TEXT, // accounts, bot-likeness
            LIKE_COUNT, REPLY_COUNT, REPOST_COUNT, QUOTE_COUNT, VIEW_COUNT, // reach and engagement
            MENTIONS, REPLY_TO, QUOTE_OF, REPOST_OF); // edges

    private final Dataset<Row> posts;

    public CurrentPosts(SparkSession spark, String zone) {
        this(CuratedPosts.read(spark, zone));
    }

    /** Keeps the {@link #KEPT} columns of {@code current} (the latest row per id already chosen). */
    CurrentPosts(Dataset<Row> current) {
        this.posts = current.select(KEPT.stream().map(c -> col(c)).toArray(Column[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Every current post. */
    public Dataset<Row> all() {
        return posts;
    }

    /** The current posts of some WITA days ({@code yyyy-MM-dd}). */
    public Dataset<Row> of(List<String> days) {
        return posts.where(col(DAY).isin(days.toArray()));
    }

    @Override
    public void close() {
        log.info("current posts cached: {}", cachedSize());
        posts.unpersist();
    }

    /** What the cache held, from Spark's storage info: how much of a large history spilled to disk. */
    private String cachedSize() {
        CacheManager cache = posts.sparkSession().sharedState().cacheManager();
        scala.Option<CachedData> cached = cache.lookupCachedData(posts);
        if (cached.isEmpty() || !cached.get().cachedRepresentation().cacheBuilder().isCachedColumnBuffersLoaded()) {
            return "nothing (no read model read it)";
        }
        CachedRDDBuilder builder = cached.get().cachedRepresentation().cacheBuilder();
        int id = builder.cachedColumnBuffers().id();
        for (RDDInfo info : posts.sparkSession().sparkContext().getRDDStorageInfo()) {
            if (info.id() == id) {
                return String.format("%d of %d partitions, %.1f MiB in memory, %.1f MiB on disk",
                        info.numCachedPartitions(), info.numPartitions(), info.memSize() / 1048576.0,
                        info.diskSize() / 1048576.0);
            }
        }
        return "nothing (no partition kept)";
    }
}

package id.go.kupangkota.sasando.spark.common;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.go.kupangkota.sasando.core.post.Post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

/**
 * The curated zone's posts: Parquet partitioned by WITA {@code day}, one column per
 * {@link id.go.kupangkota.sasando.core.post.PostFields} name, typed after core's {@code Post}.
 *
 * <p>Tasks write it with {@link CuratedWriter}. The zone is append-only: a post fetched again, or
 * tagged again, is appended as a new row and nothing is rewritten in place (a failed run that is
 * retried may append the same row twice). So the zone is always READ through {@link #read}: the
 * latest row per {@code id} (the platform's own copy before one another source delivered, then the
 * latest fetch, {@code ingested_at}, as Elasticsearch keeps it; of the same fetch tagged twice, the
 * latest {@code tagged_at}). A full re-tag
 * writes a new zone from the landing zone beside the old one and then takes its place
 * ({@link #staging}, {@link #replace}), which also compacts it.
 */
public final class CuratedPosts {
    private static final Logger log = LoggerFactory.getLogger(CuratedPosts.class);
    private CuratedPosts() {
    }

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

    public static final StructType EVIDENCE_SCHEMA = new StructType(new StructField[]{
            field("category", DataTypes.StringType), field("term", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)});

    /** What a column holds, which decides its Spark type and how {@link CuratedWriter} stores it. */
    public enum Kind {
        STRING(DataTypes.StringType), LONG(DataTypes.LongType), DOUBLE(DataTypes.DoubleType),
        TIMESTAMP(DataTypes.TimestampType), STRINGS(CuratedPosts.STRINGS),
        EVIDENCE(DataTypes.createArrayType(EVIDENCE_SCHEMA, true));

        final DataType type;

        Kind(DataType type) {
            this.type = type;
        }
    }

    /** One column of the zone: its {@code PostFields} name, kind, and where a {@code Post} keeps it. */
    public record PostColumn(String name, Kind kind, Function<Post, ?> value) {
    }

    /** Every column of a curated post, in order: the one definition the schema and the writer follow. */
    public static final List<PostColumn> COLUMNS = List.of(
            new PostColumn(ID, Kind.STRING, Post::id), new PostColumn(SOURCE, Kind.STRING, Post::source),
            new PostColumn(NATIVE_ID, Kind.STRING, Post::nativeId), new PostColumn(URL, Kind.STRING, Post::url),
            new PostColumn(QUERY, Kind.STRING, Post::query),
            new PostColumn(AUTHOR_HANDLE, Kind.STRING, Post::authorHandle),
            new PostColumn(AUTHOR_KEY, Kind.STRING, Post::authorKey),
            new PostColumn(AUTHOR_NAME, Kind.STRING, Post::authorName),
            new PostColumn(AUTHOR_CREATED_AT, Kind.TIMESTAMP, Post::authorCreatedAt),
            new PostColumn(TITLE, Kind.STRING, Post::title), new PostColumn(TEXT, Kind.STRING, Post::text),
            new PostColumn(LANG, Kind.STRING, Post::lang),
            new PostColumn(CREATED_AT, Kind.TIMESTAMP, Post::createdAt),
            new PostColumn(INGESTED_AT, Kind.TIMESTAMP, Post::ingestedAt),
            new PostColumn(LIKE_COUNT, Kind.LONG, Post::likeCount),
            new PostColumn(REPLY_COUNT, Kind.LONG, Post::replyCount),
            new PostColumn(REPOST_COUNT, Kind.LONG, Post::repostCount),
            new PostColumn(QUOTE_COUNT, Kind.LONG, Post::quoteCount),
            new PostColumn(VIEW_COUNT, Kind.LONG, Post::viewCount),
            new PostColumn(HASHTAGS, Kind.STRINGS, Post::hashtags),
            new PostColumn(MENTIONS, Kind.STRINGS, Post::mentions),
            new PostColumn(LINKS, Kind.STRINGS, Post::links),
            new PostColumn(REPLY_TO, Kind.STRING, Post::replyTo), new PostColumn(QUOTE_OF, Kind.STRING, Post::quoteOf),
            new PostColumn(REPOST_OF, Kind.STRING, Post::repostOf),
            new PostColumn(SENTIMENT, Kind.STRING, Post::sentiment),
            new PostColumn(SENTIMENT_SCORE, Kind.DOUBLE, Post::sentimentScore),
            new PostColumn(EMOTION, Kind.STRING, Post::emotion), new PostColumn(RISK, Kind.STRINGS, Post::risk),
            new PostColumn(RISK_SCORE, Kind.DOUBLE, Post::riskScore),
            new PostColumn(EVIDENCE, Kind.EVIDENCE, Post::evidence),
            new PostColumn(TOPICS, Kind.STRINGS, Post::topics), new PostColumn(STANCE, Kind.STRING, Post::stance),
            new PostColumn(KECAMATAN, Kind.STRING, Post::kecamatan), new PostColumn(TERMS, Kind.STRINGS, Post::terms),
            new PostColumn(DAY, Kind.STRING, Post::day), new PostColumn(WEEK, Kind.STRING, Post::week),
            new PostColumn(PIPELINE_VERSION, Kind.STRING, Post::pipelineVersion),
            new PostColumn(TAGGED_AT, Kind.TIMESTAMP, Post::taggedAt));

    /** The schema of core's {@code Post} as Spark sees its JSON and reads the Parquet. */
    public static final StructType SCHEMA = new StructType(COLUMNS.stream()
            .map(c -> field(c.name(), c.kind().type)).toArray(StructField[]::new));

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** Post JSON (as {@code Json.MAPPER} writes it) to typed columns. */
    public static Dataset<Row> fromJson(Dataset<String> posts) {
        return posts.select(from_json(col("value"), SCHEMA).as("p")).select(columns("p."));
    }

    /**
     * A fresh, empty directory beside {@code zone} for a full re-tag to write into, while readers go
     * on reading the zone; leftovers of an earlier re-tag that did not finish are removed first.
     */
    public static String staging(SparkSession spark, String zone, Clock clock) {
        return besideZone(spark, zone, STAGING, Long.toString(clock.millis()), "a re-tag");
    }

    /**
     * Removes the staging directories of re-tags and batches that did not finish (killed, or stopped with
     * Ctrl-C): partial copies that no reader sees. An enrich run does this first, since a re-tag started by
     * hand and interrupted is not started again on its own.
     */
    public static void removeUnfinished(SparkSession spark, String zone) {
        try {
            Path path = new Path(zone);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            removeLeftovers(fs, path, STAGING);
            removeLeftovers(fs, path, BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look beside " + zone, e);
        }
    }

    private static void removeLeftovers(FileSystem fs, Path zone, String kind) throws IOException {
        FileStatus[] leftovers = fs.globStatus(new Path(zone.getParent(), zone.getName() + kind + "*"));
        for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
            log.warn("removing {}, left by a run that did not finish", leftover.getPath());
            fs.delete(leftover.getPath(), true);
        }
    }

    /**
     * A fresh, empty directory {@code <zone><kind><name>} beside {@code zone}, after removing every
     * leftover of that kind (a run that did not finish).
     */
    private static String besideZone(SparkSession spark, String zone, String kind, String name, String what) {
        try {
            Path path = new Path(zone);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            removeLeftovers(fs, path, kind);
            Path staging = new Path(path.getParent(), path.getName() + kind + name);
            fs.mkdirs(staging);
            return staging.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + what + " of " + zone, e);
        }
    }

    /** Puts a finished staging directory in the zone's place (two renames), then deletes the old zone. */
    public static void replace(SparkSession spark, String staging, String zone, Clock clock) {
        try {
            Path path = new Path(zone);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            Path old = new Path(path.getParent(), path.getName() + REPLACED + clock.millis());
            if (fs.exists(path) && !fs.rename(path, old)) {
                throw new IOException("cannot move " + path + " aside");
            }
            if (!fs.rename(new Path(staging), path)) {
                throw new IOException("cannot rename " + staging + " to " + path);
            }
            fs.delete(old, true);
            // a whole old zone each, left by a re-tag killed between the two renames (which re-tags again)
            removeLeftovers(fs, path, REPLACED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + zone + " with " + staging, e);
        }
    }

    private static final String STAGING = ".retag-";
    private static final String BATCH = ".batch-";
    private static final String REPLACED = ".replaced-";

    /**
     * A fresh, empty directory beside {@code zone} for one enrich batch's tasks to write into;
     * {@link #publish} moves its files into the zone once every task succeeded. A task commits its own
     * files when its posts are indexed, so without this a task that finished before another one failed
     * (Elasticsearch stopping mid-batch) would leave its rows in the zone, and the batch, taken again,
     * would add them twice. Leftovers of a batch whose driver died are removed first.
     */
    public static String batchStaging(SparkSession spark, String zone, long batchId) {
        return besideZone(spark, zone, BATCH, Long.toString(batchId), "a batch");
    }

    /** Moves a finished batch's files ({@code day=} directories) into the zone, then removes the batch directory. */
    public static void publish(SparkSession spark, String staging, String zone) {
        try {
            Path from = new Path(staging);
            Path to = new Path(zone);
            FileSystem fs = from.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(to); // even for a batch of no posts: a zone that is missing later was removed (EnrichJob)
            var files = fs.listFiles(from, true);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                if (file.getName().startsWith(".")) {
                    continue; // a checksum, or a file no task committed
                }
                Path target = new Path(new Path(to, file.getParent().getName()), file.getName());
                fs.mkdirs(target.getParent());
                if (!fs.rename(file, target)) {
                    throw new IOException("cannot move " + file + " to " + target);
                }
            }
            fs.delete(from, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the batch " + staging + " into " + zone, e);
        }
    }

    /** Removes a failed batch's directory: the zone never saw its files. */
    public static void discard(SparkSession spark, String staging) {
        try {
            Path path = new Path(staging);
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + staging, e);
        }
    }

    /**
     * Every row as stored, duplicates included; empty when the zone does not exist yet. Read with
     * {@link #SCHEMA}, so files written before a column was added read it as null.
     */
    public static Dataset<Row> readAll(SparkSession spark, String dir) {
        if (!exists(spark, dir)) {
            return spark.createDataFrame(java.util.List.of(), SCHEMA);
        }
        return spark.read().schema(SCHEMA).parquet(dir).select(columns(""));
    }

    /** The current state of every post: the latest row per id. */
    public static Dataset<Row> read(SparkSession spark, String dir) {
        return latestPerId(readAll(spark, dir));
    }

    /**
     * The current state of the posts of some WITA days. A post's day is its creation's, the same in every
     * fetch, so picking the days first and the latest row per id after gives the same rows as {@link #read}.
     */
    public static Dataset<Row> read(SparkSession spark, String dir, List<String> days) {
        return latestPerId(readAll(spark, dir).where(col(DAY).isin(days.toArray())));
    }

    /**
     * Keeps the latest row of each id: the platform's own copy before a copy another source delivered
     * (an X post imported from another tool's export, {@code Post.ownCopy}: the X source's copy has
     * the author id and metrics an export lacks), then the latest fetch ({@code ingested_at}, the fetch
     * time ingest gives every post), then the latest tagging of it. An older fetch landed after a newer
     * one (an old export imported late) does not win by being tagged later, as it does not in
     * Elasticsearch, whose document versions follow the same order.
     */
    public static Dataset<Row> latestPerId(Dataset<Row> posts) {
        Column ownCopy = platform().equalTo(col(SOURCE));
        return posts.withColumn("_rank", row_number().over(Window.partitionBy(col(ID))
                        .orderBy(ownCopy.desc_nulls_last(), col(INGESTED_AT).desc_nulls_last(),
                                col(TAGGED_AT).desc_nulls_last())))
                .where(col("_rank").equalTo(1))
                .drop("_rank");
    }

    /**
     * The platform of each post ({@code Post.platformOf}): the part of its id before the first {@code :}, whichever
     * source delivered the copy; null for an id without one.
     */
    public static Column platform() {
        return when(col(ID).contains(":"), substring_index(col(ID), ":", 1));
    }

    /**
     * A failure reading a file of the curated zone (damaged or truncated by hand, say): what to run, with
     * the file and the reader's words; null for any other failure. A re-tag writes the zone anew from the
     * landing zone and drops the old one, the damaged file with it.
     */
    public static JobFailure.ActionNeeded damaged(Throwable failure, String zone) {
        if (JobFailure.elasticsearchUnreachable(failure)) {
            return null;
        }
        String local = new Path(zone).toUri().getPath();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = String.valueOf(t.getMessage()).replaceAll("\\s+", " ").strip();
            if (msg.contains(local) && msg.toLowerCase(java.util.Locale.ROOT).contains("parquet")) {
                return new JobFailure.ActionNeeded("a file of the curated zone " + zone + " cannot be read ("
                        + (msg.length() > 300 ? msg.substring(0, 299) + "…" : msg) + "). Run ./sasando pipeline --retag:"
                        + " it writes the curated zone anew from the landing zone, without the damaged file.", failure);
            }
        }
        return null;
    }

    /** Whether the zone holds at least one visible file (a post written). */
    public static boolean hasFiles(SparkSession spark, String dir) {
        try {
            Path path = new Path(dir);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) {
                return false;
            }
            var files = fs.listFiles(path, true);
            while (files.hasNext()) {
                if (!files.next().getPath().getName().startsWith(".")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + dir, e);
        }
    }

    static boolean exists(SparkSession spark, String dir) {
        try {
            Path path = new Path(dir);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + dir, e);
        }
    }

    private static Column[] columns(String qualifier) {
        StructField[] fields = SCHEMA.fields();
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = col(qualifier + fields[i].name());
        }
        return columns;
    }
}

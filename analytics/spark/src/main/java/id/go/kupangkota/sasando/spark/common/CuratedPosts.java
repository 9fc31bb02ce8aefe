package id.go.kupangkota.sasando.spark.common;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.row_number;

/**
 * The curated zone's posts: Parquet partitioned by WITA {@code day}, one column per
 * {@link id.go.kupangkota.sasando.core.post.PostFields} name, typed after core's {@code Post}.
 *
 * <p>The zone is append-only: a post fetched again, or tagged again, is appended as a new row and
 * nothing is rewritten in place (a failed run that is retried may append the same row twice).
 * So the zone is always READ through {@link #read}: the latest row per {@code id} (latest
 * {@code tagged_at}, then {@code ingested_at}). A full re-tag rewrites the zone from the landing
 * zone, which also compacts it.
 */
public final class CuratedPosts {
    private CuratedPosts() {
    }

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

    public static final StructType EVIDENCE_SCHEMA = new StructType(new StructField[]{
            field("category", DataTypes.StringType), field("term", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)});

    /** The schema of core's {@code Post} as Spark sees its JSON (and as the Parquet stores it). */
    public static final StructType SCHEMA = new StructType(new StructField[]{
            field(ID, DataTypes.StringType), field(SOURCE, DataTypes.StringType),
            field(NATIVE_ID, DataTypes.StringType), field(URL, DataTypes.StringType),
            field(QUERY, DataTypes.StringType), field(AUTHOR_HANDLE, DataTypes.StringType),
            field(AUTHOR_KEY, DataTypes.StringType), field(AUTHOR_NAME, DataTypes.StringType),
            field(AUTHOR_CREATED_AT, DataTypes.TimestampType),
            field(TITLE, DataTypes.StringType), field(TEXT, DataTypes.StringType), field(LANG, DataTypes.StringType),
            field(CREATED_AT, DataTypes.TimestampType), field(INGESTED_AT, DataTypes.TimestampType),
            field(LIKE_COUNT, DataTypes.LongType), field(REPLY_COUNT, DataTypes.LongType),
            field(REPOST_COUNT, DataTypes.LongType), field(QUOTE_COUNT, DataTypes.LongType),
            field(VIEW_COUNT, DataTypes.LongType),
            field(HASHTAGS, STRINGS), field(MENTIONS, STRINGS), field(LINKS, STRINGS),
            field(REPLY_TO, DataTypes.StringType), field(QUOTE_OF, DataTypes.StringType),
            field(REPOST_OF, DataTypes.StringType),
            field(SENTIMENT, DataTypes.StringType), field(SENTIMENT_SCORE, DataTypes.DoubleType),
            field(EMOTION, DataTypes.StringType), field(RISK, STRINGS), field(RISK_SCORE, DataTypes.DoubleType),
            field(EVIDENCE, DataTypes.createArrayType(EVIDENCE_SCHEMA, true)),
            field(TOPICS, STRINGS), field(STANCE, DataTypes.StringType), field(KECAMATAN, DataTypes.StringType),
            field(TERMS, STRINGS), field(DAY, DataTypes.StringType), field(WEEK, DataTypes.StringType),
            field(PIPELINE_VERSION, DataTypes.StringType), field(TAGGED_AT, DataTypes.TimestampType)});

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** A post as a row of {@link #SCHEMA}: the enrich step's output, typed for Parquet without a JSON round trip. */
    public static Row toRow(Post p) {
        return RowFactory.create(p.id(), p.source(), p.nativeId(), p.url(), p.query(), p.authorHandle(),
                p.authorKey(), p.authorName(), timestamp(p.authorCreatedAt()), p.title(), p.text(), p.lang(),
                timestamp(p.createdAt()), timestamp(p.ingestedAt()), p.likeCount(), p.replyCount(), p.repostCount(), p.quoteCount(),
                p.viewCount(), strings(p.hashtags()), strings(p.mentions()), strings(p.links()), p.replyTo(),
                p.quoteOf(), p.repostOf(), p.sentiment(), p.sentimentScore(), p.emotion(), strings(p.risk()),
                p.riskScore(), evidence(p.evidence()), strings(p.topics()), p.stance(), p.kecamatan(),
                strings(p.terms()), p.day(), p.week(), p.pipelineVersion(), timestamp(p.taggedAt()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String[] strings(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    private static Row[] evidence(List<Evidence> evidence) {
        return evidence == null ? null : evidence.stream()
                .map(e -> RowFactory.create(e.category(), e.term(), e.start(), e.end())).toArray(Row[]::new);
    }

    /** Post JSON (as {@code Json.MAPPER} writes it) to typed columns. */
    public static Dataset<Row> fromJson(Dataset<String> posts) {
        return posts.select(from_json(col("value"), SCHEMA).as("p")).select(columns("p."));
    }

    /**
     * Appends posts to the zone, partitioned by day. No shuffle: each task writes its own rows (Spark
     * sorts them by day first), which costs a few more files per batch than a shuffle by day but keeps
     * the batch a single pass; a re-tag compacts the zone.
     */
    public static void append(Dataset<Row> posts, String dir) {
        parquet(posts.select(columns("")).write().mode(SaveMode.Append)).parquet(dir);
    }

    /** Replaces the zone's content (a full re-tag), each day's rows in one task so each day is one file. */
    public static void overwrite(Dataset<Row> posts, String dir) {
        parquet(posts.select(columns("")).repartition(col(DAY)).write().mode(SaveMode.Overwrite)).parquet(dir);
    }

    /**
     * Columns a dictionary does not pay for: values (nearly) all different, or many short values per
     * row (terms), where hashing each one costs more CPU than zstd, which compresses repeats anyway.
     */
    private static final List<String> UNIQUE = List.of(ID, NATIVE_ID, URL, TITLE, TEXT, LINKS + ".list.element",
            TERMS + ".list.element");

    private static DataFrameWriter<Row> parquet(DataFrameWriter<Row> writer) {
        for (String column : UNIQUE) {
            writer = writer.option("parquet.enable.dictionary#" + column, "false");
        }
        return writer.partitionBy(DAY);
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

    /** Keeps the latest row of each id (latest {@code tagged_at}, then {@code ingested_at}). */
    public static Dataset<Row> latestPerId(Dataset<Row> posts) {
        return posts.withColumn("_rank", row_number().over(Window.partitionBy(col(ID))
                        .orderBy(col(TAGGED_AT).desc_nulls_last(), col(INGESTED_AT).desc_nulls_last())))
                .where(col("_rank").equalTo(1))
                .drop("_rank");
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

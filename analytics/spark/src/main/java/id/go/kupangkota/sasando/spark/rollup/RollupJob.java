package id.go.kupangkota.sasando.spark.rollup;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.CurrentPosts;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import id.go.kupangkota.sasando.spark.common.ReadModelScope;
import id.go.kupangkota.sasando.spark.common.TouchedDays;
import id.go.kupangkota.sasando.spark.common.ReadModels;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Sessions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.to_utc_timestamp;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

/**
 * Curated posts to daily and weekly roll-ups.
 *
 * <pre>RollupJob [--no-es] [--curated URI]</pre>
 *
 * One row per (dimension, key, period): dimension {@code all} (key {@code all}), {@code topic},
 * {@code source}, {@code kecamatan}; period a WITA {@code day} or ISO {@code week} (the posts' own
 * day and week fields, cut in WITA by the tagger). A post with two topics counts once in each.
 * Run alone, the whole history is recomputed and replaces the previous roll-ups: Parquet under
 * {@code curated/rollups/{daily,weekly}}, and fresh indices swapped in behind the
 * {@link SasandoIndex#DAILY_ROLLUPS} and {@link SasandoIndex#WEEKLY_ROLLUPS} aliases. In the pipeline,
 * only the days and weeks that new posts touched ({@link ReadModelScope}). Document id
 * {@code dimension|key|day} (or week).
 */
public final class RollupJob {
    public static final String DIMENSION = "dimension";
    public static final String KEY = "key";
    public static final String PERIOD = "period";
    public static final String START = "start";
    public static final String VOLUME = "volume";
    public static final String SENTIMENT_SHARE = "sentiment_share";
    public static final String RISK_ANY = "risk_any";
    public static final String ALL = "all";

    public static void main(String[] argv) {
        ReadModelArgs args = ReadModelArgs.parse(argv, SasandoSettings.fromEnvironment());
        JobFailure.exitOnFailure("sasando roll-ups", "./sasando pipeline", args.es() == null ? null : args.es().url(),
                () -> Sessions.run("sasando-rollups", spark -> JobFailure.stage("roll-ups", () -> run(spark, args))));
    }

    /** The whole history recomputed. */
    public static void run(SparkSession spark, ReadModelArgs args) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        Dataset<Row> byDimension = byDimension(CuratedPosts.read(spark, args.zones().posts()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ReadModels.publish(daily(byDimension), args.zones().rollups("daily"), args.es(), SasandoIndex.DAILY_ROLLUPS);
            ReadModels.publish(weekly(byDimension), args.zones().rollups("weekly"), args.es(), SasandoIndex.WEEKLY_ROLLUPS);
        } finally {
            byDimension.unpersist();
        }
    }

    /**
     * The touched days and their weeks recomputed from the posts of those weeks; other days and weeks
     * keep their rows and documents. The whole history when the scope says so.
     * The posts are taken from {@code posts}, the pipeline's one read of the current posts.
     */
    public static void run(SparkSession spark, ReadModelArgs args, ReadModelScope scope, CurrentPosts posts) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        String dailyDir = args.zones().rollups("daily");
        String weeklyDir = args.zones().rollups("weekly");
        if (scope.full() || !ReadModels.canUpdate(spark, args.es(), SasandoIndex.DAILY_ROLLUPS, dailyDir)
                || !ReadModels.canUpdate(spark, args.es(), SasandoIndex.WEEKLY_ROLLUPS, weeklyDir)) {
            run(spark, args);
            return;
        }
        if (scope.nothingNew()) {
            return;
        }
        TouchedDays touched = scope.touched();
        Dataset<Row> byDimension = byDimension(posts.of(touched.daysOfWeeks()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ReadModels.update(daily(byDimension.where(col(DAY).isin(touched.dayKeys().toArray()))), DAY,
                    touched.dayKeys(), dailyDir, args.es(), SasandoIndex.DAILY_ROLLUPS);
            ReadModels.update(weekly(byDimension), WEEK, touched.weekKeys(), weeklyDir, args.es(),
                    SasandoIndex.WEEKLY_ROLLUPS);
        } finally {
            byDimension.unpersist();
        }
    }

    // ---- the steps ----

    /**
     * Each post once per dimension it falls into: (dimension, key, day, week, sentiment, emotion, risk). One
     * pass over the posts, each row exploded into its (dimension, key) pairs, not a union of one read per
     * dimension.
     */
    public static Dataset<Row> byDimension(Dataset<Row> posts) {
        Column fixed = array(dimension(lit(ALL), lit(ALL)), dimension(lit(SOURCE), col(SOURCE)),
                dimension(lit(KECAMATAN), col(KECAMATAN)));
        Column topics = transform(coalesce(col(TOPICS), emptyStrings()), t -> dimension(lit("topic"), t));
        return posts.select(explode(concat(fixed, topics)).as("_d"), col(DAY),
                        col(WEEK), col(SENTIMENT), col(EMOTION), coalesce(col(RISK), emptyStrings()).as(RISK))
                .select(col("_d." + DIMENSION).as(DIMENSION), col("_d." + KEY).as(KEY), col(DAY), col(WEEK),
                        col(SENTIMENT), col(EMOTION), col(RISK))
                .where(col(KEY).isNotNull().and(col(DAY).isNotNull()));
    }

    private static Column dimension(Column dimension, Column key) {
        return struct(dimension.as(DIMENSION), key.as(KEY));
    }

    /** Per WITA day; {@code start} is the day's first instant. */
    public static Dataset<Row> daily(Dataset<Row> byDimension) {
        return counts(byDimension, DAY)
                .withColumn(PERIOD, lit(DAY))
                .withColumn(START, to_utc_timestamp(to_timestamp(col(DAY)), Wita.ZONE_ID))
                .withColumn(ID, concat_ws("|", col(DIMENSION), col(KEY), col(DAY)));
    }

    /** Per ISO week (WITA); {@code start} is the first instant of its Monday. */
    public static Dataset<Row> weekly(Dataset<Row> byDimension) {
        return counts(byDimension.withColumn(START, date_trunc("week", to_timestamp(col(DAY)))), WEEK, START)
                .withColumn(PERIOD, lit(WEEK))
                .withColumn(START, to_utc_timestamp(col(START), Wita.ZONE_ID))
                .withColumn(ID, concat_ws("|", col(DIMENSION), col(KEY), col(WEEK)));
    }

    /**
     * Volume, sentiment counts and shares, emotion and risk counts per group. One column per code of
     * {@link Vocabulary}, nested as {@code sentiment.positive}, {@code emotion.anger}, {@code risk.hoaks}.
     */
    static Dataset<Row> counts(Dataset<Row> byDimension, String period, String... extraKeys) {
        List<Column> keys = new ArrayList<>(List.of(col(DIMENSION), col(KEY), col(period)));
        for (String k : extraKeys) {
            keys.add(col(k));
        }
        Column volume = count(lit(1)).as(VOLUME);
        Column sentiment = struct(countsOf(col(SENTIMENT), Vocabulary.SENTIMENTS)).as(SENTIMENT);
        Column emotion = struct(countsOf(col(EMOTION), Vocabulary.EMOTIONS)).as(EMOTION);
        Column risk = struct(risks()).as(RISK);
        Column riskAny = sum(when(size(col(RISK)).gt(0), 1).otherwise(0)).as(RISK_ANY);
        Dataset<Row> grouped = byDimension.groupBy(keys.toArray(Column[]::new))
                .agg(volume, sentiment, emotion, risk, riskAny);
        List<Column> shares = new ArrayList<>();
        for (String s : Vocabulary.SENTIMENTS) {
            shares.add(col(SENTIMENT + "." + s).divide(col(VOLUME)).as(s));
        }
        return grouped.withColumn(SENTIMENT_SHARE, struct(shares.toArray(Column[]::new)));
    }

    private static Column[] countsOf(Column value, Collection<String> codes) {
        return codes.stream().map(c -> sum(when(value.equalTo(c), 1).otherwise(0)).as(c)).toArray(Column[]::new);
    }

    private static Column[] risks() {
        return Vocabulary.RISK_CATEGORIES.stream()
                .map(c -> sum(when(array_contains(col(RISK), c), 1).otherwise(0)).as(c)).toArray(Column[]::new);
    }

    private static Column emptyStrings() {
        return org.apache.spark.sql.functions.array().cast("array<string>");
    }
}

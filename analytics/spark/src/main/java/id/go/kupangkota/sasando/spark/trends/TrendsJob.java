package id.go.kupangkota.sasando.spark.trends;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.CurrentPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.Options;
import id.go.kupangkota.sasando.spark.common.ReadModelScope;
import id.go.kupangkota.sasando.spark.common.ReadModels;
import id.go.kupangkota.sasando.spark.common.TouchedDays;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Sessions;
import id.go.kupangkota.sasando.spark.common.Zones;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

import static id.go.kupangkota.sasando.core.post.PostFields.*;
import static org.apache.spark.sql.functions.*;

/**
 * Curated posts to burst alerts.
 *
 * <pre>TrendsJob [--no-es] [--min-count 5] [--min-z 3.0] [--curated URI]</pre>
 *
 * For every term (the posts' normalised {@code terms}) and hashtag (lower-cased) and every WITA day
 * it occurs on: its count that day against its own 28 previous days, days without it counting as
 * zero. {@code z = (count - mean) / sqrt(variance + 1)}: the {@code + 1} smooths the baseline so a
 * term that was flat (variance 0) needs a real jump, not one extra mention, to alert. An alert needs
 * {@code count >= min-count}, {@code z >= min-z}, and a full baseline: days within the first 28 of the
 * curated history are not judged (everything would look new). Each alert keeps up to five post ids
 * as examples. Document id {@code kind|term|day}. Run alone, all alerts are recomputed and replaced; in
 * the pipeline, the days new posts change ({@link ReadModelScope}).
 *
 * <p>Each term is judged twice: city-wide ({@code kecamatan} null) and within the kecamatan of the
 * posts placed in one (id {@code kind|term|day|kecamatan}), against that kecamatan's own baseline, so
 * "air" bursting in Maulafa alone (a local outage) shows when an analyst filters on Maulafa, even if
 * the city-wide count hides it.
 */
public final class TrendsJob {
    public static final int BASELINE_DAYS = 28;
    public static final int SAMPLE_SIZE = 5;
    public static final String KIND = "kind";
    public static final String TERM = "term";
    public static final String COUNT = "count";
    public static final String BASELINE_MEAN = "baseline_mean";
    public static final String BASELINE_STD = "baseline_std";
    public static final String Z = "z";
    public static final String SAMPLE_POST_IDS = "sample_post_ids";
    public static final String KIND_TERM = "term";
    public static final String KIND_HASHTAG = "hashtag";
    private static final String EPOCH_DAY = "epoch_day";
    private static final StructType ALERT_SCHEMA = new StructType()
            .add(ID, DataTypes.StringType).add(KIND, DataTypes.StringType).add(TERM, DataTypes.StringType)
            .add(KECAMATAN, DataTypes.StringType).add(DAY, DataTypes.StringType).add(COUNT, DataTypes.LongType)
            .add(BASELINE_MEAN, DataTypes.DoubleType).add(BASELINE_STD, DataTypes.DoubleType).add(Z, DataTypes.DoubleType)
            .add(SAMPLE_POST_IDS, DataTypes.createArrayType(DataTypes.StringType));

    public record Args(Zones zones, EsTarget es, int minCount, double minZ) {
        public static Args parse(String[] argv, SasandoSettings settings) {
            Options o = Options.parse(argv,
                    java.util.stream.Stream.concat(Zones.OPTIONS.stream(), java.util.stream.Stream.of("min-count", "min-z")).toList(),
                    List.of(EsTarget.NO_ES));
            return new Args(Zones.of(settings, o), EsTarget.unlessNoEs(o, settings),
                    o.getInt("min-count", 5), o.getDouble("min-z", 3.0));
        }
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, SasandoSettings.fromEnvironment());
        JobFailure.exitOnFailure("sasando trends", "./sasando pipeline", args.es() == null ? null : args.es().url(),
                () -> Sessions.run("sasando-trends", spark -> JobFailure.stage("trends", () -> run(spark, args))));
    }

    public static void run(SparkSession spark, Args args) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        Dataset<Row> alerts = alerts(dailyCounts(mentions(CuratedPosts.read(spark, args.zones().posts()))),
                args.minCount(), args.minZ());
        ReadModels.publish(alerts, args.zones().trends(), args.es(), SasandoIndex.TRENDS);
    }

    /**
     * The days whose score new posts change recomputed: each touched day and the {@link #BASELINE_DAYS} after
     * it, from the counts of the {@link #BASELINE_DAYS} before those; other days keep their alerts. The whole
     * history when the scope says so, or when new posts fall before the first day of history (which decides
     * from which day on a baseline is full).
     * The posts are taken from {@code posts}, the pipeline's one read of the current posts.
     */
    public static void run(SparkSession spark, Args args, ReadModelScope scope, CurrentPosts posts) {
        if (args.es() != null) {
            args.es().requireReachable();
        }
        if (scope.trendsFull() || !ReadModels.canUpdate(spark, args.es(), SasandoIndex.TRENDS, args.zones().trends())) {
            run(spark, args);
            return;
        }
        if (scope.nothingNew()) {
            return;
        }
        TouchedDays touched = scope.touched();
        List<String> scored = touched.scoredDays(BASELINE_DAYS, scope.lastDay());
        Dataset<Row> counts = dailyCounts(mentions(posts.of(touched.countedDays(BASELINE_DAYS, scope.lastDay()))));
        Dataset<Row> alerts = alerts(counts, args.minCount(), args.minZ(), scope.firstDay().toEpochDay())
                .where(col(DAY).isin(scored.toArray()));
        ReadModels.update(alerts, DAY, scored, args.zones().trends(), args.es(), SasandoIndex.TRENDS);
    }

    // ---- the steps ----

    /**
     * One row per (post, kind, term, scope): a post repeating a term counts once, city-wide (kecamatan
     * null) and again in its kecamatan when it has one.
     */
    public static Dataset<Row> mentions(Dataset<Row> posts) {
        Dataset<Row> terms = posts.select(col(ID), col(DAY), col(KECAMATAN), lit(KIND_TERM).as(KIND),
                explode(col(TERMS)).as(TERM));
        Dataset<Row> hashtags = posts.select(col(ID), col(DAY), col(KECAMATAN), lit(KIND_HASHTAG).as(KIND),
                explode(transform(col(HASHTAGS), h -> lower(regexp_replace(h, "^#", "")))).as(TERM));
        Dataset<Row> placed = terms.unionByName(hashtags)
                .where(col(DAY).isNotNull().and(col(TERM).isNotNull()).and(length(col(TERM)).gt(0)));
        Dataset<Row> cityWide = placed.withColumn(KECAMATAN, lit(null).cast(DataTypes.StringType));
        return cityWide.unionByName(placed.where(col(KECAMATAN).isNotNull()))
                .dropDuplicates(ID, KIND, TERM, KECAMATAN);
    }

    /** Posts per (kind, term, scope, day), with a sorted sample of their ids. */
    public static Dataset<Row> dailyCounts(Dataset<Row> mentions) {
        return mentions.groupBy(col(KIND), col(TERM), col(KECAMATAN), col(DAY))
                .agg(count(lit(1)).as(COUNT),
                        slice(array_sort(collect_list(col(ID))), 1, SAMPLE_SIZE).as(SAMPLE_POST_IDS))
                .withColumn(EPOCH_DAY, datediff(to_date(col(DAY)), lit("1970-01-01")));
    }

    /** Days whose count bursts above the term's own trailing baseline. */
    public static Dataset<Row> alerts(Dataset<Row> dailyCounts, int minCount, double minZ) {
        // the first day of the whole history: a baseline needs 28 days of it
        Row first = dailyCounts.agg(min(col(EPOCH_DAY))).first();
        if (first.isNullAt(0)) {
            return dailyCounts.sparkSession().createDataFrame(List.of(), ALERT_SCHEMA);
        }
        return alerts(dailyCounts, minCount, minZ, first.getInt(0));
    }

    /** As {@link #alerts(Dataset, int, double)}, the history starting on {@code firstDay} (days since 1970). */
    static Dataset<Row> alerts(Dataset<Row> dailyCounts, int minCount, double minZ, long firstDay) {
        WindowSpec trailing = Window.partitionBy(col(KIND), col(TERM), col(KECAMATAN)).orderBy(col(EPOCH_DAY))
                .rangeBetween(-BASELINE_DAYS, -1);
        Column sumPrev = coalesce(sum(col(COUNT)).over(trailing), lit(0L));
        Column sumSqPrev = coalesce(sum(col(COUNT).multiply(col(COUNT))).over(trailing), lit(0L));
        Column mean = sumPrev.divide(BASELINE_DAYS);
        Column variance = greatest(lit(0.0), sumSqPrev.divide(BASELINE_DAYS).minus(mean.multiply(mean)));
        return dailyCounts
                .withColumn(BASELINE_MEAN, mean)
                .withColumn(BASELINE_STD, sqrt(variance))
                .withColumn(Z, col(COUNT).minus(col(BASELINE_MEAN))
                        .divide(sqrt(col(BASELINE_STD).multiply(col(BASELINE_STD)).plus(1.0))))
                .where(col(EPOCH_DAY).geq(firstDay + BASELINE_DAYS)
                        .and(col(COUNT).geq(minCount))
                        .and(col(Z).geq(minZ)))
                .withColumn(ID, concat_ws("|", col(KIND), col(TERM), col(DAY), col(KECAMATAN))) // null: left out
                .select(col(ID), col(KIND), col(TERM), col(KECAMATAN), col(DAY), col(COUNT), col(BASELINE_MEAN),
                        col(BASELINE_STD),
                        col(Z), col(SAMPLE_POST_IDS));
    }
}

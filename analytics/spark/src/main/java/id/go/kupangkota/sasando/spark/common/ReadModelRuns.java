package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.common.ReadModelScope.DayTagging;
import id.go.kupangkota.sasando.spark.common.ReadModelScope.State;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.util.List;

import static id.go.kupangkota.sasando.core.post.PostFields.DAY;
import static id.go.kupangkota.sasando.core.post.PostFields.TAGGED_AT;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * Which read-model periods a pipeline run recomputes ({@link ReadModelScope}), and the state a run leaves
 * in {@code <checkpoints>/read-models} once all read models are written: the taggers' version the enrich
 * job recorded and the last {@code tagged_at} taken in.
 */
public final class ReadModelRuns {
    static final String STATE = "read-models";

    private ReadModelRuns() {
    }

    /**
     * The curated zone's days from the file listing and the Parquet footers ({@link CuratedFooters}; no row
     * is read), and the previous state.
     */
    public static ReadModelScope plan(SparkSession spark, Zones zones, boolean full) {
        List<DayTagging> days = CuratedFooters.days(zones.posts(), spark.sparkContext().hadoopConfiguration())
                .orElseGet(() -> scan(spark, zones));
        return ReadModelScope.plan(days, State.parse(marker(spark, zones, STATE).read()), taggerVersion(spark, zones),
                full);
    }

    /** The same from the rows: two columns of every row; for a zone whose footers cannot tell. */
    static List<DayTagging> scan(SparkSession spark, Zones zones) {
        Timestamp epoch = new Timestamp(0);
        List<Row> rows = CuratedPosts.readAll(spark, zones.posts()).where(col(DAY).isNotNull())
                .groupBy(col(DAY))
                .agg(min(coalesce(col(TAGGED_AT), lit(epoch))), max(coalesce(col(TAGGED_AT), lit(epoch))))
                .collectAsList();
        return rows.stream().map(r -> new DayTagging(r.getString(0), r.getTimestamp(1).toInstant(),
                r.getTimestamp(2).toInstant())).toList();
    }

    /** Remembers what this run took in; only after every read model is written, so a failed run is redone. */
    public static void done(SparkSession spark, Zones zones, ReadModelScope scope) {
        marker(spark, zones, STATE).write(new State(taggerVersion(spark, zones), scope.taggedThrough()).format());
    }

    private static String taggerVersion(SparkSession spark, Zones zones) {
        return new Marker(zones.taggerVersion(), spark.sparkContext().hadoopConfiguration()).read().orElse("unknown");
    }

    private static Marker marker(SparkSession spark, Zones zones, String name) {
        return new Marker(zones.checkpoint(name), spark.sparkContext().hadoopConfiguration());
    }
}

package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.spark.common.Sessions;
import org.apache.spark.sql.SparkSession;

/** One small local Spark session per test JVM, shared by every test class (starting one takes seconds). */
public final class TestSpark {
    private static SparkSession spark;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        if (spark == null) {
            spark = Sessions.configure(Sessions.local(SparkSession.builder().master("local[2]").appName("sasando-test")))
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .getOrCreate();
        }
        return spark;
    }
}

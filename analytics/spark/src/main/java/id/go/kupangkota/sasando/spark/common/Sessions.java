package id.go.kupangkota.sasando.spark.common;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the session of a job: {@code local[*]} unless spark-submit already chose a master. */
public final class Sessions {
    private Sessions() {
    }

    /** What a job does with its session; may throw, the session is stopped either way. */
    @FunctionalInterface
    public interface Job {
        void run(SparkSession spark) throws Exception;
    }

    /** The body of every job's {@code main}: build the session, run the job, always stop the session. */
    public static void run(String appName, Job job) throws Exception {
        SparkSession spark = create(appName);
        try {
            job.run(spark);
        } finally {
            spark.stop();
        }
    }

    public static SparkSession create(String appName) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!conf.contains("spark.master")) {
            local(builder.master("local[*]")
                    // a laptop or a 2-core VM: 200 shuffle partitions would be 200 tiny tasks
                    .config("spark.sql.shuffle.partitions", "8")
                    .config("spark.ui.showConsoleProgress", "false"));
        }
        return configure(builder).getOrCreate();
    }

    /**
     * Settings for a session that runs in this JVM ({@code local[*]}, the tests), not for a cluster,
     * whose executors load Hadoop's file systems before the application jar.
     */
    public static SparkSession.Builder local(SparkSession.Builder builder) {
        return builder
                // one machine: bind to loopback instead of guessing a network interface
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // file: paths without a chmod process per file (see LocalFiles)
                .config("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
    }

    /** Settings every Sasando session needs, local or on a cluster (also used by the tests). */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder
                // instants are UTC everywhere; WITA days come from the posts' own day/week fields
                .config("spark.sql.session.timeZone", "UTC")
                // day=2024-07-11 directories are strings (PostFields.DAY), not dates
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .config("spark.sql.parquet.compression.codec", "zstd")
                // the curated row has ~40 columns, so whole-stage code for it outgrows the 8,000-byte
                // methods HotSpot compiles and ran interpreted (a fifth of the enrich job's CPU): above
                // that size Spark now uses its split, compiled expression code instead
                .config("spark.sql.codegen.hugeMethodLimit", "8000")
                // a batch's rows span a few WITA days: one open Parquet writer per day instead of
                // sorting every row by day first (beyond 16 days in one task Spark sorts after all)
                .config("spark.sql.maxConcurrentOutputFileWriters", "16")
                // streaming checkpoints through the FileSystem API instead of FileContext, which forks
                // a readlink process per checkpoint file on a local disk
                .config("spark.sql.streaming.checkpointFileManagerClass",
                        "org.apache.spark.sql.execution.streaming.FileSystemBasedCheckpointFileManager");
    }
}

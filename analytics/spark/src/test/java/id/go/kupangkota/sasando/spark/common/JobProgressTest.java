package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.CapturedLog;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import scala.Option;
import scala.Tuple4;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import static org.assertj.core.api.Assertions.assertThat;

class JobProgressTest {
    private static final Pattern LINE = Pattern.compile(
            "INFO .*JobProgress - slow step: (\\d+) of (\\d+) tasks done \\((\\d+) %\\) after \\d+ s, ([\\d,]+) posts so far \\([\\d,]+ posts/s\\)");

    @Test
    void aLongStepReportsTasksDoneAndPostsWhileItRunsAndStopsWhenClosed() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        LongAccumulator posts = sc.sc().longAccumulator("progress test posts");
        List<Integer> items = IntStream.range(0, 8).boxed().toList();
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            // another thread's job at the same time is not this step's
            Thread other = new Thread(() -> sc.parallelize(items, 4).foreach(i -> Thread.sleep(300)));
            try (JobProgress progress = JobProgress.start(sc.sc(), "slow step", posts, Duration.ofMillis(100))) {
                other.start();
                sc.parallelize(items, 8).foreachPartition(it -> {
                    Thread.sleep(250);
                    it.forEachRemaining(i -> posts.add(1000));
                });
                sc.sc().listenerBus().waitUntilEmpty(); // task ends reach listeners a moment after the job
                assertThat(progress.line()).matches("slow step: 8 of 8 tasks done \\(100 %\\) after \\d+ s, 8,000 posts so far .*");
            }
            other.join();
            Thread.sleep(300); // no report after close
            log = captured.text();
        }
        Matcher m = LINE.matcher(log);
        long lastDone = -1;
        int reports = 0;
        while (m.find()) {
            reports++;
            long done = Long.parseLong(m.group(1));
            assertThat(Long.parseLong(m.group(2))).isEqualTo(8); // the other job's 4 tasks are not counted
            assertThat(done).isGreaterThanOrEqualTo(lastDone);
            // ended tasks' posts, and running ones' as of a heartbeat (rare in a job of a second)
            assertThat(Long.parseLong(m.group(4).replace(",", ""))).isBetween(done * 1000, 8000L);
            lastDone = done;
        }
        // two tasks at a time, 250 ms each: about a second, reported every 100 ms
        assertThat(reports).isGreaterThanOrEqualTo(3);
        assertThat(log).containsPattern("slow step: [1-7] of 8 tasks done .* posts/s\\); about \\d+ s left");
    }

    @Test
    void aStepWithoutTasksYetOrWithoutPostsSaysOnlyWhatItKnows() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        try (JobProgress progress = JobProgress.start(sc.sc(), "loading", null, Duration.ofHours(1))) {
            assertThat(progress.line()).isNull();
            sc.parallelize(List.of(1, 2, 3), 3).count();
            sc.sc().listenerBus().waitUntilEmpty();
            assertThat(progress.line()).matches("loading: 3 of 3 tasks done \\(100 %\\) after \\d+ s");
        }
    }

    @Test
    void timeLeftIsRoundedAsAnEstimate() {
        assertThat(JobProgress.duration(42.4)).isEqualTo("42 s");
        assertThat(JobProgress.duration(150)).isEqualTo("3 min");
        assertThat(JobProgress.duration(3_900)).isEqualTo("1 h 5 min");
    }

    @Test
    void runningTasksCountAsTheirExecutorsLastHeartbeatSays() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        LongAccumulator posts = sc.sc().longAccumulator("heartbeat test posts");
        posts.add(500); // counted before the step: not the step's
        LongAccumulator other = sc.sc().longAccumulator("another accumulator");
        String release = "sasando.test.release-" + System.nanoTime();
        try (JobProgress progress = JobProgress.start(sc.sc(), "big tasks", posts, Duration.ofHours(1))) {
            // a job of this step whose two tasks run until released, so its stage is the step's and running
            Thread job = new Thread(() -> sc.parallelize(List.of(1, 2), 2).foreach(i -> {
                while (System.getProperty(release) == null) {
                    Thread.sleep(20);
                }
                posts.add(1000);
            }));
            job.start();
            int stage = awaitActiveStage(sc);
            sc.sc().listenerBus().waitUntilEmpty();
            assertThat(progress.postsSoFar()).isZero();

            // heartbeats as executors send them: task id, stage, stage attempt, the task's accumulator values
            progress.onExecutorMetricsUpdate(heartbeat(stage, 101L, posts, 300L, other, 7L));
            progress.onExecutorMetricsUpdate(heartbeat(stage, 102L, posts, 200L, other, 9L));
            progress.onExecutorMetricsUpdate(heartbeat(stage + 1000, 103L, posts, 5_000L, other, 1L)); // not the step's
            assertThat(progress.postsSoFar()).isEqualTo(500);
            progress.onExecutorMetricsUpdate(heartbeat(stage, 101L, posts, 650L, other, 7L)); // later: replaces
            assertThat(progress.postsSoFar()).isEqualTo(850);
            assertThat(progress.line()).matches("big tasks: 0 of 2 tasks done \\(0 %\\) after \\d+ s, 850 posts so far .*");

            System.setProperty(release, "yes");
            job.join();
        } finally {
            System.clearProperty(release);
        }
    }

    @Test
    void theInputOfAReadIsTheSizeOfItsFilesAndOtherwiseUnknown(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"a\":1}\n".repeat(100));
        Files.writeString(dir.resolve("b.jsonl"), "{\"b\":22}\n".repeat(50));
        SparkSession spark = TestSpark.session();
        assertThat(JobProgress.inputBytes(spark.read().textFile(dir.toString()))).isEqualTo(100 * 8 + 50 * 9);
        assertThat(JobProgress.inputBytes(spark.read().text(dir.toString()).as(Encoders.STRING()))).isEqualTo(1250);
        assertThat(JobProgress.inputBytes(spark.emptyDataset(Encoders.STRING()))).isZero();
        assertThat(JobProgress.inputBytes(spark.createDataset(List.of("x"), Encoders.STRING()))).isZero();
    }

    @Test
    void theInputOfAStreamingBatchIsTheSizeOfItsFiles(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"a\":1}\n".repeat(100));
        Files.writeString(in.resolve("b.jsonl"), "{\"b\":22}\n".repeat(50));
        SparkSession spark = TestSpark.session();
        List<Long> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        // enrich's batches arrive so: foreachBatch hands over rows of an RDD that keep the files' statistics
        spark.readStream().text(in.toString()).writeStream()
                .option("checkpointLocation", dir.resolve("checkpoint").toString())
                .trigger(Trigger.AvailableNow())
                .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) ->
                        sizes.add(JobProgress.inputBytes(batch.as(Encoders.STRING()))))
                .start().awaitTermination();
        assertThat(sizes).containsExactly(1250L);
    }

    @Test
    void withItsInputKnownTheTimeLeftComesFromTheBytesReadBeforeAnyTaskEnds() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        LongAccumulator posts = sc.sc().longAccumulator("bytes test posts");
        String release = "sasando.test.release-" + System.nanoTime();
        try (JobProgress progress = JobProgress.start(sc.sc(), "batch", posts, 1_000, Duration.ofHours(1))) {
            Thread job = new Thread(() -> sc.parallelize(List.of(1, 2), 2).foreach(i -> {
                while (System.getProperty(release) == null) {
                    Thread.sleep(20);
                }
            }));
            job.start();
            int stage = awaitActiveStage(sc);
            sc.sc().listenerBus().waitUntilEmpty();
            assertThat(progress.line()).as("nothing read yet: no estimate").doesNotContain("left");

            progress.onExecutorMetricsUpdate(heartbeat(stage, 201L, bytesRead(150L), info(posts, 30L)));
            progress.onExecutorMetricsUpdate(heartbeat(stage, 202L, bytesRead(100L)));
            assertThat(progress.bytesSoFar()).isEqualTo(250);
            // a quarter read: three quarters to go at the same pace, three times the time so far
            assertThat(progress.line()).matches(
                    "batch: 0 of 2 tasks done \\(0 %\\) after \\d+ s, 30 posts so far \\([\\d,]+ posts/s\\); 25 % of its input read, about \\d+ s left");

            System.setProperty(release, "yes");
            job.join();
            sc.sc().listenerBus().waitUntilEmpty();
            assertThat(progress.line()).as("done: no estimate").startsWith("batch: 2 of 2 tasks done (100 %)")
                    .doesNotContain("left");
        } finally {
            System.clearProperty(release);
        }
    }

    @Test
    void aReadOfFilesReportsTheShareOfItsInputRead(@TempDir Path dir) throws Exception {
        for (int f = 0; f < 4; f++) {
            Files.writeString(dir.resolve("part-" + f + ".jsonl"), ("{\"n\":" + f + "}\n").repeat(2_000));
        }
        SparkSession spark = TestSpark.session();
        String log;
        // a task per file, four tasks on two cores: the first two end while the others run
        spark.conf().set("spark.sql.files.maxPartitionBytes", "16000");
        spark.conf().set("spark.sql.files.openCostInBytes", "1");
        try (CapturedLog captured = new CapturedLog()) {
            Dataset<String> read = spark.read().textFile(dir.toString());
            try (JobProgress progress = JobProgress.start(spark.sparkContext(), "files step", null,
                    JobProgress.inputBytes(read), Duration.ofMillis(50))) {
                read.foreachPartition((ForeachPartitionFunction<String>) it -> {
                    it.forEachRemaining(line -> { });
                    Thread.sleep(300);
                });
                spark.sparkContext().listenerBus().waitUntilEmpty();
            }
            log = captured.text();
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
            spark.conf().unset("spark.sql.files.openCostInBytes");
        }
        assertThat(log).containsPattern("files step: [1-3] of 4 tasks done \\(\\d+ %\\) after \\d+ s; \\d+ % of its input read, about \\d+ s left");
    }

    private static int awaitActiveStage(JavaSparkContext sc) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            int[] active = sc.statusTracker().getActiveStageIds();
            if (active.length > 0) {
                return active[0];
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no stage started");
    }

    private static SparkListenerExecutorMetricsUpdate heartbeat(int stage, long task, LongAccumulator posts, long n,
                                                                LongAccumulator other, long m) {
        return heartbeat(stage, task, info(other, m), info(posts, n));
    }

    private static SparkListenerExecutorMetricsUpdate heartbeat(int stage, long task, AccumulableInfo... infos) {
        Seq<AccumulableInfo> values = JavaConverters.asScalaBuffer(List.of(infos)).toSeq();
        Tuple4<Object, Object, Object, Seq<AccumulableInfo>> update = new Tuple4<>(task, stage, 0, values);
        return new SparkListenerExecutorMetricsUpdate("driver", JavaConverters.asScalaBuffer(List.of(update)).toSeq(),
                scala.collection.immutable.Map$.MODULE$.empty());
    }

    /** A running task's input bytes as its executor's heartbeat carries them (Spark's internal task metric). */
    private static AccumulableInfo bytesRead(long value) {
        return new AccumulableInfo(9_999_999L, Option.apply("internal.metrics.input.bytesRead"), Option.apply(value),
                Option.apply(value), true, false, Option.empty());
    }

    private static AccumulableInfo info(LongAccumulator accumulator, long value) {
        return new AccumulableInfo(accumulator.id(), accumulator.name(), Option.apply(value), Option.apply(value),
                false, false, Option.empty());
    }
}

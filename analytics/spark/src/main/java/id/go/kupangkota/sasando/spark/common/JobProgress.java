package id.go.kupangkota.sasando.spark.common;

import org.apache.spark.InternalAccumulator;
import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import scala.Tuple4;
import scala.math.BigInt;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Says every so often how far a long step has come: a re-tag of the whole landing zone, or a first run
 * over months of landed files, is one Spark job of many minutes that otherwise logs nothing between its
 * start and its end. Each report gives the tasks done of those started, the posts so far, their rate and
 * the time left. A step that ends before the first report stays quiet.
 *
 * <p>Posts so far: those of the tasks that ended (the accumulator's value on the driver) plus what the
 * running tasks had counted at their executor's last heartbeat (every 10 s by default), so a step of a few
 * large tasks does not read "0 posts" until its first task ends.
 *
 * <p>Time left: from the bytes of its input read so far, when the step knows how many it reads (landing
 * files: {@link #inputBytes}), counted like the posts (ended tasks' and running tasks' at their last
 * heartbeat); so a step of a few large tasks, an enrich batch on two cores, has an estimate before its first
 * task ends, and one that does not run high while the first tasks are still running together. Otherwise
 * from the tasks done.
 *
 * <p>Only the Spark jobs started from the calling thread while it is open count (a local property of
 * that thread, which Spark hands to the jobs' stages), so other work of the same session does not.
 */
public final class JobProgress extends SparkListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobProgress.class);
    private static final String PROPERTY = "sasando.progress";
    private static final AtomicLong STEPS = new AtomicLong();
    /** Where {@code -Dsasando.progress.every=<seconds>} sets how often a step reports (15 s). */
    static final String EVERY = "sasando.progress.every";
    /** The task metric of input bytes read, as heartbeats carry it. */
    private static final String BYTES_READ = InternalAccumulator.input$.MODULE$.BYTES_READ();

    private final SparkContext sc;
    private final String step;
    private final LongAccumulator posts;
    private final long postsBefore;
    /** Posts counted by each running task of the step, at its executor's last heartbeat. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();
    /** The bytes the step reads, or 0 when it does not know. */
    private final long inputBytes;
    private final AtomicLong bytesOfEnded = new AtomicLong();
    /** Input bytes read by each running task of the step, at its executor's last heartbeat. */
    private final Map<Long, Long> runningBytes = new ConcurrentHashMap<>();
    private final String tag = "step-" + STEPS.incrementAndGet();
    private final String previous;
    private final long start = System.nanoTime();
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final ScheduledExecutorService timer;

    private JobProgress(SparkContext sc, String step, LongAccumulator posts, long inputBytes, Duration every) {
        this.sc = sc;
        this.step = step;
        this.posts = posts;
        this.inputBytes = Math.max(0, inputBytes);
        this.postsBefore = posts == null ? 0 : posts.value();
        this.previous = sc.getLocalProperty(PROPERTY);
        sc.setLocalProperty(PROPERTY, tag);
        sc.addSparkListener(this);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sasando-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, every.toMillis());
        timer.scheduleAtFixedRate(this::report, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Reports on the Spark jobs this thread starts until {@link #close}, every 15 s or as {@link #EVERY} says.
     *
     * @param step  what the log lines call it ("re-tag", "enrich batch 3")
     * @param posts the accumulator the step's tasks count their posts in (what it holds before the step is
     *              not counted), or null when the step does not count them
     */
    public static JobProgress start(SparkContext sc, String step, LongAccumulator posts) {
        return start(sc, step, posts, 0);
    }

    /** As {@link #start(SparkContext, String, LongAccumulator)}, the time left from {@code inputBytes} read. */
    public static JobProgress start(SparkContext sc, String step, LongAccumulator posts, long inputBytes) {
        double seconds = Double.parseDouble(System.getProperty(EVERY, "15"));
        return start(sc, step, posts, inputBytes, Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static JobProgress start(SparkContext sc, String step, LongAccumulator posts, Duration every) {
        return start(sc, step, posts, 0, every);
    }

    static JobProgress start(SparkContext sc, String step, LongAccumulator posts, long inputBytes, Duration every) {
        return new JobProgress(sc, step, posts, inputBytes, every);
    }

    /**
     * The bytes of the files a Dataset reads, from the file listing Spark made when it planned the read
     * (no further look at the files), or 0 when it reads no files or cannot tell. A streaming batch
     * ({@code foreachBatch}) arrives as rows of an RDD that keep the statistics of the batch's files.
     */
    public static long inputBytes(Dataset<?> dataset) {
        try {
            long sum = 0;
            for (LogicalPlan leaf : JavaConverters.seqAsJavaList(dataset.queryExecution().analyzed().collectLeaves())) {
                if (leaf instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation files) {
                    sum += files.location().sizeInBytes();
                } else if (leaf instanceof LogicalRDD rdd) {
                    BigInt size = rdd.computeStats().sizeInBytes(); // its origin's, else Spark's "unknown" default
                    if (!size.isValidLong() || size.longValue() >= Long.MAX_VALUE / 2) {
                        return 0;
                    }
                    sum += size.longValue();
                } else {
                    return 0;
                }
            }
            return sum;
        } catch (RuntimeException e) {
            log.debug("no input size for progress", e);
            return 0;
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        Properties properties = submitted.properties();
        if (properties != null && tag.equals(properties.getProperty(PROPERTY))
                && stages.add(submitted.stageInfo().stageId())) {
            tasks.addAndGet(submitted.stageInfo().numTasks());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        // a failed attempt is retried as another task of the same stage: count each task once, on success
        if (stages.contains(end.stageId())) {
            running.remove(end.taskInfo().taskId()); // its count is in the accumulator now, or void
            runningBytes.remove(end.taskInfo().taskId());
            if (end.reason() == Success$.MODULE$) {
                done.incrementAndGet();
                if (end.taskMetrics() != null) {
                    bytesOfEnded.addAndGet(end.taskMetrics().inputMetrics().bytesRead());
                }
            }
        }
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : JavaConverters.seqAsJavaList(update.accumUpdates())) {
            if (!stages.contains((Integer) task._2())) {
                continue;
            }
            for (AccumulableInfo info : JavaConverters.seqAsJavaList(task._4())) {
                if (!info.update().isDefined() || !(info.update().get() instanceof Long n)) {
                    continue;
                }
                if (posts != null && info.id() == posts.id()) {
                    running.put((Long) task._1(), n);
                } else if (info.name().isDefined() && BYTES_READ.equals(info.name().get())) {
                    runningBytes.put((Long) task._1(), n);
                }
            }
        }
    }

    /** The input bytes the step has read so far, counted as {@link #postsSoFar} counts posts. */
    long bytesSoFar() {
        long sum = bytesOfEnded.get();
        for (long n : runningBytes.values()) {
            sum += n;
        }
        return sum;
    }

    /** The posts of the step so far: those of ended tasks and, as of their last heartbeat, of running ones. */
    long postsSoFar() {
        long sum = posts.value() - postsBefore;
        for (long n : running.values()) {
            sum += n;
        }
        return sum;
    }

    /** The line a report logs now, or null before any task started. */
    String line() {
        long total = tasks.get();
        if (total == 0) {
            return null;
        }
        long finished = Math.min(done.get(), total);
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        StringBuilder line = new StringBuilder(step).append(": ")
                .append(finished).append(" of ").append(total).append(" tasks done (")
                .append(finished * 100 / total).append(" %) after ").append(duration(seconds));
        if (posts != null) {
            long n = postsSoFar();
            line.append(", ").append(String.format("%,d", n)).append(" posts so far (")
                    .append(String.format("%,.0f", n / seconds)).append(" posts/s)");
        }
        long read = Math.min(bytesSoFar(), inputBytes);
        if (inputBytes > 0 && read > 0 && finished < total) {
            line.append("; ").append(read * 100 / inputBytes).append(" % of its input read");
            if (read < inputBytes) {
                line.append(", about ").append(duration(seconds * (inputBytes - read) / read)).append(" left");
            }
        } else if (finished > 0 && finished < total) {
            line.append("; about ").append(duration(seconds * (total - finished) / finished)).append(" left");
        }
        return line.toString();
    }

    private void report() {
        try {
            String line = line();
            if (line != null) {
                log.info(line);
            }
        } catch (RuntimeException e) {
            log.debug("progress report failed", e); // never let a report disturb the step
        }
    }

    /** "40 s", "3 min", "1 h 5 min": an estimate, so no finer than that. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        sc.removeSparkListener(this);
        sc.setLocalProperty(PROPERTY, previous);
    }
}

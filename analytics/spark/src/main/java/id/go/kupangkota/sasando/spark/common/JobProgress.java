package id.go.kupangkota.sasando.spark.common;

import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
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
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Says every so often how far a long step has come: a re-tag of the whole landing zone, or a first run
 * over months of landed files, is one Spark job of many minutes that otherwise logs nothing between its
 * start and its end. Each report gives the tasks done of those started, the posts so far, their rate and
 * the time left at that rate. A step that ends before the first report stays quiet.
 *
 * <p>Posts so far: those of the tasks that ended (the accumulator's value on the driver) plus what the
 * running tasks had counted at their executor's last heartbeat (every 10 s by default), so a step of a few
 * large tasks does not read "0 posts" until its first task ends.
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

    private final SparkContext sc;
    private final String step;
    private final LongAccumulator posts;
    private final long postsBefore;
    /** Posts counted by each running task of the step, at its executor's last heartbeat. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();
    private final String tag = "step-" + STEPS.incrementAndGet();
    private final String previous;
    private final long start = System.nanoTime();
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final ScheduledExecutorService timer;

    private JobProgress(SparkContext sc, String step, LongAccumulator posts, Duration every) {
        this.sc = sc;
        this.step = step;
        this.posts = posts;
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
        double seconds = Double.parseDouble(System.getProperty(EVERY, "15"));
        return start(sc, step, posts, Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static JobProgress start(SparkContext sc, String step, LongAccumulator posts, Duration every) {
        return new JobProgress(sc, step, posts, every);
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
            if (end.reason() == Success$.MODULE$) {
                done.incrementAndGet();
            }
        }
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        if (posts == null) {
            return;
        }
        for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : JavaConverters.seqAsJavaList(update.accumUpdates())) {
            if (!stages.contains((Integer) task._2())) {
                continue;
            }
            for (AccumulableInfo info : JavaConverters.seqAsJavaList(task._4())) {
                if (info.id() == posts.id() && info.update().isDefined() && info.update().get() instanceof Long n) {
                    running.put((Long) task._1(), n);
                }
            }
        }
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
        if (finished > 0 && finished < total) {
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

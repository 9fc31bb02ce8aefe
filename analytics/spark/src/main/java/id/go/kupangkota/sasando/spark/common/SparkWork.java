package id.go.kupangkota.sasando.spark.common;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the Spark jobs, stages and tasks a session runs, for the pipeline's {@code <stage> took} lines: on a
 * small input a stage's time is mostly Spark's fixed cost per job and stage, not the amount of data, so
 * the count says where to look.
 */
public final class SparkWork extends SparkListener {
    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong stages = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();

    /** A counter listening to {@code spark} from now on. */
    public static SparkWork on(SparkSession spark) {
        SparkWork work = new SparkWork();
        spark.sparkContext().addSparkListener(work);
        return work;
    }

    /** What ran so far. */
    public Count count() {
        return new Count(jobs.get(), stages.get(), tasks.get());
    }

    /** Jobs, stages and tasks; {@link #minus} gives what ran between two counts. */
    public record Count(long jobs, long stages, long tasks) {
        public Count minus(Count earlier) {
            return new Count(jobs - earlier.jobs, stages - earlier.stages, tasks - earlier.tasks);
        }

        @Override
        public String toString() {
            return jobs + " Spark jobs, " + stages + " stages, " + tasks + " tasks";
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
        stages.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        tasks.incrementAndGet();
    }
}

package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.CapturedLog;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JobProgressTest {
    private static final Pattern LINE = Pattern.compile(
            "INFO .*JobProgress - slow step: (\\d+) of (\\d+) tasks done \\((\\d+) %\\), ([\\d,]+) posts so far, [\\d,]+ posts/s");

    @Test
    void aLongStepReportsTasksDoneAndPostsWhileItRunsAndStopsWhenClosed() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        LongAccumulator posts = sc.sc().longAccumulator("progress test posts");
        List<Integer> items = IntStream.range(0, 8).boxed().toList();
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            // another thread's job at the same time is not this step's
            Thread other = new Thread(() -> sc.parallelize(items, 4).foreach(i -> Thread.sleep(300)));
            try (JobProgress progress = JobProgress.start(sc.sc(), "slow step", posts::value, Duration.ofMillis(100))) {
                other.start();
                sc.parallelize(items, 8).foreachPartition(it -> {
                    Thread.sleep(250);
                    it.forEachRemaining(i -> posts.add(1000));
                });
                sc.sc().listenerBus().waitUntilEmpty(); // task ends reach listeners a moment after the job
                assertThat(progress.line()).startsWith("slow step: 8 of 8 tasks done (100 %), 8,000 posts so far");
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
            assertThat(Long.parseLong(m.group(4).replace(",", ""))).isEqualTo(done * 1000);
            lastDone = done;
        }
        // two tasks at a time, 250 ms each: about a second, reported every 100 ms
        assertThat(reports).isGreaterThanOrEqualTo(3);
        assertThat(log).containsPattern("slow step: [1-7] of 8 tasks done .* posts/s; about \\d+ s left");
    }

    @Test
    void aStepWithoutTasksYetOrWithoutPostsSaysOnlyWhatItKnows() throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        try (JobProgress progress = JobProgress.start(sc.sc(), "loading", null, Duration.ofHours(1))) {
            assertThat(progress.line()).isNull();
            sc.parallelize(List.of(1, 2, 3), 3).count();
            sc.sc().listenerBus().waitUntilEmpty();
            assertThat(progress.line()).isEqualTo("loading: 3 of 3 tasks done (100 %)");
        }
    }

    @Test
    void timeLeftIsRoundedAsAnEstimate() {
        assertThat(JobProgress.duration(42.4)).isEqualTo("42 s");
        assertThat(JobProgress.duration(150)).isEqualTo("3 min");
        assertThat(JobProgress.duration(3_900)).isEqualTo("1 h 5 min");
    }
}

package id.go.kupangkota.sasando.text.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TaggerBenchmark} on one thread and prints posts per second per core. In-process
 * (forks 0) because {@code exec:java} gives no classpath a forked JVM could reuse; warm-up iterations
 * let the JIT settle first. On a shared machine the wall-clock score depends on the load, so it then
 * also measures posts per second of the thread's own CPU time, which does not. Run from the
 * repository root:
 * {@code ./mvnw -q -o -pl analytics/text test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.go.kupangkota.sasando.text.bench.TaggerBenchmarkMain}
 */
public final class TaggerBenchmarkMain {
    private TaggerBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(TaggerBenchmark.class.getName())
                .forks(0)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(3))
                .build();
        new Runner(options).run();
        perCpuSecond();
    }

    /** Posts tagged per second of this thread's CPU time (robust to other processes on the machine). */
    static void perCpuSecond() {
        TaggerBenchmark bench = new TaggerBenchmark();
        try {
            bench.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            int posts = 50_000;
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < posts; i++) {
                bench.tagOnePost();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.0f posts per CPU-second (%.0f posts/s wall clock)%n", round,
                    posts / cpuSeconds, posts / wallSeconds);
        }
    }
}

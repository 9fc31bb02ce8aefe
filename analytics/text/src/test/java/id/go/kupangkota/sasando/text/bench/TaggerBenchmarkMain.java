package id.go.kupangkota.sasando.text.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TaggerBenchmark} on one thread and prints posts per second per core. In-process
 * (forks 0) because {@code exec:java} gives no classpath a forked JVM could reuse; warm-up iterations
 * let the JIT settle first. Run from the repository root:
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
    }
}

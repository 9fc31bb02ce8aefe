package id.go.kupangkota.sasando.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where this JVM's CPU went, by kind of thread, from Linux's {@code /proc/self/task}: Spark's task
 * threads, the JIT compilers, the garbage collector and the rest (driver, scheduler, I/O). Shows how
 * much of a run is the job's own work and how much is the JVM warming up.
 */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /**
     * CPU seconds by kind since a snapshot taken with {@link #snapshot()}, without Spark's task threads:
     * their pool lets idle threads end, taking their CPU time out of /proc (Spark's task metrics count it).
     */
    static Map<String, String> since(Map<String, Double> before) {
        Map<String, String> out = new TreeMap<>();
        snapshot().forEach((k, v) -> {
            if (!k.equals(TASKS)) {
                out.put(k, String.format("%.1f s", v - before.getOrDefault(k, 0.0)));
            }
        });
        return out;
    }

    private static final String TASKS = "spark tasks";

    /** CPU seconds of the live threads by kind (threads that ended are gone from /proc, hence live only). */
    static Map<String, Double> snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return seconds;
        }
        long ticks = 100; // USER_HZ on Linux
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) ticks; // utime, stime
                    seconds.merge(kind(name), cpu, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return seconds;
        }
        return seconds;
    }

    private static String kind(String thread) {
        if (thread.startsWith("Executor task")) {
            return TASKS;
        }
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ")) {
            return "GC";
        }
        if (thread.equals("main") || thread.equals("java")) { // Linux names the main thread after the process
            return "main";
        }
        // Linux keeps 15 characters of a thread's name
        if (thread.startsWith("elasticsearch") || thread.startsWith("I/O dispatcher")) {
            return "elasticsearch client";
        }
        if (thread.startsWith("stream exec")) {
            return "streaming driver";
        }
        return "other";
    }
}

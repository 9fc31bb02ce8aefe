package id.go.kupangkota.sasando.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where this JVM's CPU went during a run, by kind of thread, from Linux's {@code /proc/self/task}:
 * Spark's task threads, the JIT compilers, the garbage collector, the Elasticsearch client's I/O
 * threads and the rest (driver, scheduler). Threads that end during the run (each task's client
 * threads, idle task threads) leave /proc with their CPU time, so a sampler reads every thread's
 * time every second and keeps the last reading of each: an ended thread is counted up to its last
 * sample, at most a second short (the client threads of a task live for the task, several seconds).
 */
final class ThreadCpu implements AutoCloseable {
    private static final long USER_HZ = 100;
    private static final long PERIOD_MS = 1_000;
    /** The kind of the sampler's own thread, whose CPU is the benchmark's, not the job's. */
    static final String OWN = "benchmark";

    private record Seen(String kind, double atStart, double last) {
    }

    private final Map<String, Seen> threads = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ThreadCpu() {
        sample(true);
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
                sample(false);
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling; {@link #close()} ends it and {@link #byKind()} tells the CPU since. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** CPU time of the sampler's own thread so far: the benchmark's, to take out of the job's. */
    long ownCpuNanos() {
        long nanos = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(sampler.getId());
        return Math.max(0L, nanos);
    }

    @Override
    public void close() throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        sampler.interrupt();
        sampler.join();
        sample(false);
    }

    /** CPU seconds by kind since {@link #start()}, Spark's task threads included (for comparison with task metrics). */
    synchronized Map<String, Double> byKind() {
        Map<String, Double> seconds = new TreeMap<>();
        threads.values().forEach(t -> seconds.merge(t.kind(), t.last() - t.atStart(), Double::sum));
        return seconds;
    }

    private synchronized void sample(boolean atStart) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path t : list.toList()) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) USER_HZ; // utime, stime
                    // a thread id with its start time (in clock ticks since boot): Linux reuses ids, and a
                    // new thread under an old id (even with the same name) must not inherit its readings
                    String key = t.getFileName() + " " + f[19];
                    Seen seen = threads.get(key);
                    threads.put(key, seen == null ? new Seen(kind(name), atStart ? cpu : 0, cpu)
                            : new Seen(seen.kind(), seen.atStart(), cpu));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            // /proc unreadable: nothing to add
        }
    }

    private static String kind(String thread) {
        if (thread.startsWith("Executor task")) {
            return "spark tasks";
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
        if (thread.startsWith("elasticsearch") || thread.startsWith("I/O dispatcher") || thread.startsWith("bulk-flush")) {
            return "elasticsearch client";
        }
        if (thread.startsWith("stream exec")) {
            return "streaming driver";
        }
        if (thread.startsWith("bench-")) {
            return OWN;
        }
        return "other";
    }
}

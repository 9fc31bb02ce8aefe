package id.go.kupangkota.sasando.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for {@link ClusterSubmitIT}, made of the jars the build already
 * resolved (no Spark download): a throw-away {@code SPARK_HOME} whose {@code jars/} holds what a Spark
 * installation holds ({@link #sparkJars}), a {@code Master} and a {@code Worker} as processes of their own,
 * and {@code spark-submit}. Each command line is built by {@code org.apache.spark.launcher.Main}, as
 * {@code bin/spark-class} and {@code bin/spark-submit} build theirs. The Worker starts each executor with
 * {@code java -cp $SPARK_HOME/jars/*} ({@code WorkerCommandBuilder}): Sasando's classes reach an executor
 * only through the jar spark-submit ships.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START = Duration.ofMinutes(2);
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");

    private final Path dir;
    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private String masterUrl;

    private StandaloneCluster(Path dir) {
        this.dir = dir;
        this.home = dir.resolve("spark-home");
        // what bin/load-spark-env.sh exports in a distribution, and spark-env.sh's bind address
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_DAEMON_MEMORY", "256m");
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * Builds the Spark home under {@code dir} and starts a Master and a Worker (2 cores, 768 MB) on it; on a
     * failure whatever started is stopped again.
     */
    static StandaloneCluster start(Path dir, Path classpathFile, Path dependencyTree) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(dir);
        try {
            Files.createDirectories(cluster.home.resolve("conf"));
            Path jars = Files.createDirectories(cluster.home.resolve("jars"));
            for (Path jar : sparkJars(classpathFile, dependencyTree)) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
            Path masterLog = dir.resolve("master.log");
            cluster.launch(masterLog, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
            Matcher url = MASTER_URL.matcher(cluster.await(masterLog, "I have been elected leader"));
            if (!url.find()) {
                throw new IllegalStateException("no master URL in " + masterLog);
            }
            cluster.masterUrl = url.group(1);
            Path workerLog = dir.resolve("worker.log");
            cluster.launch(workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", "0", "--webui-port", "0", "--cores", "2", "--memory", "768m",
                    "--work-dir", cluster.workDir().toString(), cluster.masterUrl);
            cluster.await(workerLog, "Successfully registered with master");
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * The jars of a Spark installation, taken from the module's runtime class path
     * ({@code target/classpath.txt}): spark-sql and everything it depends on, by Maven's verbose dependency
     * tree ({@code target/dependency-tree.txt}), which also lists a dependency Spark shares with Sasando
     * (Jackson, SLF4J) under Spark. What only Sasando's own modules bring (the Elasticsearch client, Lucene,
     * Apache HttpClient) is left out, so the cluster jar must carry it. A split by file name, as the
     * Dockerfile's {@code grep -v -e spark- -e scala-} made, would leave out Hadoop, Jackson and Netty too,
     * which every Spark installation has.
     */
    static List<Path> sparkJars(Path classpathFile, Path dependencyTree) throws IOException {
        Set<String> spark = reachable(Files.readAllLines(dependencyTree), "org.apache.spark:spark-sql_2.12");
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            boolean sparks = path.endsWith(".jar") && spark.stream().anyMatch(ga -> {
                String[] g = ga.split(":");
                return path.contains("/" + g[0].replace('.', '/') + "/" + g[1] + "/");
            });
            if (sparks) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    private static final Pattern TREE_LINE = Pattern.compile("^([| ]*)[+\\\\]- \\(?([^: ]+):([^: ]+):");

    /** groupId:artifactId of {@code root} and of everything it depends on, in the text of a verbose tree. */
    static Set<String> reachable(List<String> tree, String root) {
        Map<String, Set<String>> children = new HashMap<>();
        List<String> path = new ArrayList<>(); // the node at each depth above the current line
        for (String line : tree) {
            Matcher m = TREE_LINE.matcher(line);
            if (!m.find()) {
                continue; // the module itself
            }
            int depth = m.group(1).length() / 3;
            String ga = m.group(2) + ":" + m.group(3);
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            if (depth > 0) {
                children.computeIfAbsent(path.get(depth - 1), k -> new HashSet<>()).add(ga);
            }
            path.add(ga);
        }
        // an omitted node ("omitted for duplicate") has its children where Maven placed it
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String ga = todo.pop();
            if (seen.add(ga)) {
                todo.addAll(children.getOrDefault(ga, Set.of()));
            }
        }
        return seen;
    }

    Path sparkHome() {
        return home;
    }

    String masterUrl() {
        return masterUrl;
    }

    /** Where the Worker keeps each application's executors: {@code app-*}/{@code <executor id>}/{@code stderr}. */
    Path workDir() {
        return dir.resolve("work");
    }

    /** A finished spark-submit: its exit code and its process id (the driver's JVM, in client mode). */
    record Submitted(int exitCode, long pid) {
    }

    /**
     * Runs {@code spark-submit args...} (as {@code bin/spark-submit} does) with {@code extraEnv}, its output
     * in {@code log}, and waits for it.
     */
    Submitted submit(Map<String, String> extraEnv, Path log, Duration timeout, String... args)
            throws IOException, InterruptedException {
        Map<String, String> submitEnv = new HashMap<>(env);
        submitEnv.putAll(extraEnv);
        Process submit = start(submitEnv, log, command(submitEnv, "org.apache.spark.deploy.SparkSubmit", args));
        if (!submit.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("spark-submit still running after " + timeout + "; its log: " + log);
        }
        return new Submitted(submit.exitValue(), submit.pid());
    }

    private void launch(Path log, String mainClass, String... args) throws IOException, InterruptedException {
        start(env, log, command(env, mainClass, args));
    }

    /** The command line {@code bin/spark-class mainClass args...} would run. */
    private List<String> command(Map<String, String> processEnv, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> launcher = new ArrayList<>(List.of(java(), "-Xmx128m", "-cp", home.resolve("jars") + "/*",
                "org.apache.spark.launcher.Main", mainClass));
        launcher.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(launcher).redirectError(ProcessBuilder.Redirect.INHERIT);
        environment(builder, processEnv);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // as bin/spark-class reads it: messages, then "\0\n", then the command, an argument per NUL
        int startFlag = out.indexOf("\0\n");
        if (process.waitFor() != 0 || startFlag < 0) {
            throw new IllegalStateException("Spark's launcher failed for " + mainClass + ": " + out);
        }
        return Stream.of(out.substring(startFlag + 2).split("\0")).filter(s -> !s.isEmpty()).toList();
    }

    private Process start(Map<String, String> processEnv, Path log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(dir.toFile());
        environment(builder, processEnv);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** The parent's environment without its Spark and Sasando settings, then ours. */
    private static void environment(ProcessBuilder builder, Map<String, String> processEnv) {
        builder.environment().keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("SASANDO_"));
        builder.environment().putAll(processEnv);
    }

    /** Waits until {@code log} has {@code line}; @return the log so far */
    private String await(Path log, String line) throws IOException, InterruptedException {
        Process process = processes.get(processes.size() - 1);
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains(line)) {
                return text;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(log.getFileName() + " ended before '" + line + "':\n" + text);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' in " + log + " after " + START);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Stops the processes, the last started first (spark-submit, Worker, Master), and every process they
     * started (the executors), forcibly after 20 s.
     */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            // taken before the parent ends: an orphan is no longer its descendant
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }

    /** The text of a file. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

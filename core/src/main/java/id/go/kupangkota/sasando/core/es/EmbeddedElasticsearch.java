package id.go.kupangkota.sasando.core.es;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs a real single-node Elasticsearch from the server zip Maven resolves
 * ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip}), for the local
 * run and the tests. It unpacks the zip under {@code home}, starts the node on loopback with
 * security off, waits for the cluster health and stops it again. Elasticsearch refuses to run as
 * root, so as root it runs as the system user {@value #SYSTEM_USER}, created when missing.
 *
 * <p>The node outlives the JVM that started it (so {@code ./sasando up} can return); {@link #stop()}
 * or {@code main stop} ends it through the pid file Elasticsearch writes.
 */
public final class EmbeddedElasticsearch {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    public static final String SYSTEM_USER = "sasando-es";

    private final Path zip;
    private final Path dist;
    private final Path home;
    private final int httpPort;
    private final String heap;
    private final Path console;

    /** A node whose distribution, data, logs and pid file all live under {@code home}. */
    public EmbeddedElasticsearch(Path zip, Path home, int httpPort, String heap) {
        this(zip, home.resolve("dist"), home, httpPort, heap);
    }

    /**
     * A node unpacked once under {@code dist} (shareable between nodes) with its data, logs and pid
     * file under {@code home}.
     */
    public EmbeddedElasticsearch(Path zip, Path dist, Path home, int httpPort, String heap) {
        this(zip, dist, home, httpPort, heap, null);
    }

    /**
     * As above, with the node's console (its standard output and error) written to {@code console}
     * rather than to {@code logs/console.log} under the home; {@code null} keeps that default. The
     * launcher keeps it beside its other logs, which it moves aside before each start.
     */
    public EmbeddedElasticsearch(Path zip, Path dist, Path home, int httpPort, String heap, Path console) {
        this.zip = zip;
        this.home = relocateIfUnreachable(home.toAbsolutePath().normalize());
        this.dist = dist.startsWith(home) ? this.home.resolve(home.relativize(dist))
                : relocateIfUnreachable(dist.toAbsolutePath().normalize());
        this.httpPort = httpPort;
        this.heap = heap;
        // written by this JVM, not by the node's user: it may stay where the caller wants it
        this.console = console != null ? console.toAbsolutePath().normalize()
                : this.home.resolve("logs").resolve("console.log");
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    /** Where the node's standard output and error go. */
    public Path console() {
        return console;
    }

    /**
     * Starts the node unless this home's node already answers on the port; returns when the cluster is
     * yellow. A node of another home on the port is refused: using it would put this home's posts into
     * another home's indices (two checkouts, or a benchmark's node left running, on the default port).
     */
    public void start(Duration timeout) {
        if (healthy()) {
            Optional<String> running = runningDataPath();
            String ours = home.resolve("data").toAbsolutePath().normalize().toString();
            if (running.isPresent() && !samePlace(running.get(), ours)) {
                throw new IllegalStateException("another Elasticsearch already answers at " + url() + " (its data in "
                        + running.get() + ", not " + ours + "). Stop it (./sasando down with the SASANDO_HOME it was"
                        + " started with) or give this home another port (SASANDO_ES_PORT).");
            }
            log.info("Elasticsearch already running at {}", url());
            return;
        }
        try {
            unpack();
            Path data = Files.createDirectories(home.resolve("data"));
            Path logs = Files.createDirectories(home.resolve("logs"));
            Path tmp = Files.createDirectories(home.resolve("tmp"));
            Path snapshots = Files.createDirectories(home.resolve("snapshots"));
            Files.createDirectories(console.getParent());
            Files.deleteIfExists(pidFile());
            List<String> command = new ArrayList<>();
            boolean root = isRoot();
            if (root) {
                ensureSystemUser();
                run(List.of("chown", "-R", SYSTEM_USER, home.toString(), dist.toString()));
                command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
            }
            command.addAll(List.of(dist.resolve("bin/elasticsearch").toString(),
                    "-p", pidFile().toString(),
                    "-E", "discovery.type=single-node",
                    "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + httpPort,
                    "-E", "transport.port=" + freePort(),
                    "-E", "cluster.name=sasando",
                    "-E", "path.data=" + data,
                    "-E", "path.logs=" + logs,
                    // where a snapshot repository may live: the state indices are backed up with snapshots
                    "-E", "path.repo=" + snapshots,
                    // a nearly full developer disk must not turn the indices read-only
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                    "-E", "action.destructive_requires_name=false"));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            pb.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            pb.environment().put("ES_TMPDIR", tmp.toString());
            log.info("starting Elasticsearch at {} (home {})", url(), home);
            Process process = pb.start();
            Instant deadline = Instant.now().plus(timeout);
            while (!healthy()) {
                if (!process.isAlive() && pid().isEmpty()) {
                    throw new IllegalStateException("Elasticsearch exited with " + process.exitValue()
                            + "; see " + console);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Elasticsearch did not become healthy within " + timeout
                            + "; see " + console);
                }
                Thread.sleep(500);
            }
            log.info("Elasticsearch is up at {}", url());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Elasticsearch under " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Elasticsearch", e);
        }
    }

    /** Stops the node started from this home, waiting for it to exit; its data stays. */
    public void stop() {
        Optional<ProcessHandle> process = pid().flatMap(ProcessHandle::of);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        log.info("Elasticsearch stopped ({})", home);
    }

    public boolean healthy() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/_cluster/health").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try (InputStream in = c.getInputStream()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return c.getResponseCode() == 200 && !body.contains("\"status\":\"red\"");
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The data folder of the node answering on the port ({@code path.data} of its settings), or empty when
     * it does not say (a node started without one, or an answer that cannot be read: then it is taken as ours).
     */
    Optional<String> runningDataPath() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url()
                    + "/_nodes/_local/settings?filter_path=nodes.*.settings.path.data").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try (InputStream in = c.getInputStream()) {
                JsonNode nodes = Json.MAPPER.readTree(in).path("nodes");
                for (JsonNode node : nodes) {
                    JsonNode data = node.path("settings").path("path").path("data");
                    JsonNode first = data.isArray() ? data.path(0) : data;
                    if (first.isTextual()) {
                        return Optional.of(Path.of(first.asText()).toAbsolutePath().normalize().toString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("cannot read the running node's data path", e);
        }
        return Optional.empty();
    }

    /** The same folder, through a symbolic link or not. */
    private static boolean samePlace(String a, String b) {
        try {
            return a.equals(b) || Files.isSameFile(Path.of(a), Path.of(b));
        } catch (IOException e) {
            return false; // one of them does not exist here
        }
    }

    private Path pidFile() {
        return home.resolve("elasticsearch.pid");
    }

    private Optional<Long> pid() {
        try {
            return Files.exists(pidFile()) ? Optional.of(Long.parseLong(Files.readString(pidFile()).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path unpack() throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch zip not found at " + zip
                    + " (it is resolved by Maven: ./mvnw -pl core dependency:resolve)");
        }
        Path marker = dist.resolve(".unpacked-" + zip.getFileName());
        if (!Files.exists(marker)) {
            Files.createDirectories(dist);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    // strip the top folder (elasticsearch-<version>/)
                    String name = e.getName().substring(e.getName().indexOf('/') + 1);
                    if (name.isEmpty()) {
                        continue;
                    }
                    Path target = dist.resolve(name).normalize();
                    if (!target.startsWith(dist)) {
                        throw new IOException("zip entry outside the target: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        if (name.startsWith("bin/") || name.contains("/bin/")) {
                            target.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
            Files.writeString(marker, zip.toString());
        }
        return dist;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureSystemUser() throws IOException, InterruptedException {
        if (run(List.of("id", "-u", SYSTEM_USER)) != 0) {
            int rc = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER));
            if (rc != 0 && run(List.of("id", "-u", SYSTEM_USER)) != 0) {
                throw new IllegalStateException("cannot create system user " + SYSTEM_USER + " (useradd exit " + rc + ")");
            }
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /**
     * As root the node runs as another user, who must be able to reach the home; where a parent
     * folder is closed to others (e.g. under /root) the home moves to /var/tmp/sasando-es/.
     */
    private static Path relocateIfUnreachable(Path home) {
        if (!isRoot()) {
            return home;
        }
        for (Path p = home.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    String hash = HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(home.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
                    Path moved = Path.of("/var/tmp/sasando-es", hash);
                    log.info("{} is closed to the Elasticsearch user; using {}", p, moved);
                    return moved;
                }
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                return home;
            }
        }
        return home;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code start|stop|status <zip> <home> [port] [heap] [console log]}: used by the {@code sasando} script. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println(
                    "usage: EmbeddedElasticsearch start|stop|status <zip> <home> [port] [heap] [console log]");
            System.exit(2);
        }
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 9200;
        String heap = args.length > 4 ? args[4] : "1g";
        Path home = Path.of(args[2]);
        Path console = args.length > 5 ? Path.of(args[5]) : null;
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(Path.of(args[1]), home.resolve("dist"), home, port, heap,
                console);
        switch (args[0]) {
            case "start" -> {
                try {
                    es.start(Duration.ofMinutes(3));
                } catch (IllegalStateException e) {
                    System.err.println("Elasticsearch not started: " + e.getMessage()); // says what to do; no trace
                    System.exit(1);
                }
                System.out.println("Elasticsearch is up at " + es.url() + " (data in " + es.home() + ")");
            }
            case "stop" -> {
                es.stop();
                System.out.println("Elasticsearch stopped (data kept in " + es.home() + ")");
            }
            case "status" -> {
                boolean up = es.healthy();
                System.out.println(up ? "Elasticsearch is up at " + es.url() : "Elasticsearch is not running at " + es.url());
                System.exit(up ? 0 : 1);
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}

package id.go.kupangkota.sasando.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sasando up} keeps the logs of the runs before it. The real launcher runs in a copy of the
 * repository's layout whose {@code java} only says which run it is: Elasticsearch "starts" and writes
 * its console to the file it is given, the pipeline writes its log, the dashboard writes its log and
 * stops, so {@code up} ends there (as after a crash) and is started again.
 */
class LauncherLogsTest {
    private static final Path LAUNCHER = Path.of("..", "sasando").toAbsolutePath().normalize();

    @TempDir
    Path root;
    private Path home;
    private int port;
    private int esPort;

    @BeforeEach
    void fakeCheckout() throws IOException {
        Files.copy(LAUNCHER, root.resolve("sasando"), StandardCopyOption.COPY_ATTRIBUTES);
        write(".mvn/jvm.config", "");
        for (String module : new String[]{"core", "ingest", "analytics/spark", "dashboard"}) {
            write(module + "/target/classpath.txt", "");
        }
        write("dashboard/target/sasando-dashboard-0.1.0-SNAPSHOT.jar", "the build's jar");
        write("elasticsearch.zip", "");
        // a build would mean the layout above is incomplete: fail rather than run Maven
        executable("mvnw", "#!/bin/sh\necho 'no build in this test' >&2; exit 9\n");
        // each process says which run started it; the pipeline logs to stderr, the dashboard to stdout,
        // Elasticsearch to the console file named last (appended: a file not moved aside keeps its lines)
        executable("jdk/bin/java", """
                #!/bin/sh
                case "$*" in
                  *"EmbeddedElasticsearch start"*) eval "console=\\${$#}"; echo "elasticsearch of run $RUN" >>"$console" ;;
                  *PipelineJob*) echo "pipeline of run $RUN" >&2 ;;
                  *-jar*) echo "dashboard of run $RUN"; for a in "$@"; do case "$a" in *.jar) echo "ran $a: $(cat "$a")" ;; esac; done ;;
                esac
                exit 0
                """);
        home = root.resolve("home");
        Files.createDirectories(home.resolve("demo"));
        Files.createFile(home.resolve("demo/.imported"));
        port = freePort(); // nothing answers there: the dashboard "stops" before it is ready
        esPort = freePort();
    }

    @Test
    void upKeepsThePreviousRunsLogsUpToTheConfiguredNumber() throws Exception {
        for (int run = 1; run <= 4; run++) {
            up(run, "2");
        }
        Path logs = home.resolve("logs");
        for (String name : new String[]{"elasticsearch", "pipeline", "dashboard"}) {
            assertThat(logs.resolve(name + ".log")).content().contains(name + " of run 4");
            assertThat(logs.resolve(name + ".log.1")).content().contains(name + " of run 3");
            assertThat(logs.resolve(name + ".log.2")).content().contains(name + " of run 2");
            assertThat(logs.resolve(name + ".log.3")).as("two old logs kept, as asked").doesNotExist();
        }
    }

    @Test
    void theDashboardRunsACopyOfTheJarSoABuildWhileItRunsDoesNotPullItAway() throws Exception {
        up(1, "5");
        Path copy = home.resolve("run/dashboard.jar");
        assertThat(home.resolve("logs/dashboard.log")).content().contains("ran " + copy + ": the build's jar");
        write("dashboard/target/sasando-dashboard-0.1.0-SNAPSHOT.jar", "a newer build");
        assertThat(copy).content().isEqualTo("the build's jar");
        up(2, "5");
        assertThat(home.resolve("logs/dashboard.log")).content().contains("ran " + copy + ": a newer build");
    }

    @Test
    void aLogKeepThatIsNoNumberIsRefusedBeforeAnythingStartsOrMoves() throws Exception {
        up(1, "5");
        String out = up(2, "five");
        assertThat(out).contains("SASANDO_LOG_KEEP must be a number").doesNotContain("pipeline");
        assertThat(home.resolve("logs/pipeline.log")).content().contains("pipeline of run 1");
        assertThat(home.resolve("logs/pipeline.log.1")).doesNotExist();
    }

    @Test
    void esStartAloneKeepsTheConsoleOfTheNodeBefore() throws Exception {
        up(1, "5");
        Run started = sasando(2, "5", "es", "start");
        assertThat(started.exit()).as(started.out()).isZero();
        assertThat(home.resolve("logs/elasticsearch.log")).content().isEqualTo("elasticsearch of run 2\n");
        assertThat(home.resolve("logs/elasticsearch.log.1")).content().isEqualTo("elasticsearch of run 1\n");
        Run refused = sasando(3, "five", "es", "start");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("SASANDO_LOG_KEEP must be a number");
        assertThat(home.resolve("logs/elasticsearch.log")).content().isEqualTo("elasticsearch of run 2\n");
        assertThat(home.resolve("logs/elasticsearch.log.2")).doesNotExist();
    }

    @Test
    void aNodeThatStillAnswersKeepsWritingItsConsoleWhereItWas() throws Exception {
        up(1, "5");
        HttpServer node = HttpServer.create(new InetSocketAddress("127.0.0.1", esPort), 0);
        node.createContext("/_cluster/health", exchange -> {
            byte[] body = "{\"status\":\"green\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
        try {
            up(2, "5");
        } finally {
            node.stop(0);
        }
        assertThat(home.resolve("logs/elasticsearch.log")).content().contains("elasticsearch of run 1");
        assertThat(home.resolve("logs/elasticsearch.log.1")).as("the running node's log not moved").doesNotExist();
        assertThat(home.resolve("logs/pipeline.log.1")).content().contains("pipeline of run 1");
    }

    /** Runs {@code ./sasando up}, which ends when the fake dashboard stops; returns what it said. */
    private String up(int run, String keep) throws Exception {
        Run up = sasando(run, keep, "up");
        assertThat(up.exit()).as(up.out()).isEqualTo(1);
        return up.out();
    }

    private record Run(int exit, String out) {
    }

    /** Runs the launcher with {@code arguments} until it ends: its exit status and what it said. */
    private Run sasando(int run, String keep, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("sasando").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().put("SASANDO_HOME", home.toString());
        pb.environment().put("SASANDO_ES_ZIP", root.resolve("elasticsearch.zip").toString());
        pb.environment().put("SASANDO_DASHBOARD_PORT", String.valueOf(port));
        pb.environment().put("SASANDO_ES_PORT", String.valueOf(esPort));
        pb.environment().put("SASANDO_LOG_KEEP", keep);
        pb.environment().put("RUN", String.valueOf(run));
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
        return new Run(process.exitValue(), out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void executable(String path, String script) throws IOException {
        write(path, script);
        Files.setPosixFilePermissions(root.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

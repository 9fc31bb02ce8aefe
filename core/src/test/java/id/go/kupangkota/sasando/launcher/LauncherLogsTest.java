package id.go.kupangkota.sasando.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sasando up} keeps the logs of the runs before it. The real launcher runs in a copy of the
 * repository's layout whose {@code java} only says which run it is: Elasticsearch "starts", the
 * pipeline writes its log, the dashboard writes its log and stops, so {@code up} ends there (as after
 * a crash) and is started again.
 */
class LauncherLogsTest {
    private static final Path LAUNCHER = Path.of("..", "sasando").toAbsolutePath().normalize();

    @TempDir
    Path root;
    private Path home;
    private int port;

    @BeforeEach
    void fakeCheckout() throws IOException {
        Files.copy(LAUNCHER, root.resolve("sasando"), StandardCopyOption.COPY_ATTRIBUTES);
        write(".mvn/jvm.config", "");
        for (String module : new String[]{"core", "ingest", "analytics/spark", "dashboard"}) {
            write(module + "/target/classpath.txt", "");
        }
        write("dashboard/target/sasando-dashboard-0.1.0-SNAPSHOT.jar", "");
        write("elasticsearch.zip", "");
        // a build would mean the layout above is incomplete: fail rather than run Maven
        executable("mvnw", "#!/bin/sh\necho 'no build in this test' >&2; exit 9\n");
        // each process says which run started it; the pipeline logs to stderr, the dashboard to stdout
        executable("jdk/bin/java", """
                #!/bin/sh
                case "$*" in
                  *PipelineJob*) echo "pipeline of run $RUN" >&2 ;;
                  *-jar*) echo "dashboard of run $RUN" ;;
                esac
                exit 0
                """);
        home = root.resolve("home");
        Files.createDirectories(home.resolve("demo"));
        Files.createFile(home.resolve("demo/.imported"));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // nothing answers there: the dashboard "stops" before it is ready
        }
    }

    @Test
    void upKeepsThePreviousRunsLogsUpToTheConfiguredNumber() throws Exception {
        for (int run = 1; run <= 4; run++) {
            up(run, "2");
        }
        Path logs = home.resolve("logs");
        for (String name : new String[]{"pipeline", "dashboard"}) {
            assertThat(logs.resolve(name + ".log")).content().contains(name + " of run 4");
            assertThat(logs.resolve(name + ".log.1")).content().contains(name + " of run 3");
            assertThat(logs.resolve(name + ".log.2")).content().contains(name + " of run 2");
            assertThat(logs.resolve(name + ".log.3")).as("two old logs kept, as asked").doesNotExist();
        }
    }

    @Test
    void aLogKeepThatIsNoNumberIsRefusedBeforeAnythingStartsOrMoves() throws Exception {
        up(1, "5");
        String out = up(2, "five");
        assertThat(out).contains("SASANDO_LOG_KEEP must be a number").doesNotContain("pipeline");
        assertThat(home.resolve("logs/pipeline.log")).content().contains("pipeline of run 1");
        assertThat(home.resolve("logs/pipeline.log.1")).doesNotExist();
    }

    /** Runs {@code ./sasando up}, which ends when the fake dashboard stops; returns what it said. */
    private String up(int run, String keep) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("sasando").toString(), "up")
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().put("SASANDO_HOME", home.toString());
        pb.environment().put("SASANDO_ES_ZIP", root.resolve("elasticsearch.zip").toString());
        pb.environment().put("SASANDO_DASHBOARD_PORT", String.valueOf(port));
        pb.environment().put("SASANDO_LOG_KEEP", keep);
        pb.environment().put("RUN", String.valueOf(run));
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(1);
        return out;
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

package id.go.kupangkota.sasando.ingest.run;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.cli.IngestCommand;
import id.go.kupangkota.sasando.ingest.demo.DemoCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill test: an import in a child JVM is killed with SIGKILL in the middle of its run; after a
 * restart the landing zone holds every row exactly once (no gap, no duplicate).
 */
class ImportKillIT {
    private static final int POSTS = 40_000;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path file = dir.resolve("demo.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new DemoCorpus(7, Instant.parse("2024-07-31T16:00:00Z"), 8).write(POSTS, out);
        }
        return file;
    }

    private Process startImport(Path file, Path home, Path config, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m",
                "-Dsasando.home=" + home, "-Dsasando.config=" + config, "-Dsasando.es.url=http://127.0.0.1:1",
                "-cp", System.getProperty("java.class.path"), IngestCommand.class.getName(), "import", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static List<Path> landed(Path home) throws IOException {
        Path root = home.resolve("landing").resolve("file");
        if (!Files.exists(root)) {
            return List.of();
        }
        while (true) {
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
                // the running import renamed a hidden file while the walk listed it: list again
            }
        }
    }

    private static long lines(List<Path> files) throws IOException {
        long n = 0;
        for (Path f : files) {
            try (Stream<String> l = Files.lines(f)) {
                n += l.count();
            }
        }
        return n;
    }

    @Test
    void an_import_killed_mid_run_resumes_without_gaps_or_duplicates() throws Exception {
        Path file = corpus();
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("sources.json"), "{\"file\": {\"page_size\": 500, \"commit_every\": 500}}");
        Path log = dir.resolve("child.log");

        Process first = startImport(file, home, config, log);
        while (first.isAlive() && lines(landed(home)) < 2_000) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the import is still running when it is killed").isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
        first.waitFor(30, TimeUnit.SECONDS);
        long beforeRestart = lines(landed(home));
        assertThat(beforeRestart).isLessThan(POSTS);

        Process second = startImport(file, home, config, log);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(log)).isEqualTo(IngestCommand.OK);

        Set<String> ids = new HashSet<>();
        long total = 0;
        for (Path f : landed(home)) {
            try (BufferedReader r = Files.newBufferedReader(f)) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode record = Json.MAPPER.readTree(line);
                    ids.add(record.path("post").path("id").asText());
                    total++;
                }
            }
        }
        assertThat(ids).hasSize(POSTS);
        assertThat(total).isEqualTo(POSTS);
    }

    @Test
    void an_import_killed_between_commits_reports_on_resume_what_the_whole_import_did() throws Exception {
        Path file = corpus();
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(dir.resolve("config"));
        // three pages a commit: the kill falls while pages are mapped whose checkpoint is not written yet
        Files.writeString(config.resolve("sources.json"), "{\"file\": {\"page_size\": 500, \"commit_every\": 1500}}");
        Path firstLog = dir.resolve("first.log");
        Path secondLog = dir.resolve("second.log");

        Process first = startImport(file, home, config, firstLog);
        while (first.isAlive() && lines(landed(home)) < 3_000) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the import is still running when it is killed").isTrue();
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(lines(landed(home))).isBetween(3_000L, POSTS - 1L);

        Process second = startImport(file, home, config, secondLog);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(secondLog);
        assertThat(second.exitValue()).as(output).isEqualTo(IngestCommand.OK);

        // the whole file, the killed run's rows too; none of them "landed before" (no other run landed them)
        assertThat(output).contains(file + ": " + POSTS + " imported, 0 duplicates, 0 rejected").doesNotContain("landed before");
        assertThat(lines(landed(home))).isEqualTo(POSTS);
    }
}

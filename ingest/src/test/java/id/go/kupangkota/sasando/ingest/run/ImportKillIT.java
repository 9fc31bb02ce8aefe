package id.go.kupangkota.sasando.ingest.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.cli.IngestCommand;
import id.go.kupangkota.sasando.ingest.demo.DemoCorpus;
import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill test: an import in a child JVM is killed with SIGKILL in the middle of its run; after a
 * restart the landing zone holds every row exactly once (no gap, no duplicate), and the rejects every
 * rejected row once, each a whole record.
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
    void an_import_killed_before_its_first_checkpoint_keeps_each_rejected_row_once() throws Exception {
        // the demo rows with a broken line after every 20th of the first 4,000: 200 rejects early in the file
        Path file = dir.resolve("demo-bad.jsonl");
        List<String> rows = Files.readAllLines(corpus());
        List<String> withBad = new ArrayList<>(rows.size() + BAD);
        for (int i = 0; i < rows.size(); i++) {
            withBad.add(rows.get(i));
            if (i % 20 == 19 && i < 20 * BAD) {
                withBad.add("not json " + i);
            }
        }
        Files.write(file, withBad);
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(dir.resolve("config"));
        // one commit at the end: every moment of the run is before its first checkpoint
        Files.writeString(config.resolve("sources.json"),
                "{\"file\": {\"page_size\": 500, \"commit_every\": 1000000}}");
        Path log = dir.resolve("child.log");

        Process first = startImport(file, home, config, log);
        // the rejects writer flushes its buffer in 8 KiB pieces: the first piece on disk, the kill may cut a record
        while (first.isAlive() && size(home.resolve("rejects")) == 0) {
            Thread.sleep(5);
        }
        assertThat(first.isAlive()).as("the import is still running when it is killed").isTrue();
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        List<Path> checkpoints = files(home.resolve("ingest/checkpoints/file"), ".json");
        assertThat(checkpoints).hasSize(1);
        assertThat(Json.MAPPER.readTree(checkpoints.get(0).toFile()).path("progress").path("fetched").asLong())
                .as("killed before the first checkpoint that passes rows").isZero();

        Process second = startImport(file, home, config, log);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(log)).isEqualTo(IngestCommand.PARTIAL);

        List<String> locations = new ArrayList<>();
        for (Path f : files(home.resolve("rejects"), ".jsonl")) {
            for (String line : Files.readAllLines(f)) {
                try {
                    locations.add(Json.MAPPER.readValue(line, RejectsWriter.Reject.class).location());
                } catch (JsonProcessingException torn) {
                    locations.add("not a whole record: " + line);
                }
            }
        }
        assertThat(locations).hasSize(BAD).doesNotHaveDuplicates();
        assertThat(lines(landed(home))).isEqualTo(POSTS);
    }

    private static final int BAD = 200;

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        } catch (UncheckedIOException e) {
            return List.of(); // a file renamed while the walk listed it: look again at the next poll
        }
    }

    private static long size(Path root) throws IOException {
        long n = 0;
        for (Path f : files(root, ".jsonl")) {
            try {
                n += Files.size(f);
            } catch (NoSuchFileException e) {
                // renamed meanwhile
            }
        }
        return n;
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

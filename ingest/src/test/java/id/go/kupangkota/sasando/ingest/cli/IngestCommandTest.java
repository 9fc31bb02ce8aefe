package id.go.kupangkota.sasando.ingest.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {
    private static final Map<String, String> PROPERTIES = Map.of(
            "sasando.home", "home", "sasando.config", "config", "sasando.es.url", "http://127.0.0.1:1");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void isolate() {
        // a data home and config of this test only, and an Elasticsearch that is certainly not there
        PROPERTIES.forEach((k, v) -> System.setProperty(k, v.startsWith("http") ? v : dir.resolve(v).toString()));
    }

    @AfterEach
    void restore() {
        PROPERTIES.keySet().forEach(System::clearProperty);
    }

    private int run(String... args) {
        return new IngestCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void without_a_command_it_prints_the_usage_and_exits_2() {
        assertThat(run()).isEqualTo(IngestCommand.USAGE);
        assertThat(stdout()).contains("usage: sasando ingest");
    }

    @Test
    void a_wrong_option_names_the_problem() {
        assertThat(run("demo", "--posts", "many", "--out", "x.jsonl")).isEqualTo(IngestCommand.USAGE);
        assertThat(stderr()).contains("--posts must be a whole number, was many");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        assertThat(run("import", dir.resolve("nope.csv").toString())).isEqualTo(IngestCommand.USAGE);
        assertThat(stderr()).contains("no such file or directory");
    }

    @Test
    void demo_writes_the_requested_number_of_posts() throws IOException {
        Path target = dir.resolve("out/demo.jsonl");

        assertThat(run("demo", "--posts", "500", "--weeks", "1", "--out", target.toString(), "--end", "2024-07-31T16:00:00Z"))
                .isEqualTo(IngestCommand.OK);

        try (var lines = Files.lines(target)) {
            assertThat(lines.count()).isEqualTo(500);
        }
        assertThat(stdout()).contains("wrote 500 posts");
    }

    @Test
    void import_with_bad_rows_exits_3_and_says_where_the_rejects_are() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/file/bad.jsonl")) {
            Files.copy(in, file);
        }

        assertThat(run("import", file.toString())).isEqualTo(IngestCommand.PARTIAL);

        assertThat(stdout()).contains("3 imported, 0 duplicates, 3 rejected").contains("rejects");
        assertThat(dir.resolve("home/landing/file")).isDirectory();
    }

    @Test
    void a_file_of_another_mapping_fails_once_with_the_mapping_to_use_and_exits_1() throws IOException {
        Path file = dir.resolve("export-twitter.csv");
        try (InputStream in = getClass().getResourceAsStream("/file/twitter-export.csv")) {
            Files.copy(in, file);
        }

        assertThat(run("import", file.toString())).isEqualTo(IngestCommand.FAILED);

        assertThat(stdout()).contains("export-twitter.csv: failed, nothing imported: export-twitter.csv does not fit "
                + "the mapping 'sasando'").contains("use --mapping twitter-csv").doesNotContain("rejected rows");
    }

    @Test
    void importing_the_same_content_again_says_when_it_was_imported_and_how_to_import_it_again() throws IOException {
        Path file = dir.resolve("drop-test.csv");
        try (InputStream in = getClass().getResourceAsStream("/file/drop-test.csv")) {
            Files.copy(in, file);
        }
        assertThat(run("import", file.toString())).isEqualTo(IngestCommand.OK);
        assertThat(stdout()).contains("1 imported, 0 duplicates, 0 rejected").doesNotContain("landed before");
        out.reset();

        assertThat(run("import", file.toString())).isEqualTo(IngestCommand.OK);
        assertThat(stdout()).containsPattern("drop-test.csv: already imported on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d WITA, "
                + "nothing new \\(use --again to import it again\\)").doesNotContain("0 imported");
        out.reset();

        assertThat(run("import", file.toString(), "--again")).isEqualTo(IngestCommand.OK);
        assertThat(stdout()).contains("1 imported, 0 duplicates, 0 rejected, 0 with warnings; 1 of the 1 landed before "
                + "(same post id, from another file, an earlier import or the X source): they update those posts "
                + "(the X source's copy of a tweet stays), 0 new");
    }

    @Test
    void an_empty_or_header_only_file_says_so() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Path headerOnly = dir.resolve("header-only.csv");
        try (InputStream in = getClass().getResourceAsStream("/file/header-only.csv")) {
            Files.copy(in, headerOnly);
        }

        assertThat(run("import", empty.toString(), headerOnly.toString())).isEqualTo(IngestCommand.OK);

        assertThat(stdout()).contains("empty.csv: warning: empty: no rows")
                .contains("header-only.csv: warning: empty: no rows");
    }

    @Test
    void ids_imported_before_for_other_posts_are_counted_in_the_output() throws IOException {
        Path mapping = dir.resolve("mapping-tool-x.json");
        try (InputStream in = getClass().getResourceAsStream("/file/mapping-tool-x.json")) {
            // the tester's mapping, claiming its row numbers are unique
            Files.writeString(mapping, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"zone\"", "\"ids\": \"unique\", \"zone\""));
        }
        for (String name : new String[]{"tool-x-day1.csv", "tool-x-day2.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/file/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        run("import", dir.resolve("tool-x-day1.csv").toString(), "--mapping", mapping.toString());
        out.reset();

        run("import", dir.resolve("tool-x-day2.csv").toString(), "--mapping", mapping.toString());

        assertThat(stdout()).contains("2 imported, 0 duplicates, 0 rejected, 2 with warnings "
                + "(2 ids imported before for other posts: kept apart)");
    }

    @Test
    void a_source_that_cannot_backfill_says_so() {
        assertThat(run("backfill", "--source", "file", "--from", "2024-07-01", "--to", "2024-07-02"))
                .isEqualTo(IngestCommand.USAGE);
        assertThat(stderr()).contains("cannot backfill");
    }
}

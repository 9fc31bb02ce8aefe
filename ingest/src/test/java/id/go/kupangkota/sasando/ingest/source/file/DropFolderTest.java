package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DropFolderTest {
    @TempDir
    Path home;

    private final Map<String, Object> config = Map.of("enabled", true, "settle_time", "PT0S");

    private Path drop() throws IOException {
        return Files.createDirectories(home.resolve("drop"));
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(60)));
        return f;
    }

    private SourceRun poll(SourceHarness h) {
        FileSource source = new FileSource();
        source.configure(h.context("file", config, List.of(), (u, hd) -> null));
        return h.runner().poll(source, SourceConfig.of("file", config));
    }

    /** Posts {@code from} (inclusive) to {@code to} of a JSONL export, one per line (also ResumedImportTest's). */
    static String rows(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append("{\"id\":\"").append(i).append("\",\"text\":\"air mati di Oebobo ").append(i)
                    .append("\",\"created_at\":\"2024-07-11T09:00:00+08:00\"}\n");
        }
        return sb.toString();
    }

    @Test
    void a_dropped_file_is_imported_and_moved_to_done() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "export.jsonl", rows(0, 5));

        SourceRun run = poll(h);

        assertThat(run.written()).isEqualTo(5);
        assertThat(drop().resolve("export.jsonl")).doesNotExist();
        assertThat(drop().resolve("done/export.jsonl")).exists();
    }

    @Test
    void the_same_content_dropped_again_is_not_imported_twice() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "export.jsonl", rows(0, 5));
        poll(h);
        write(drop(), "copy-of-export.jsonl", rows(0, 5));

        FileSource source = new FileSource();
        source.configure(h.context("file", config, List.of(), (u, hd) -> null));
        SourceRun again = h.runner().poll(source, SourceConfig.of("file", config));

        assertThat(source.note(again.queries().get(0).query())).startsWith(FileSource.ALREADY_IMPORTED).endsWith("nothing new");
        assertThat(again.written()).isZero();
        assertThat(h.landed("file")).hasSize(5);
        assertThat(drop().resolve("done/copy-of-export.jsonl")).exists();
    }

    @Test
    void a_file_the_importer_cannot_read_goes_to_failed_with_the_reason() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "notes.docx", "not an export");

        poll(h);

        assertThat(drop().resolve("failed/notes.docx")).exists();
        assertThat(Files.readString(drop().resolve("failed/notes.docx.error.txt"))).contains("unsupported file type");
    }

    @Test
    void a_dropped_file_that_cannot_be_read_goes_to_failed_and_the_others_are_imported() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "export.jsonl", rows(0, 3));
        // a file the daemon may not read (another user's, 0600, on a shared folder); tests run as root,
        // whom permissions do not stop, so a link to /proc/self/mem, which refuses a read at offset 0
        Files.createSymbolicLink(drop().resolve("ekspor-rahasia.csv"), Path.of("/proc/self/mem"));

        SourceRun run = poll(h);

        assertThat(h.landed("file")).hasSize(3);
        assertThat(drop().resolve("done/export.jsonl")).exists();
        assertThat(drop().resolve("failed/ekspor-rahasia.csv")).isSymbolicLink();
        assertThat(Files.readString(drop().resolve("failed/ekspor-rahasia.csv.error.txt")))
                .startsWith("cannot read ekspor-rahasia.csv:");
        assertThat(run.queries()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo("ok"));
    }

    @Test
    void a_dropped_file_of_another_mapping_goes_to_failed_naming_its_columns() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        try (var in = getClass().getResourceAsStream("/file/other-columns.csv")) {
            Files.copy(in, drop().resolve("other-columns.csv"));
        }
        Files.setLastModifiedTime(drop().resolve("other-columns.csv"), FileTime.from(Instant.now().minusSeconds(60)));

        poll(h);

        assertThat(drop().resolve("failed/other-columns.csv")).exists();
        assertThat(drop().resolve("done/other-columns.csv")).doesNotExist();
        assertThat(Files.readString(drop().resolve("failed/other-columns.csv.error.txt")))
                .contains("needs the columns [text, created_at]").contains("the file has [No, Tanggal, Isi]");
        assertThat(h.rejects("file")).isEmpty();
    }

    @Test
    void a_dropped_file_whose_rows_are_all_rejected_goes_to_failed() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "undated.csv", "id,text,created_at\n1,air mati,kemarin\n2,jalan rusak,tadi pagi\n");

        poll(h);

        assertThat(drop().resolve("failed/undated.csv")).exists();
        assertThat(Files.readString(drop().resolve("failed/undated.csv.error.txt")))
                .contains("every row (2) was rejected").contains("rejects");
    }

    @Test
    void a_rejected_line_of_a_dropped_file_names_the_file_where_it_is_after_the_run() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "export.jsonl", rows(0, 2) + "{\"id\": \"9\" \"text\": broken\n" + rows(2, 4));
        write(drop(), "later.jsonl", rows(10, 12) + "{\"id\": \"12\", \"text\": \"jalan rusak\"}\n");

        SourceRun run = poll(h);

        assertThat(run.rejected()).isEqualTo(2);
        Path done = drop().resolve("done/export.jsonl").toAbsolutePath();
        Path later = drop().resolve("done/later.jsonl").toAbsolutePath();
        assertThat(done).exists();
        assertThat(h.rejects("file")).hasSize(2);
        RejectsWriter.Reject broken = h.rejects("file").get(0);
        assertThat(broken.query()).isEqualTo(done.toString());
        assertThat(broken.location()).isEqualTo("export.jsonl:3");
        assertThat(broken.raw()).isEqualTo("{\"id\": \"9\" \"text\": broken");
        // the second file's reject, written after the first relocation, goes to the same rejects file
        RejectsWriter.Reject undated = h.rejects("file").get(1);
        assertThat(undated.query()).isEqualTo(later.toString());
        assertThat(undated.location()).isEqualTo("later.jsonl:3");
        assertThat(undated.reason()).contains("created_at");
    }

    @Test
    void a_rejected_line_names_the_new_name_when_done_already_held_a_file_of_that_name() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(Files.createDirectories(drop().resolve("done")), "export.jsonl", rows(0, 3));
        write(drop(), "export.jsonl", rows(5, 7) + "not json\n");

        poll(h);

        RejectsWriter.Reject reject = h.rejects("file").get(0);
        Path movedTo = Path.of(reject.query());
        assertThat(movedTo).exists().hasParent(drop().resolve("done").toAbsolutePath());
        assertThat(movedTo.getFileName().toString()).endsWith("-export.jsonl");
        assertThat(reject.location()).isEqualTo(movedTo.getFileName() + ":3");
    }

    @Test
    void the_rejected_rows_of_a_file_moved_to_failed_name_it_there() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "undated.csv", "id,text,created_at\n1,air mati,kemarin\n2,jalan rusak,tadi pagi\n");

        poll(h);

        Path failed = drop().resolve("failed/undated.csv").toAbsolutePath();
        assertThat(failed).exists();
        assertThat(h.rejects("file")).hasSize(2).allSatisfy(r -> assertThat(r.query()).isEqualTo(failed.toString()));
    }

    @Test
    void posts_another_file_landed_before_are_counted_apart_from_the_new_ones() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        Path csvExport = write(Files.createDirectories(home.resolve("exports")), "scraper.jsonl", rows(0, 5));
        FileSource imported = FileSource.forFiles(List.of(csvExport), null);
        imported.configure(h.context("file", config, List.of(), (u, hd) -> null));
        SourceRun first = h.runner().importAll(imported, SourceConfig.of("file", config));
        // rows 3 and 4 again (newer counts), row 3 twice, and three new posts
        write(drop(), "monitor.jsonl", rows(3, 5) + rows(3, 4) + rows(20, 23));

        SourceRun run = poll(h);

        assertThat(first.landedBefore()).isZero();
        assertThat(run.written()).isEqualTo(5);
        assertThat(run.duplicates()).isEqualTo(1);
        assertThat(run.landedBefore()).isEqualTo(2);
        assertThat(run.landedBefore(run.queries().get(0).query())).isEqualTo(2);
        assertThat(SourceRunner.landedBeforeNote(run.written(), run.landedBefore()))
                .isEqualTo("; 2 of the 5 landed before (same post id, from another file, an earlier import or the "
                        + "X source): they update those posts (the X source's copy of a tweet stays), 3 new");
        assertThat(SourceRunner.landedBeforeNote(first.written(), first.landedBefore())).isEmpty();
    }

    @Test
    void a_file_still_being_written_waits_for_the_next_poll() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        Path f = drop().resolve("fresh.jsonl");
        Files.writeString(f, rows(0, 3));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(3600)));

        assertThat(poll(h).written()).isZero();
        assertThat(f).exists();
    }

    @Test
    void an_interrupted_import_resumes_after_the_last_committed_row_when_the_file_is_seen_again() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        Path f = write(drop(), "big.jsonl", rows(0, 50));
        FileSource source = new FileSource();
        Map<String, Object> small = Map.of("enabled", true, "settle_time", "PT0S", "page_size", 10,
                "commit_every", 10, "max_pages_per_run", 2);
        source.configure(h.context("file", small, List.of(), (u, hd) -> null));

        SourceRun first = h.runner().poll(source, SourceConfig.of("file", small));  // stops after 2 pages
        assertThat(first.written()).isEqualTo(20);
        assertThat(f).exists(); // a partial import stays in the drop folder
        SourceRun rest = poll(h);

        assertThat(rest.written()).as("the whole import, its first run's rows too").isEqualTo(50);
        assertThat(rest.landedBefore()).isZero();
        assertThat(h.landed("file")).extracting(r -> r.post().id()).doesNotHaveDuplicates().hasSize(50);
    }

    @Test
    void the_partial_landing_file_of_a_killed_import_is_removed_and_its_rows_land_on_resume() throws IOException {
        SourceHarness h = SourceHarness.in(home);
        write(drop(), "big.jsonl", rows(0, 30));
        Map<String, Object> small = Map.of("enabled", true, "settle_time", "PT0S", "page_size", 10,
                "commit_every", 10, "max_pages_per_run", 1);
        FileSource source = new FileSource();
        source.configure(h.context("file", small, List.of(), (u, hd) -> null));
        h.runner().poll(source, SourceConfig.of("file", small)); // rows 0-9 committed
        // the killed run had written rows 10-19 to its hidden file, never committed
        Path day = Files.list(home.resolve("landing/file")).findFirst().orElseThrow();
        Path partial = write(day, ".part-1-killed.jsonl", Files.readString(Files.list(day).findFirst().orElseThrow()));

        SourceRun rest = poll(h);

        assertThat(partial).doesNotExist();
        assertThat(rest.written()).as("the whole import, its first run's rows too").isEqualTo(30);
        assertThat(h.landed("file")).extracting(r -> r.post().id()).doesNotHaveDuplicates().hasSize(30);
    }
}

package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress of an import committed with its checkpoint, and what a run killed between the steps leaves. */
class ImportProgressTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-11T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private CheckpointStore store() {
        return new CheckpointStore(root.resolve("checkpoints"), root.resolve("landing"), CLOCK);
    }

    private LandingBatch batch() {
        return new LandingWriter(root.resolve("landing"), CLOCK).begin("file");
    }

    private static CheckpointStore.Progress progress(long ids) {
        return new CheckpointStore.Progress(ids, ids, 0, 0, 0, 0, ids, false, Map.of());
    }

    private List<Long> landedIds(CheckpointStore store) {
        List<Long> ids = new ArrayList<>();
        store.landedIds("file", "f-1", store.progress("file", "f-1"), ids::add);
        return ids;
    }

    @Test
    void ids_a_killed_run_appended_after_its_last_checkpoint_are_not_committed() throws IOException {
        CheckpointStore store = store();
        store.commit("file", "f-1", new Cursor(Map.of("rows", "3")), batch(), progress(3), new long[]{11, 12, 13}, 3);
        Path ids = root.resolve("checkpoints/file/f-1.ids");
        // the next commit's ids were appended, then the process died before its checkpoint
        Files.write(ids, new byte[]{0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0}, StandardOpenOption.APPEND);

        assertThat(landedIds(store)).containsExactly(11L, 12L, 13L);
        assertThat(Files.size(ids)).isEqualTo(3 * Long.BYTES);

        store.commit("file", "f-1", new Cursor(Map.of("rows", "4")), batch(), progress(4), new long[]{15}, 1);
        assertThat(landedIds(store)).containsExactly(11L, 12L, 13L, 15L);
    }

    @Test
    void a_commit_that_overwrites_a_killed_runs_ids_keeps_the_committed_ones() throws IOException {
        CheckpointStore store = store();
        store.commit("file", "f-1", new Cursor(Map.of("rows", "2")), batch(), progress(2), new long[]{21, 22}, 2);
        Files.write(root.resolve("checkpoints/file/f-1.ids"), new byte[16], StandardOpenOption.APPEND);

        // the resuming run commits before reading (no read in between)
        store.commit("file", "f-1", new Cursor(Map.of("rows", "3")), batch(), progress(3), new long[]{23}, 1);

        assertThat(landedIds(store)).containsExactly(21L, 22L, 23L);
    }

    @Test
    void a_reset_removes_the_ids_of_an_import_with_its_checkpoint() {
        CheckpointStore store = store();
        store.commit("file", "f-1", new Cursor(Map.of("rows", "1")), batch(), progress(1), new long[]{31}, 1);
        Path ids = root.resolve("checkpoints/file/f-1.ids");
        assertThat(ids).exists();

        store.reset("file", "f-1");

        assertThat(ids).doesNotExist();
        assertThat(store.progress("file", "f-1")).isNull();
    }

    @Test
    void the_rejects_a_killed_run_kept_after_its_checkpoint_are_dropped_and_others_kept() throws IOException {
        Path f = root.resolve("rejects.jsonl");
        String committed = line("/drop/a.jsonl", "a.jsonl:3") + line("/drop/b.jsonl", "b.jsonl:1");
        Files.writeString(f, committed + line("/drop/a.jsonl", "a.jsonl:9") + line("/drop/c.jsonl", "c.jsonl:2")
                + "{\"at\":\"2024-07-11T02:00:00Z\",\"sou"); // a record the kill tore

        long dropped = RejectsWriter.forgetUncommitted(f, "/drop/a.jsonl", committed.getBytes().length);

        assertThat(dropped).isEqualTo(2);
        assertThat(Files.readString(f)).isEqualTo(committed + line("/drop/c.jsonl", "c.jsonl:2"));
        assertThat(RejectsWriter.relocate(f, "/drop/a.jsonl", "/drop/done/a.jsonl")).isOne();
        assertThat(Files.readString(f)).contains("\"query\":\"/drop/done/a.jsonl\",\"location\":\"a.jsonl:3\"");
    }

    @Test
    void a_record_torn_by_a_kill_before_the_first_checkpoint_is_dropped_with_the_others() throws IOException {
        Path f = root.resolve("rejects.jsonl");
        // the run's opening commit named its rejects file at length 0; the kill tore the third record
        Files.writeString(f, line("/drop/a.jsonl", "a.jsonl:3") + line("/drop/a.jsonl", "a.jsonl:9")
                + "{\"at\":\"2024-07-11T02:00:00Z\",\"sou");

        assertThat(RejectsWriter.forgetUncommitted(f, "/drop/a.jsonl", 0)).isEqualTo(3);
        assertThat(Files.readString(f)).isEmpty();
    }

    @Test
    void relocating_keeps_a_line_that_is_no_record_as_it_is() throws IOException {
        Path f = root.resolve("rejects.jsonl");
        String odd = "not a record\n";
        Files.writeString(f, odd + line("/drop/a.jsonl", "a.jsonl:3"));

        assertThat(RejectsWriter.relocate(f, "/drop/a.jsonl", "/drop/done/a.jsonl")).isOne();
        assertThat(Files.readString(f)).startsWith(odd).contains("\"query\":\"/drop/done/a.jsonl\"");
    }

    private static String line(String query, String location) {
        try {
            return Json.MAPPER.writeValueAsString(new RejectsWriter.Reject(CLOCK.instant(), "file", query, location,
                    "broken JSON", "{")) + "\n";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

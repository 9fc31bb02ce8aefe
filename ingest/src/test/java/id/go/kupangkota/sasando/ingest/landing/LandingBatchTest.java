package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LandingBatchTest {
    private static final Instant NOW = Instant.parse("2024-07-10T17:30:00Z"); // 01:30 on 11 July, WITA

    @TempDir
    Path root;

    private LandingWriter writer() {
        return new LandingWriter(root.resolve("landing"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private CheckpointStore checkpoints() {
        return new CheckpointStore(root.resolve("checkpoints"), root.resolve("landing"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LandingRecord record(String id) {
        return new LandingRecord("x", "banjir", NOW, "x-1", "{\"id\":\"" + id + "\"}",
                Post.builder("x", id).text("banjir di Oesapa").createdAt(NOW).build(), null);
    }

    @Test
    void records_stay_hidden_until_the_batch_is_published() {
        LandingBatch batch = writer().begin("x");
        batch.append(record("1"));
        batch.sync();

        assertThat(batch.hidden()).exists();
        assertThat(batch.hidden().getFileName().toString()).startsWith(".");
        assertThat(batch.target()).doesNotExist();

        batch.publish();
        assertThat(batch.target()).exists();
        assertThat(batch.hidden()).doesNotExist();
    }

    @Test
    void files_land_in_the_source_directory_of_the_wita_day() {
        LandingBatch batch = writer().begin("x");
        assertThat(batch.target().getParent()).isEqualTo(root.resolve("landing/x/2024-07-11"));
        assertThat(batch.target().getFileName().toString()).matches("part-" + NOW.toEpochMilli() + "-[0-9a-f-]{36}\\.jsonl");
    }

    @Test
    void an_unpublished_batch_leaves_nothing_behind() {
        LandingBatch batch = writer().begin("x");
        batch.append(record("1"));
        batch.close();

        assertThat(batch.hidden()).doesNotExist();
        assertThat(batch.target()).doesNotExist();
    }

    @Test
    void each_line_is_exactly_the_record_as_json_without_separators() throws Exception {
        LandingBatch batch = writer().begin("x");
        List<LandingRecord> records = List.of(record("1"), record("2"), record("3"));
        records.forEach(batch::append);
        batch.publish();

        List<String> expected = new java.util.ArrayList<>();
        for (LandingRecord r : records) {
            expected.add(Json.MAPPER.writeValueAsString(r));
        }
        assertThat(Files.readString(batch.target())).isEqualTo(String.join("\n", expected) + "\n");
    }

    @Test
    void each_record_is_one_json_line() throws Exception {
        LandingBatch batch = writer().begin("x");
        batch.append(record("1"));
        batch.append(record("2"));
        batch.publish();

        List<String> lines = Files.readAllLines(batch.target());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"post\":{\"id\":\"x:1\"").contains("\"raw\":\"{\\\"id\\\":\\\"1\\\"}\"");
    }

    @Test
    void a_commit_stores_the_cursor_and_publishes_the_batch() {
        CheckpointStore checkpoints = checkpoints();
        LandingBatch batch = writer().begin("x");
        batch.append(record("1"));
        checkpoints.commit("x", "banjir", Cursor.START.with("since_id", "1"), batch);

        assertThat(batch.target()).exists();
        assertThat(checkpoints.load("x", "banjir").get("since_id")).isEqualTo("1");
        assertThat(checkpoints.committed("x", "banjir")).isEqualTo(1);
    }

    /** A batch whose checkpoint was written and whose file was not renamed into place: a crash between. */
    private LandingBatch diedBetweenCheckpointAndRename(CheckpointStore checkpoints) throws Exception {
        LandingBatch batch = writer().begin("x");
        batch.append(record("1"));
        checkpoints.commit("x", "banjir", Cursor.START.with("since_id", "1"), batch);
        Files.move(batch.target(), batch.hidden());
        return batch;
    }

    @Test
    void a_crash_between_checkpoint_and_rename_is_rolled_forward_on_load() throws Exception {
        CheckpointStore checkpoints = checkpoints();
        LandingBatch batch = diedBetweenCheckpointAndRename(checkpoints);

        Cursor cursor = checkpoints.load("x", "banjir");

        assertThat(cursor.get("since_id")).isEqualTo("1");
        assertThat(batch.target()).exists();
        assertThat(batch.hidden()).doesNotExist();
    }

    @Test
    void a_crash_before_the_checkpoint_keeps_the_old_cursor_and_publishes_nothing() {
        CheckpointStore checkpoints = checkpoints();
        LandingBatch first = writer().begin("x");
        first.append(record("1"));
        checkpoints.commit("x", "banjir", Cursor.START.with("since_id", "1"), first);
        LandingBatch second = writer().begin("x");
        second.append(record("2"));
        second.sync(); // durable, but the process dies before the checkpoint

        assertThat(checkpoints.load("x", "banjir").get("since_id")).isEqualTo("1");
        assertThat(second.target()).doesNotExist();
    }

    /** A hidden part file as a killed writer leaves it: written long before the next run. */
    private Path leftByAKilledRun(String name) throws Exception {
        Path f = Files.createDirectories(root.resolve("landing/x/2024-07-11")).resolve(name);
        Files.writeString(f, Json.MAPPER.writeValueAsString(record("9")) + "\n");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(600)));
        return f;
    }

    @Test
    void a_hidden_file_a_killed_run_left_is_removed_at_the_next_run_but_not_one_being_written() throws Exception {
        Path stale = leftByAKilledRun(".part-1-killed.jsonl");
        LandingBatch live = writer().begin("x");
        live.append(record("1"));
        live.sync();
        Files.setLastModifiedTime(live.hidden(), java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(600)));

        List<Path> removed = writer().removeStale("x", checkpoints().pendingHidden("x"), Instant.now());

        assertThat(removed).containsExactly(stale);
        assertThat(stale).doesNotExist();
        assertThat(live.hidden()).exists();
        live.publish();
        assertThat(live.target()).exists();
    }

    @Test
    void a_hidden_file_written_after_the_run_started_is_left_alone() throws Exception {
        Path recent = leftByAKilledRun(".part-2-recent.jsonl");

        assertThat(writer().removeStale("x", Set.of(), Instant.now().minusSeconds(3600))).isEmpty();
        assertThat(recent).exists();
    }

    @Test
    void a_hidden_file_a_checkpoint_committed_is_kept_and_published_by_the_next_load() throws Exception {
        CheckpointStore checkpoints = checkpoints();
        LandingBatch batch = diedBetweenCheckpointAndRename(checkpoints);
        Files.setLastModifiedTime(batch.hidden(), java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(600)));

        assertThat(writer().removeStale("x", checkpoints.pendingHidden("x"), Instant.now())).isEmpty();
        checkpoints.load("x", "banjir");

        assertThat(batch.target()).exists();
    }
}

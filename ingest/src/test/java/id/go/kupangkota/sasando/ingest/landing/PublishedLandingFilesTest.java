package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedLandingFilesTest {
    private static final Instant NOW = Instant.parse("2024-07-10T17:30:00Z");

    @TempDir
    Path root;

    private Path landing() {
        return root.resolve("landing");
    }

    private LandingWriter writer() {
        return new LandingWriter(landing(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LandingRecord record(String source, String id) {
        return new LandingRecord(source, "banjir", NOW, source + "-1", "{\"id\":\"" + id + "\"}",
                Post.builder(source, id).text("banjir di Oesapa " + id).createdAt(NOW).build(), null);
    }

    private static LandingBatch batchOf(LandingWriter writer, String source, int records) {
        LandingBatch batch = writer.begin(source);
        for (int i = 0; i < records; i++) {
            batch.append(record(source, source + "-" + i));
        }
        return batch;
    }

    @Test
    void a_landing_zone_that_does_not_exist_yet_has_nothing_published() throws Exception {
        assertThat(new PublishedLandingFiles(landing()).poll()).isEmpty();
    }

    @Test
    void a_file_still_being_written_is_not_returned_until_it_is_published() throws Exception {
        PublishedLandingFiles published = new PublishedLandingFiles(landing());
        LandingBatch batch = batchOf(writer(), "x", 3);
        batch.sync();

        assertThat(batch.hidden()).exists();
        assertThat(published.poll()).isEmpty();

        batch.publish();
        assertThat(published.poll()).containsExactly(batch.target());
    }

    @Test
    void each_published_file_is_returned_once_across_sources_and_polls() throws Exception {
        PublishedLandingFiles published = new PublishedLandingFiles(landing());
        LandingBatch x = batchOf(writer(), "x", 1);
        x.publish();
        LandingBatch news = batchOf(writer(), "news", 1);
        news.publish();

        assertThat(published.poll()).containsExactlyInAnyOrder(x.target(), news.target());
        assertThat(published.poll()).isEmpty();

        LandingBatch later = batchOf(writer(), "x", 1);
        later.publish();
        assertThat(published.poll()).containsExactly(later.target());
    }

    @Test
    void a_batch_dropped_unpublished_is_never_returned() throws Exception {
        PublishedLandingFiles published = new PublishedLandingFiles(landing());
        LandingBatch dropped = batchOf(writer(), "x", 2);
        dropped.close();

        assertThat(published.poll()).isEmpty();
        assertThat(PublishedLandingFiles.all(landing())).isEmpty();
    }

    @Test
    void a_follower_polling_while_ingest_writes_gets_every_file_once_and_whole() throws Exception {
        int files = 40;
        int recordsPerFile = 25;
        ExecutorService ingest = Executors.newSingleThreadExecutor();
        try {
            Future<List<Path>> writing = ingest.submit(() -> {
                LandingWriter writer = writer();
                List<Path> targets = new ArrayList<>();
                for (int f = 0; f < files; f++) {
                    LandingBatch batch = batchOf(writer, f % 2 == 0 ? "x" : "news", recordsPerFile);
                    batch.publish();
                    targets.add(batch.target());
                }
                return targets;
            });
            PublishedLandingFiles published = new PublishedLandingFiles(landing());
            List<Path> seen = new ArrayList<>();
            boolean finished;
            do {
                finished = writing.isDone(); // before polling, so the last poll sees the last file
                for (Path f : published.poll()) {
                    // a returned file is complete: every record of its batch, each a whole line
                    assertThat(Files.readAllLines(f)).hasSize(recordsPerFile).allMatch(l -> l.endsWith("}"));
                    seen.add(f);
                }
            } while (!finished);

            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(writing.get());
        } finally {
            ingest.shutdownNow();
        }
    }
}

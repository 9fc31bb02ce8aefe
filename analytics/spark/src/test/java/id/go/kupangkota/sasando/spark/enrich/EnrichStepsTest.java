package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.spark.Fixtures.TAGGED_AT;
import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

class EnrichStepsTest {
    @TempDir
    Path dir;
    private final SparkSession spark = TestSpark.session();
    private final EnrichPartition.Counters counters = new EnrichPartition.Counters(
            spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator(),
            spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator(),
            spark.sparkContext().longAccumulator());

    @Test
    void skipsAndCountsLinesThatAreNotLandingRecords() {
        Post post = post("1", "ana", "air mati lai", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(post, Instant.parse("2024-07-11T03:00:00Z")),
                "{not json", "{\"source\":\"x\",\"raw\":\"{}\"}", "");

        List<Row> rows = tagged(EnrichJob.latestFetchOnly(lines(input)));

        assertThat(rows).extracting(row -> row.<String>getAs(PostFields.ID)).containsExactly("x:1");
        assertThat(counters.lines().value()).isEqualTo(4);
        assertThat(counters.rejected().value()).isEqualTo(2);
        assertThat(counters.tagged().value()).isEqualTo(1);
        assertThat(counters.taggerNanos().value()).as("CPU time inside the tagger").isPositive();
    }

    @Test
    void keepsTheLastFetchedCopyOfAPost() {
        Post early = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").likeCount(1L).build();
        Post late = early.toBuilder().likeCount(9L).build();
        Post other = post("2", "budi", "jalan rusak", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(late, Instant.parse("2024-07-12T00:00:00Z")),
                landingLine(early, Instant.parse("2024-07-11T03:00:00Z")),
                landingLine(other, Instant.parse("2024-07-11T03:00:00Z")), "{not json");

        List<String> kept = EnrichJob.latestFetchOnly(lines(input)).collectAsList();

        assertThat(kept).containsExactlyInAnyOrder(input.get(0), input.get(2), "{not json");
    }

    @Test
    void passesTheInputUntouchedWhenNoPostRepeats() {
        Post a = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").build();
        Post b = post("2", "budi", "jalan rusak", "2024-07-11T02:00:00Z").build();
        Dataset<String> input = lines(List.of(landingLine(a, Instant.parse("2024-07-11T03:00:00Z")),
                landingLine(b, Instant.parse("2024-07-11T03:00:00Z"))));

        assertThat(EnrichJob.latestFetchOnly(input)).isSameAs(input);
    }

    @Test
    void tagsEveryPostWithTheCurrentPipelineVersion() {
        Post post = post("1", "ana", "Air PDAM su mati tiga hari di Oebobo, sonde ada info", "2024-07-10T16:30:00Z").build();
        List<String> input = List.of(landingLine(post, Instant.parse("2024-07-11T03:00:00Z")));

        List<Row> tagged = tagged(lines(input));

        assertThat(tagged).hasSize(1);
        Row row = tagged.get(0);
        assertThat(row.<String>getAs(PostFields.PIPELINE_VERSION)).isEqualTo(Tagger.shared().pipelineVersion());
        assertThat(row.<Timestamp>getAs(PostFields.TAGGED_AT).toInstant()).isEqualTo(TAGGED_AT);
        assertThat(row.<String>getAs(PostFields.DAY)).isEqualTo("2024-07-11");
        assertThat(row.<String>getAs(PostFields.TEXT)).isEqualTo(post.text());
        assertThat(row.<String>getAs(PostFields.KECAMATAN)).isEqualTo("Oebobo");
    }

    @Test
    void readsTheRecordsOwnPostWhateverTheRawPayloadHolds() throws Exception {
        Post post = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").build();
        Post fake = post("666", "mallory", "bukan ini", "2024-07-11T02:00:00Z").build();
        Instant fetched = Instant.parse("2024-07-11T03:00:00Z");
        String fakeJson = Json.MAPPER.writeValueAsString(Map.of("post", fake));
        // as ingest writes it: the raw payload is text, here text that looks like a record's post
        String rawText = Json.MAPPER.writeValueAsString(new LandingRecord("x", "q", fetched, "m", fakeJson, post, List.of()));
        // other writers: the raw payload as a JSON object holding a "post", before and after the post
        Map<String, Object> rawObjectFirst = new LinkedHashMap<>();
        rawObjectFirst.put("source", "x");
        rawObjectFirst.put("raw", Map.of("post", fake));
        rawObjectFirst.put("post", post);
        Map<String, Object> postFirst = new LinkedHashMap<>();
        postFirst.put("post", post);
        postFirst.put("raw", Map.of("post", fake));

        for (String line : List.of(landingLine(post, fetched), rawText, Json.MAPPER.writeValueAsString(rawObjectFirst),
                Json.MAPPER.writeValueAsString(postFirst))) {
            assertThat(EnrichPartition.readPost(line)).as(line).isEqualTo(post);
        }
        assertThat(rawText).contains("\\\"post\\\":{"); // the look-alike is really in the line, escaped
    }

    /** Tags into a fresh curated zone (Parquet only) and reads it back. */
    private List<Row> tagged(Dataset<String> lines) {
        String zone = dir.resolve("posts-" + System.nanoTime()).toUri().toString();
        EnrichJob.tag(lines, TAGGED_AT, counters, zone, null);
        return CuratedPosts.readAll(spark, zone).collectAsList();
    }

    private Dataset<String> lines(List<String> lines) {
        return spark.createDataset(lines, Encoders.STRING());
    }
}

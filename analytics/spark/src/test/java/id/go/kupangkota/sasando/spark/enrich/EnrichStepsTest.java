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
            spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator());

    @Test
    void skipsAndCountsLinesThatAreNotLandingRecords() {
        Post post = post("1", "ana", "air mati lai", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(post, Instant.parse("2024-07-11T03:00:00Z")),
                "{not json", "{\"source\":\"x\",\"raw\":\"{}\"}", "");

        List<Row> rows = tagged(lines(input));

        assertThat(rows).extracting(row -> row.<String>getAs(PostFields.ID)).containsExactly("x:1");
        assertThat(counters.lines().value()).isEqualTo(4);
        assertThat(counters.rejected().value()).isEqualTo(2);
        assertThat(counters.tagged().value()).isEqualTo(1);
        assertThat(counters.taggerNanos().value()).as("CPU time inside the tagger").isPositive();
    }

    @Test
    void aPostLandedTwiceInOneInputReadsAsItsLatestFetch() {
        Post early = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").likeCount(1L).build();
        Post late = early.toBuilder().likeCount(9L).build();
        Post other = post("2", "budi", "jalan rusak", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(late, Instant.parse("2024-07-12T00:00:00Z")),
                landingLine(early, Instant.parse("2024-07-11T03:00:00Z")),
                landingLine(other, Instant.parse("2024-07-11T03:00:00Z")), "{not json");
        String zone = zone();

        EnrichJob.tag(lines(input), TAGGED_AT, counters, zone, null);

        assertThat(counters.tagged().value()).as("every copy is tagged").isEqualTo(3);
        Map<String, Long> likes = new LinkedHashMap<>();
        for (Row row : CuratedPosts.read(spark, zone).collectAsList()) {
            likes.put(row.getAs(PostFields.ID), row.getAs(PostFields.LIKE_COUNT));
        }
        assertThat(likes).containsOnlyKeys("x:1", "x:2");
        assertThat(likes.get("x:1")).as("the later fetch's count").isEqualTo(9L);
    }

    @Test
    void anOlderFetchTaggedLaterDoesNotReplaceTheNewerOne() {
        Post newer = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").likeCount(9L).build();
        Post older = newer.toBuilder().likeCount(1L).build();
        String zone = zone();

        EnrichJob.tag(lines(List.of(landingLine(newer, Instant.parse("2024-07-12T00:00:00Z")))), TAGGED_AT,
                counters, zone, null);
        // an old export imported a day later
        EnrichJob.tag(lines(List.of(landingLine(older, Instant.parse("2024-07-11T03:00:00Z")))),
                TAGGED_AT.plusSeconds(86_400), counters, zone, null);

        assertThat(CuratedPosts.readAll(spark, zone).count()).isEqualTo(2);
        List<Row> current = CuratedPosts.read(spark, zone).collectAsList();
        assertThat(current).singleElement().satisfies(row ->
                assertThat(row.<Long>getAs(PostFields.LIKE_COUNT)).isEqualTo(9L));
    }

    @Test
    void anImportedCopyOfAnXPostLandedLaterDoesNotReplaceTheXSourcesCopy() {
        Post api = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").likeCount(12L).viewCount(845L).build();
        Post imported = Post.builder("x", "1").deliveredBy("file").authorHandle("ana").text("air mati")
                .createdAt(api.createdAt()).likeCount(11L).build();
        Post importedLater = imported.toBuilder().likeCount(13L).build();
        Post onlyImported = Post.builder("x", "2").deliveredBy("file").text("jalan rusak")
                .createdAt(api.createdAt()).likeCount(1L).build();
        String zone = zone();

        EnrichJob.tag(lines(List.of(landingLine(api, Instant.parse("2024-07-11T03:00:00Z")),
                landingLine(imported, Instant.parse("2024-07-12T00:00:00Z")),
                landingLine(importedLater, Instant.parse("2024-07-13T00:00:00Z")),
                landingLine(onlyImported, Instant.parse("2024-07-12T00:00:00Z")))), TAGGED_AT, counters, zone, null);

        Map<String, Row> current = new LinkedHashMap<>();
        for (Row row : CuratedPosts.read(spark, zone).collectAsList()) {
            current.put(row.getAs(PostFields.ID), row);
        }
        assertThat(current).containsOnlyKeys("x:1", "x:2");
        assertThat(current.get("x:1").<String>getAs(PostFields.SOURCE)).isEqualTo("x");
        assertThat(current.get("x:1").<Long>getAs(PostFields.VIEW_COUNT)).isEqualTo(845L);
        assertThat(current.get("x:1").<Long>getAs(PostFields.LIKE_COUNT)).isEqualTo(12L);
        assertThat(current.get("x:2").<String>getAs(PostFields.SOURCE)).as("imported only: the import is the post")
                .isEqualTo("file");
    }

    @Test
    void anImportedCopyIsVersionedBelowEveryOwnCopyAndImportsAmongThemselvesByFetchTime() {
        Instant apiFetch = Instant.parse("2024-07-11T03:00:00Z");
        Post api = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").ingestedAt(apiFetch).build();
        Post imported = Post.builder("x", "1").deliveredBy("file").text("air mati")
                .ingestedAt(Instant.parse("2030-01-01T00:00:00Z")).build();
        Post importedLater = imported.toBuilder().ingestedAt(Instant.parse("2030-01-01T00:00:01Z")).build();
        Post ownImport = Post.builder("file", "h1").text("air mati").ingestedAt(apiFetch).build();

        assertThat(EnrichPartition.version(api)).isEqualTo(EnrichPartition.fetchVersion(apiFetch));
        assertThat(EnrichPartition.version(ownImport)).isEqualTo(EnrichPartition.fetchVersion(apiFetch));
        assertThat(EnrichPartition.version(imported)).isLessThan(EnrichPartition.version(api));
        assertThat(EnrichPartition.version(importedLater)).isGreaterThan(EnrichPartition.version(imported));
    }

    @Test
    void theElasticsearchVersionOfAPostIsItsFetchTimeInMicroseconds() {
        assertThat(EnrichPartition.fetchVersion(Instant.parse("2024-07-11T03:00:00.123456789Z")))
                .isEqualTo(1_720_666_800_123_456L);
        assertThat(EnrichPartition.fetchVersion(Instant.parse("2024-07-11T03:00:00.000001Z")))
                .isGreaterThan(EnrichPartition.fetchVersion(Instant.parse("2024-07-11T03:00:00Z")));
        assertThat(EnrichPartition.fetchVersion(Instant.parse("1960-01-01T00:00:00Z"))).isZero();
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

        for (String line : List.of(Json.MAPPER.writeValueAsString(new LandingRecord("x", "q", fetched, "m", "{}", post,
                        List.of())), rawText, Json.MAPPER.writeValueAsString(rawObjectFirst),
                Json.MAPPER.writeValueAsString(postFirst))) {
            assertThat(EnrichPartition.readPost(line)).as(line).isEqualTo(post);
        }
        assertThat(rawText).contains("\\\"post\\\":{"); // the look-alike is really in the line, escaped
    }

    private String zone() {
        return dir.resolve("posts-" + System.nanoTime()).toUri().toString();
    }

    /** Tags into a fresh curated zone (Parquet only) and reads it back. */
    private List<Row> tagged(Dataset<String> lines) {
        String zone = zone();
        EnrichJob.tag(lines, TAGGED_AT, counters, zone, null);
        return CuratedPosts.readAll(spark, zone).collectAsList();
    }

    private Dataset<String> lines(List<String> lines) {
        return spark.createDataset(lines, Encoders.STRING());
    }
}

package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.go.kupangkota.sasando.spark.Fixtures.TAGGED_AT;
import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

class EnrichStepsTest {
    private final SparkSession spark = TestSpark.session();
    private final LongAccumulator lines = spark.sparkContext().longAccumulator();
    private final LongAccumulator rejected = spark.sparkContext().longAccumulator();

    @Test
    void skipsAndCountsLinesThatAreNotLandingRecords() {
        Post post = post("1", "ana", "air mati lai", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(post, Instant.parse("2024-07-11T03:00:00Z")),
                "{not json", "{\"source\":\"x\",\"raw\":\"{}\"}", "");

        List<LandingPost> parsed = EnrichJob.parse(spark.createDataset(input, Encoders.STRING()), lines, rejected)
                .collectAsList();

        assertThat(parsed).extracting(LandingPost::getId).containsExactly("x:1");
        assertThat(parsed.get(0).getFetchedAt()).isEqualTo(Instant.parse("2024-07-11T03:00:00Z").toEpochMilli());
        assertThat(lines.value()).isEqualTo(4);
        assertThat(rejected.value()).isEqualTo(2);
    }

    @Test
    void keepsTheLastFetchedCopyOfAPost() throws Exception {
        Post early = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").likeCount(1L).build();
        Post late = early.toBuilder().likeCount(9L).build();
        Post other = post("2", "budi", "jalan rusak", "2024-07-11T02:00:00Z").build();
        List<String> input = List.of(landingLine(late, Instant.parse("2024-07-12T00:00:00Z")),
                landingLine(early, Instant.parse("2024-07-11T03:00:00Z")),
                landingLine(other, Instant.parse("2024-07-11T03:00:00Z")));

        List<String> posts = EnrichJob.latestPerId(EnrichJob.parse(spark.createDataset(input, Encoders.STRING()),
                lines, rejected)).collectAsList();

        assertThat(posts).hasSize(2);
        assertThat(posts.stream().map(EnrichStepsTest::read).filter(p -> p.id().equals("x:1")).findFirst().orElseThrow()
                .likeCount()).isEqualTo(9L);
    }

    @Test
    void tagsEveryPostWithTheCurrentPipelineVersion() {
        Post post = post("1", "ana", "Air PDAM su mati tiga hari di Oebobo, sonde ada info", "2024-07-10T16:30:00Z").build();
        List<String> input = List.of(write(post));

        List<Post> tagged = EnrichJob.tag(spark.createDataset(input, Encoders.STRING()), TAGGED_AT,
                spark.sparkContext().longAccumulator()).collectAsList().stream()
                .map(row -> read(row.<String>getAs(CuratedPosts.JSON))).toList();

        assertThat(tagged).hasSize(1);
        assertThat(tagged.get(0).pipelineVersion()).isEqualTo(Tagger.shared().pipelineVersion());
        assertThat(tagged.get(0).taggedAt()).isEqualTo(TAGGED_AT);
        assertThat(tagged.get(0).day()).isEqualTo("2024-07-11");
        assertThat(tagged.get(0).text()).isEqualTo(post.text());
    }

    private static Post read(String json) {
        try {
            return Json.MAPPER.readValue(json, Post.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Post post) {
        try {
            return Json.MAPPER.writeValueAsString(post);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

class LandingLayoutTest {
    private static final Instant FETCHED = Instant.parse("2024-07-11T03:00:00Z");
    private final Post post = post("1", "ana", "air mati", "2024-07-11T02:00:00Z").build();
    private final Post fake = post("666", "mallory", "bukan ini", "2024-07-11T02:00:00Z").build();

    @Test
    void findsThePostThatFollowsATextPayloadEvenWhenThePayloadLooksLikeAPost() throws Exception {
        String raw = Json.MAPPER.writeValueAsString(Map.of("post", fake));
        String line = Json.MAPPER.writeValueAsString(new LandingRecord("x", "q", FETCHED, "m", raw, post, List.of()));

        int start = LandingLayout.ownPost(line);

        assertThat(start).isGreaterThan(line.indexOf("\"raw\":"));
        assertThat(line.charAt(start)).isEqualTo('{');
        assertThat(Json.MAPPER.readerFor(Post.class).<Post>readValue(line.substring(start))).isEqualTo(post);
    }

    @Test
    void aLaterFieldHoldingAPostDoesNotTakeTheRecordsPostsPlace() throws Exception {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", "x");
        record.put("raw", "{}");
        record.put("post", post);
        record.put("note", Map.of("post", fake)); // a writer with more fields than ingest's
        String line = Json.MAPPER.writeValueAsString(record);

        assertThat(LandingLayout.ownPost(line)).isEqualTo(line.indexOf("\"post\":{") + "\"post\":".length());
        assertThat(EnrichPartition.readPost(line)).isEqualTo(post);
    }

    @Test
    void aPostBeforeTheTextPayloadIsLeftToTheParser() throws Exception {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("post", post);
        record.put("raw", "{}");
        String line = Json.MAPPER.writeValueAsString(record);

        assertThat(LandingLayout.ownPost(line)).isEqualTo(-1);
        assertThat(EnrichPartition.readPost(line)).isEqualTo(post);
    }
}

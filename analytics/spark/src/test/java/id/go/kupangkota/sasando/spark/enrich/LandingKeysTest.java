package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

class LandingKeysTest {

    @Test
    void readsThePostIdAndTheFetchTimeOfALandingLine() {
        Post post = post("7", "ana", "air mati", "2024-07-11T02:00:00Z").build();

        LandingKeys.Key key = LandingKeys.key(landingLine(post, Instant.parse("2024-07-11T03:00:00.250Z")));

        assertThat(key).isEqualTo(new LandingKeys.Key("x:7", Instant.parse("2024-07-11T03:00:00.250Z").toEpochMilli()));
    }

    @Test
    void aRawPayloadThatLooksLikeAPostIsNotTakenForTheRecordsOwn() throws Exception {
        Post post = post("7", "ana", "air mati", "2024-07-11T02:00:00Z").build();
        String raw = "{\"fetched_at\":\"2001-01-01T00:00:00Z\",\"post\":{\"id\":\"x:666\"}}";
        String line = Json.MAPPER.writeValueAsString(new LandingRecord("x", "q", Instant.parse("2024-07-11T03:00:00Z"),
                "1", raw, post, List.of()));

        assertThat(LandingKeys.key(line)).isEqualTo(new LandingKeys.Key("x:7", Instant.parse("2024-07-11T03:00:00Z").toEpochMilli()));
    }

    @Test
    void readsLinesInAnotherFieldOrderWithTheParser() {
        String line = "{\"post\":{\"text\":\"air\",\"id\":\"x:8\"},\"fetched_at\":\"2024-07-11T03:00:00Z\"}";

        assertThat(LandingKeys.key(line)).isEqualTo(new LandingKeys.Key("x:8", Instant.parse("2024-07-11T03:00:00Z").toEpochMilli()));
    }

    @Test
    void fallsBackToTheIngestTimeWhenTheRecordHasNoFetchTime() {
        Post post = post("7", "ana", "air mati", "2024-07-11T02:00:00Z").build();

        LandingKeys.Key key = LandingKeys.key(landingLine(post, null));

        assertThat(key.fetchedMs()).isEqualTo(post.ingestedAt().toEpochMilli());
    }

    @Test
    void keysUnreadableLinesAsNoneSoTheTaggingStepReportsThem() {
        assertThat(LandingKeys.key("{not json")).isEqualTo(LandingKeys.Key.NONE);
        assertThat(LandingKeys.key("[1,2]")).isEqualTo(LandingKeys.Key.NONE);
        assertThat(LandingKeys.key("{\"post\":{\"text\":\"no id\"}}")).isEqualTo(LandingKeys.Key.NONE);
        assertThat(LandingKeys.key("")).isEqualTo(LandingKeys.Key.NONE);
    }

    @Test
    void hashesThePostIdTheSameWhicheverWayTheLineIsRead() throws Exception {
        Post post = post("7", "ana", "air mati", "2024-07-11T02:00:00Z").build();
        String asIngestWrites = landingLine(post, Instant.parse("2024-07-11T03:00:00Z"));
        String otherOrder = "{\"post\":{\"text\":\"air\",\"id\":\"x:7\"},\"fetched_at\":\"2024-07-11T03:00:00Z\"}";
        String escaped = "{\"post\":{\"id\":\"x\\u003a7\"}}"; // "x:7" with the colon escaped

        long hash = LandingKeys.idHash(asIngestWrites);

        assertThat(hash).isNotZero()
                .isEqualTo(LandingKeys.idHash(otherOrder))
                .isEqualTo(LandingKeys.idHash(escaped))
                .isNotEqualTo(LandingKeys.idHash(landingLine(post("8", "ana", "air mati", "2024-07-11T02:00:00Z").build(),
                        Instant.parse("2024-07-11T03:00:00Z"))));
        assertThat(LandingKeys.idHash("{not json")).isZero();
        assertThat(LandingKeys.idHash("{\"post\":{\"text\":\"no id\"}}")).isZero();
        assertThat(LandingKeys.idHash("")).isZero();
    }

    @Test
    void idHashesOfAHundredThousandIdsDoNotCollide() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(LandingKeys.idHash("{\"post\":{\"id\":\"x:" + (1_800_000_000_000_000_000L + i) + "\"}}"));
        }
        assertThat(seen).hasSize(100_000);
    }
}

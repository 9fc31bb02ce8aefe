package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Landing JSON is byte for byte what Sasando's mapper writes; only instants are written faster. */
class LandingJsonTest {
    private static String written(Instant instant) {
        char[] out = new char[30];
        int length = LandingJson.isoInstant(instant, out);
        return length < 0 ? null : new String(out, 0, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-11T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "2024-02-29T13:05:09.500Z", "2024-07-11T08:00:00.000001Z", "2024-07-11T08:00:00.123456789Z",
            "2024-07-11T08:00:00.120Z", "2024-07-11T08:00:00.000000001Z", "0000-01-01T00:00:00Z",
            "0999-03-01T12:00:00Z", "9999-12-31T23:59:59.999999999Z"})
    void an_instant_is_written_as_instant_to_string(String text) {
        Instant instant = Instant.parse(text);
        assertThat(written(instant)).isEqualTo(instant.toString());
    }

    @Test
    void random_instants_across_the_four_digit_years_are_written_as_instant_to_string() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long second = -62_167_219_200L + (long) (random.nextDouble() * (253_402_300_799L + 62_167_219_200L));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            assertThat(written(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void years_outside_four_digits_are_left_to_the_jdk() {
        assertThat(written(Instant.parse("+10000-01-01T00:00:00Z"))).isNull();
        assertThat(written(Instant.parse("-0001-12-31T23:59:59Z"))).isNull();
    }

    @Test
    void a_landing_record_is_written_exactly_as_the_shared_mapper_writes_it() throws Exception {
        Instant created = Instant.parse("2024-07-11T00:30:00.250Z");
        Post post = Post.builder("x", "1").text("banjir di \"Oesapa\" 🌧").createdAt(created)
                .ingestedAt(created.plusNanos(1)).hashtags(List.of("Kupang")).likeCount(3L).build();
        LandingRecord record = new LandingRecord("x", "banjir", Instant.parse("+10000-01-01T00:00:00Z"), "x-1",
                "{\"id\":\"1\"}", post, List.of("extra"));

        assertThat(LandingJson.RECORD_WRITER.writeValueAsString(record)).isEqualTo(Json.MAPPER.writeValueAsString(record));
    }
}

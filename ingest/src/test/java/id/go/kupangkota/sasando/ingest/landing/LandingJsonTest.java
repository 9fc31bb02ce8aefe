package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Landing JSON is byte for byte what Sasando's mapper writes; only long ASCII strings are written faster. */
class LandingJsonTest {
    @Test
    void a_landing_record_is_written_exactly_as_the_shared_mapper_writes_it() throws Exception {
        Instant created = Instant.parse("2024-07-11T00:30:00.250Z");
        Post post = Post.builder("x", "1").text("banjir di \"Oesapa\" 🌧").createdAt(created)
                .ingestedAt(created.plusNanos(1)).hashtags(List.of("Kupang")).likeCount(3L).build();
        LandingRecord record = new LandingRecord("x", "banjir", Instant.parse("+10000-01-01T00:00:00Z"), "x-1",
                "{\"id\":\"1\"}", post, List.of("extra"));

        assertThat(LandingJson.RECORD_WRITER.writeValueAsString(record)).isEqualTo(Json.MAPPER.writeValueAsString(record));
    }

    /** A record carrying {@code text} as its raw payload, its post's text and an unmapped name. */
    private static LandingRecord carrying(String text) {
        Instant at = Instant.parse("2024-07-11T00:30:00Z");
        Post post = Post.builder("file", "1").text(text).createdAt(at).ingestedAt(at).build();
        return new LandingRecord("file", "ekspor.jsonl", at, "file-1", text, post, List.of(text));
    }

    private static void assertWrittenAsTheSharedMapperWrites(String text) throws Exception {
        LandingRecord record = carrying(text);
        String expected;
        try {
            // as bytes, as a landing file is written (Jackson's byte generator escapes surrogate pairs)
            expected = new String(Json.MAPPER.writeValueAsBytes(record), StandardCharsets.UTF_8);
        } catch (JsonProcessingException refused) {
            assertThatThrownBy(() -> LandingJson.RECORD_WRITER.writeValueAsBytes(record))
                    .isInstanceOf(refused.getClass());
            return;
        }
        assertThat(new String(LandingJson.RECORD_WRITER.writeValueAsBytes(record), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void every_ascii_character_in_long_and_short_strings_is_escaped_as_the_shared_mapper_does() throws Exception {
        for (char c = 0; c < 128; c++) {
            assertWrittenAsTheSharedMapperWrites("a" + c + "b");
            assertWrittenAsTheSharedMapperWrites("Air PDAM mati di Oebobo " + c + " sejak pagi" + c);
            assertWrittenAsTheSharedMapperWrites(String.valueOf(c).repeat(40));
        }
    }

    @Test
    void a_raw_json_row_and_text_around_the_fast_ways_limits_are_written_as_the_shared_mapper_does() throws Exception {
        assertWrittenAsTheSharedMapperWrites("{\"id\":\"demo-1\",\"text\":\"Jalan rusak di \\\"Kelapa Lima\\\"\\n\",\"like_count\":3}");
        Random random = new Random(7);
        String alphabet = "ab \"\\\n\t\u0001\u001f?/~\u007f{}";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 20_000 : 80); // also past the 8 KB scratch buffer
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertWrittenAsTheSharedMapperWrites(text.toString());
        }
        assertWrittenAsTheSharedMapperWrites("\"kutip\" \\ ".repeat(15_000)); // past the fast way's longest string
    }

    @Test
    void text_beyond_ascii_and_lone_surrogates_are_left_to_the_generator() throws Exception {
        assertWrittenAsTheSharedMapperWrites("Hujan deras di Kupang 🌧 \"banjir\" di Oesapa, katong su siap?");
        assertWrittenAsTheSharedMapperWrites("Harga naik ±10% — warga mengeluh, apa kabar pemerintah kota?");
        assertWrittenAsTheSharedMapperWrites("sebuah surrogate yang sendirian: \ud83c di tengah kalimat ini");
        assertWrittenAsTheSharedMapperWrites("surrogate sendirian di akhir kalimat yang cukup panjang \udf27");
    }
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The hand-written post serializer and deserializer write and read exactly what Jackson's reflective
 * record serialisation does.
 */
class PostSerializerTest {
    /** Jackson's own record (de)serialisation configured as {@link Json#configure} minus Sasando's module: the reference. */
    private static final ObjectMapper REFLECTIVE = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void everyFieldSetWritesTheReflectiveText() throws Exception {
        Post full = full();
        assertThat(Json.MAPPER.writeValueAsString(full)).isEqualTo(REFLECTIVE.writeValueAsString(full));
        // every component is written: the serializer misses none
        assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(full)).size())
                .isEqualTo(Post.class.getRecordComponents().length);
    }

    @Test
    void randomPostsOfEveryShapeWriteTheReflectiveTextAndBytes() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Post post = randomShape(random);
            String expected = REFLECTIVE.writeValueAsString(post);
            assertThat(Json.MAPPER.writeValueAsString(post)).as("post %d", i).isEqualTo(expected);
            // the byte generator writes a character outside the BMP as an escaped surrogate pair, either way
            assertThat(Json.MAPPER.writeValueAsBytes(post)).isEqualTo(REFLECTIVE.writeValueAsBytes(post));
            assertThat(Json.MAPPER.<JsonNode>valueToTree(post)).isEqualTo(REFLECTIVE.<JsonNode>valueToTree(post));
            assertThat(Json.MAPPER.readValue(expected, Post.class)).isEqualTo(post);
            assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(post), Post.class)).isEqualTo(post);
        }
    }

    @Test
    void postsInsideOtherValuesToo() throws Exception {
        Object nested = Map.of("posts", List.of(full(), Post.builder("rss", "a").build()));
        assertThat(Json.MAPPER.writeValueAsString(nested)).isEqualTo(REFLECTIVE.writeValueAsString(nested));
    }

    @Test
    void readsWhatTheReflectiveReaderReadsFromOtherWritersToo() throws Exception {
        List<String> documents = List.of(
                "{}",
                "{\"id\":\"x:1\",\"text\":null,\"hashtags\":null,\"evidence\":null,\"like_count\":null}",
                // a newer writer's fields, of every JSON type, and the dashboard's triage status
                "{\"new_object\":{\"a\":[1,{\"b\":2}]},\"id\":\"x:1\",\"new_list\":[[]],\"triage_status\":\"confirmed\","
                        + "\"new_number\":1.5e3,\"new_flag\":true,\"text\":\"air\"}",
                // values in other JSON types than Sasando writes: Jackson's coercions
                "{\"like_count\":\"12\",\"view_count\":3.0,\"sentiment_score\":1,\"risk_score\":\"0.25\",\"id\":42,"
                        + "\"hashtags\":[\"a\",null,7],\"created_at\":1720666800.5,\"tagged_at\":\"2024-07-11T11:00:00+08:00\"}",
                "{\"evidence\":[{\"category\":\"hoaks\",\"term\":\"hoaks\",\"start\":3,\"end\":8,\"extra\":1},null,{}],"
                        + "\"id\":\"x:1\",\"id\":\"x:2\"}");
        for (String document : documents) {
            assertThat(Json.MAPPER.readValue(document, Post.class)).as(document)
                    .isEqualTo(REFLECTIVE.readValue(document, Post.class));
        }
    }

    @Test
    void malformedPostsFailAsTheReflectiveReaderFails() {
        for (String document : List.of("[]", "{\"like_count\":\"many\"}", "{\"hashtags\":{\"a\":1}}", "{\"id\":")) {
            assertThat(catchThrowable(() -> Json.MAPPER.readValue(document, Post.class))).as(document)
                    .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
            assertThat(catchThrowable(() -> REFLECTIVE.readValue(document, Post.class))).as(document)
                    .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        }
    }

    private static Post full() {
        return Post.builder("x", "1790000000000000001").url("https://x.com/a/status/1").query("kupang lang:id")
                .authorHandle("warga_oebobo").authorKey("7ac36e04").authorName("Warga \"Oebobo\"")
                .authorCreatedAt(Instant.parse("2019-03-02T10:11:12Z")).title("Judul\tberita")
                .text("Air PDAM mati lagi di Oebobo 😡, katong su tunggu\n\\ dari pagi #KotaKupang \u0001")
                .lang("id").createdAt(Instant.parse("2024-07-11T02:00:00.123Z"))
                .ingestedAt(Instant.parse("2024-07-11T02:05:00.123456789Z"))
                .likeCount(12L).replyCount(0L).repostCount(-1L).quoteCount(Long.MAX_VALUE).viewCount(3L)
                .hashtags(List.of("kotakupang")).mentions(Arrays.asList("a", null, "b")).links(List.of())
                .replyTo("x:1").quoteOf("x:2").repostOf("x:3").sentiment("negative").sentimentScore(0.8125)
                .emotion("anger").risk(List.of("hoaks")).riskScore(1e-7)
                .evidence(Arrays.asList(new Evidence("hoaks", "hoaks", 3, 8), null, new Evidence(null, null, 0, 0)))
                .topics(List.of("layanan_publik", "hoaks")).stance("none").kecamatan("Oebobo")
                .terms(List.of("air", "pdam", "mati")).day("2024-07-11").week("2024-W28").pipelineVersion("v9")
                .taggedAt(Instant.parse("2024-07-12T00:00:00Z")).build();
    }

    /** The full post with each component kept or set to null (or an empty or null-holding list) at random. */
    private static Post randomShape(Random random) throws Exception {
        Post full = full();
        RecordComponent[] components = Post.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            types[c] = components[c].getType();
            Object value = components[c].getAccessor().invoke(full);
            int roll = random.nextInt(4);
            if (roll == 0 && c > 0) {
                value = null;
            } else if (roll == 1 && value instanceof List<?>) {
                value = random.nextBoolean() ? List.of() : new ArrayList<>(Arrays.asList((Object) null));
            } else if (roll == 1 && value instanceof Double) {
                value = random.nextDouble() * Math.pow(10, random.nextInt(20) - 10);
            } else if (roll == 1 && value instanceof Long) {
                value = random.nextLong();
            }
            values[c] = value;
        }
        return Post.class.getDeclaredConstructor(types).newInstance(values);
    }
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostJsonTest {

    static Post samplePost() {
        return Post.builder("x", "1790000000000000001")
                .text("Air PDAM mati lagi di Oebobo, katong su tunggu dari pagi #KotaKupang")
                .authorHandle("warga_oebobo")
                .authorCreatedAt(Instant.parse("2019-03-02T10:11:12Z"))
                .createdAt(Instant.parse("2024-07-11T02:00:00Z"))
                .hashtags(List.of("kotakupang"))
                .likeCount(12L)
                .evidence(List.of(new Evidence("hoaks", "hoaks", 3, 8)))
                .build();
    }

    @Test
    void theIdIsSourceAndNativeId() {
        assertThat(samplePost().id()).isEqualTo("x:1790000000000000001");
    }

    @Test
    void jsonUsesTheSharedSnakeCaseFieldNamesAndIsoInstants() throws Exception {
        JsonNode json = Json.MAPPER.valueToTree(samplePost());
        assertThat(json.has(PostFields.AUTHOR_HANDLE)).isTrue();
        assertThat(json.has(PostFields.NATIVE_ID)).isTrue();
        assertThat(json.get(PostFields.CREATED_AT).asText()).isEqualTo("2024-07-11T02:00:00Z");
        assertThat(json.get(PostFields.AUTHOR_CREATED_AT).asText()).isEqualTo("2019-03-02T10:11:12Z");
        assertThat(json.get(PostFields.LIKE_COUNT).asLong()).isEqualTo(12);
        // absent enrichment is left out rather than written as null
        assertThat(json.has(PostFields.SENTIMENT)).isFalse();
    }

    @Test
    void aPostSurvivesTheRoundTripAndUnknownFieldsAreIgnored() throws Exception {
        String json = Json.MAPPER.writeValueAsString(samplePost()).replace("{", "{\"from_a_newer_writer\":1,");
        assertThat(Json.MAPPER.readValue(json, Post.class)).isEqualTo(samplePost());
    }

    @Test
    void everyRecordComponentHasAFieldConstant() throws Exception {
        List<String> constants = new java.util.ArrayList<>();
        for (var f : PostFields.class.getFields()) {
            if (f.getType() == String.class) { // ENGAGEMENT is a list of them
                constants.add((String) f.get(null));
            }
        }
        for (var c : Post.class.getRecordComponents()) {
            String snake = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(constants).as("PostFields constant for " + c.getName()).contains(snake);
        }
    }

    @Test
    void anXPostDeliveredByAnImportKeepsTheXIdAndSaysItCameFromTheImport() throws Exception {
        Post imported = Post.builder("x", "1811192428753915905").deliveredBy("file").text("t").build();

        assertThat(imported.id()).isEqualTo("x:1811192428753915905");
        assertThat(imported.source()).isEqualTo("file");
        assertThat(imported.nativeId()).isEqualTo("1811192428753915905");
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(imported), Post.class)).isEqualTo(imported);
        assertThat(Post.ownCopy(imported.id(), imported.source())).isFalse();
        assertThat(Post.ownCopy("x:1", "x")).isTrue();
        assertThat(Post.ownCopy("file:h1", "file")).isTrue();
        assertThat(Post.ownCopy("xy:1", "x")).as("a prefix of another platform's name").isFalse();
        assertThat(Post.ownCopy("x:1", null)).isFalse();
        assertThat(Post.platformOf(imported.id())).as("the platform is the id's, whoever delivered it").isEqualTo("x");
        assertThat(Post.platformOf("file:h1")).isEqualTo("file");
        assertThat(Post.platformOf("news:https://a.id/x:y")).isEqualTo("news");
        assertThat(Post.platformOf("no-colon")).isNull();
    }
}

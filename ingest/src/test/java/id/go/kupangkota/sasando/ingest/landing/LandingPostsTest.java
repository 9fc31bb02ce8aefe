package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LandingPostsTest {
    private static final Instant AT = Instant.parse("2024-07-11T02:00:00Z");

    @TempDir
    Path dir;

    private static Post post(int n, String text) {
        return Post.builder("x", Integer.toString(n)).text(text).createdAt(AT).hashtags(List.of("Kupang")).build();
    }

    private static String line(Post post) throws IOException {
        return Json.MAPPER.writeValueAsString(new LandingRecord("x", "banjir kupang", AT, "x-1",
                "{\"data\":{\"id\":\"" + post.nativeId() + "\",\"text\":\"" + post.text() + "\"}}", post, List.of("lang")));
    }

    /** Every post of a file as (id, the JSON text handed over). */
    private static List<String[]> read(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        LandingPosts.read(file, (id, bytes, offset, length) ->
                out.add(new String[]{id, new String(bytes, offset, length, StandardCharsets.UTF_8)}));
        return out;
    }

    @Test
    void hands_over_each_posts_id_and_its_json_exactly_as_written() throws IOException {
        Post a = post(1, "Air PDAM mati di Oebobo");
        Post b = post(2, "Jalan rusak di \"Kelapa Lima\" 🚧");
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, line(a) + "\n" + line(b) + "\n");

        List<String[]> posts = read(file);

        assertThat(posts).extracting(p -> p[0]).containsExactly("x:1", "x:2");
        assertThat(posts.get(1)[1]).isEqualTo(Json.MAPPER.writeValueAsString(b));
        assertThat(Json.MAPPER.readValue(posts.get(0)[1], Post.class)).isEqualTo(a);
    }

    @Test
    void reads_lines_longer_than_its_chunk_and_a_last_line_without_a_newline() throws IOException {
        String longText = "banjir ".repeat(400_000); // 2.8 MB: longer than a read chunk
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, line(post(1, "pendek")) + "\n" + line(post(2, longText)) + "\n\n" + line(post(3, "akhir")));

        List<String[]> posts = read(file);

        assertThat(posts).extracting(p -> p[0]).containsExactly("x:1", "x:2", "x:3");
        assertThat(Json.MAPPER.readValue(posts.get(1)[1], Post.class).text()).isEqualTo(longText);
    }

    @Test
    void an_id_with_escaped_characters_is_decoded() throws IOException {
        Post odd = Post.builder("file", "baris \"7\"\\a").text("halo").createdAt(AT).build();
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, line(odd) + "\n");

        assertThat(read(file)).singleElement().satisfies(p -> assertThat(p[0]).isEqualTo(odd.id()));
    }

    @Test
    void a_truncated_line_stops_the_read_naming_file_and_line() throws IOException {
        Path file = dir.resolve("part.jsonl");
        String whole = line(post(1, "terpotong"));
        Files.writeString(file, whole.substring(0, whole.length() - 20) + "\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("part.jsonl line 1").hasMessageContaining("broken JSON");
    }

    @Test
    void a_damaged_line_stops_the_read_naming_file_and_line() throws IOException {
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, line(post(1, "baik")) + "\n{\"source\":\"x\",\"post\":{\"text\":\"tanpa id\"}}\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("part.jsonl line 2").hasMessageContaining("no id");
    }

    @Test
    void escaped_quotes_and_backslashes_in_the_raw_payload_and_the_post_do_not_end_their_strings() throws IOException {
        // a backslash right before a closing quote, runs of escapes, a quote at every offset of a word
        String tricky = "ends with a backslash \\ and \\\"quoted\\\" \"a\"\"bb\"\"ccc\"\"dddddddd\" \\";
        Post post = post(1, tricky);
        String line = Json.MAPPER.writeValueAsString(new LandingRecord("file", "ekspor.jsonl", AT, "file-1",
                Json.MAPPER.writeValueAsString(post) + tricky, post, List.of(tricky)));
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, line + "\n" + line + "\n");

        List<String[]> posts = read(file);

        assertThat(posts).hasSize(2);
        assertThat(posts.get(1)[1]).isEqualTo(Json.MAPPER.writeValueAsString(post));
    }

    @Test
    void a_post_whose_id_is_not_its_first_field_is_still_found() throws IOException {
        Path file = dir.resolve("part.jsonl");
        Files.writeString(file, "{ \"post\" : {\"text\":\"id di akhir\", \"id\" : \"x:9\"}, \"raw\":\"{}\"}\n");

        assertThat(read(file)).singleElement().satisfies(p -> {
            assertThat(p[0]).isEqualTo("x:9");
            assertThat(p[1]).isEqualTo("{\"text\":\"id di akhir\", \"id\" : \"x:9\"}");
        });
    }
}

package id.go.kupangkota.sasando.spark.bench;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LandingGeneratorTest {
    @Test
    void postsMadeAgainAreThePostsWrittenIntoTheLandingFiles(@TempDir Path landing) throws IOException {
        List<Post> kept = new LandingGenerator().write(landing, 1_000, 7, 600);
        List<Post> again = new LandingGenerator().posts(1_000, 7, 600);

        assertThat(again).hasSize(600).isEqualTo(kept);
        // and they are the posts of the landing lines, in file order
        List<Post> landed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(landing)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    landed.add(Json.MAPPER.readValue(line, LandingRecord.class).post());
                }
            }
        }
        assertThat(landed).hasSize(1_000);
        assertThat(landed.subList(0, 600)).isEqualTo(again);
    }
}

package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class CuratedPostsTest {

    @Test
    void readsTheLatestRowOfAPostAppendedTwice(@TempDir Path dir) {
        var first = tagged(post("1", "ana", "air mati", "2024-07-11T02:00:00Z"), "negative", "anger",
                List.of(), List.of("layanan_publik"), "Alak").build();
        var retagged = first.toBuilder().sentiment("neutral").taggedAt(Instant.parse("2024-09-01T00:00:00Z")).build();
        String zone = dir.resolve("posts").toUri().toString();
        CuratedPosts.append(curated(TestSpark.session(), List.of(first)), zone);
        CuratedPosts.append(curated(TestSpark.session(), List.of(retagged)), zone);

        assertThat(CuratedPosts.readAll(TestSpark.session(), zone).count()).isEqualTo(2);
        List<Row> current = CuratedPosts.read(TestSpark.session(), zone).collectAsList();
        assertThat(current).hasSize(1);
        assertThat(current.get(0).<String>getAs("sentiment")).isEqualTo("neutral");
        assertThat(current.get(0).<String>getAs("day")).isEqualTo("2024-07-11");
        assertThat(current.get(0).<String>getAs("kecamatan")).isEqualTo("Alak");
    }

    @Test
    void aZoneThatDoesNotExistYetReadsAsEmpty(@TempDir Path dir) {
        assertThat(CuratedPosts.read(TestSpark.session(), dir.resolve("nothing").toUri().toString()).count()).isZero();
    }
}

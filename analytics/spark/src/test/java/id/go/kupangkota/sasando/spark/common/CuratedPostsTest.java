package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    void filesWrittenBeforeTheAccountAgeColumnReadItAsNull(@TempDir Path dir) {
        var before = tagged(post("1", "ana", "air mati", "2024-07-11T02:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).build();
        var after = tagged(post("2", "budi", "air su jalan", "2024-07-11T05:00:00Z"), "positive", "happy",
                List.of(), List.of(), null).authorCreatedAt(Instant.parse("2024-07-01T00:00:00Z")).build();
        String zone = dir.resolve("posts").toUri().toString();
        // the zone as a release without author_created_at wrote it
        curated(TestSpark.session(), List.of(before)).drop(PostFields.AUTHOR_CREATED_AT)
                .write().partitionBy(PostFields.DAY).parquet(zone);
        CuratedPosts.append(curated(TestSpark.session(), List.of(after)), zone);

        Map<String, Row> byId = CuratedPosts.read(TestSpark.session(), zone).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(PostFields.ID), r -> r));
        assertThat(byId.get("x:1").<Timestamp>getAs(PostFields.AUTHOR_CREATED_AT)).isNull();
        assertThat(byId.get("x:1").<String>getAs(PostFields.TEXT)).isEqualTo("air mati");
        assertThat(byId.get("x:2").<Timestamp>getAs(PostFields.AUTHOR_CREATED_AT).toInstant())
                .isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
    }

    @Test
    void aPostAsARowKeepsTheAccountAge() {
        var post = post("1", "ana", "air mati", "2024-07-11T02:00:00Z")
                .authorCreatedAt(Instant.parse("2024-07-01T00:00:00Z")).build();
        Row row = TestSpark.session().createDataFrame(List.of(CuratedPosts.toRow(post)), CuratedPosts.SCHEMA).first();
        assertThat(row.<Timestamp>getAs(PostFields.AUTHOR_CREATED_AT).toInstant())
                .isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
        assertThat(row.<String>getAs(PostFields.AUTHOR_HANDLE)).isEqualTo("ana");
        assertThat(row.<String>getAs(PostFields.TEXT)).isEqualTo("air mati");
    }

    @Test
    void aZoneThatDoesNotExistYetReadsAsEmpty(@TempDir Path dir) {
        assertThat(CuratedPosts.read(TestSpark.session(), dir.resolve("nothing").toUri().toString()).count()).isZero();
    }
}

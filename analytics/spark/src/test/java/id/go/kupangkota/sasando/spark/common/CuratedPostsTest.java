package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static id.go.kupangkota.sasando.spark.Fixtures.writeCurated;
import static org.assertj.core.api.Assertions.assertThat;

class CuratedPostsTest {
    private final SparkSession spark = TestSpark.session();
    private final Configuration hadoop = spark.sparkContext().hadoopConfiguration();

    /** Every column set, with the awkward cases: an empty list, a null list, non-ASCII text, nanoseconds. */
    private static Post everyColumn() {
        return everyColumn("1");
    }

    private static Post everyColumn(String nativeId) {
        return tagged(post(nativeId, "ana", "Air su mati 3 hari di Oebobo 😡 — bom ikan lagi?", "2024-07-11T02:00:00.123456789Z"),
                "negative", "anger", List.of("provokasi"), List.of("layanan_publik", "provokasi"), "Oebobo")
                .url("https://x.com/ana/status/1").query("air kupang").authorName("Ana Ndoen")
                .authorCreatedAt(Instant.parse("2020-01-02T03:04:05Z")).title("judul").likeCount(3L)
                .replyCount(0L).repostCount(2L).quoteCount(1L).viewCount(1200L)
                .hashtags(List.of("kupang", "airmati")).mentions(List.of()).links(null)
                .replyTo("x:0").quoteOf("x:9").repostOf(null).sentimentScore(0.93).riskScore(0.61)
                .evidence(List.of(new Evidence("provokasi", "bom", 34, 37), new Evidence("provokasi", "lagi", 43, 47)))
                .terms(List.of("air", "mati", "hari", "oebobo")).build();
    }

    @Test
    void aPostReadsBackFromTheWriterExactlyAsFromSparksOwnWriter(@TempDir Path dir) {
        Post post = everyColumn();
        String ours = dir.resolve("ours").toUri().toString();
        String sparks = dir.resolve("sparks").toUri().toString();
        writeCurated(spark, List.of(post), ours);
        curated(spark, List.of(post)).write().partitionBy(PostFields.DAY).parquet(sparks);

        Row fromOurs = CuratedPosts.readAll(spark, ours).first();
        Row fromSparks = CuratedPosts.readAll(spark, sparks).first();

        assertThat(fromOurs).isEqualTo(fromSparks);
        assertThat(fromOurs.<String>getAs(PostFields.TEXT)).isEqualTo(post.text());
        assertThat(fromOurs.<Timestamp>getAs(PostFields.CREATED_AT).toInstant())
                .isEqualTo(Instant.parse("2024-07-11T02:00:00.123456Z")); // Spark keeps microseconds
        assertThat(fromOurs.getList(fromOurs.fieldIndex(PostFields.MENTIONS))).isEmpty();
        assertThat(fromOurs.isNullAt(fromOurs.fieldIndex(PostFields.LINKS))).isTrue();
        assertThat(fromOurs.<Row>getList(fromOurs.fieldIndex(PostFields.EVIDENCE)).get(0).<Integer>getAs("end")).isEqualTo(37);
        // without a schema given, Spark reads the one stored in the footer
        // (the partition column last)
        StructField[] expected = Stream.concat(
                Arrays.stream(CuratedPosts.SCHEMA.fields()).filter(f -> !f.name().equals(PostFields.DAY)),
                Stream.of(CuratedPosts.SCHEMA.apply(PostFields.DAY))).toArray(StructField[]::new);
        assertThat(spark.read().parquet(ours).schema()).isEqualTo(new StructType(expected));
    }

    /**
     * Posts that vary in every way a column can (null, empty and one- to many-element lists, null
     * list elements, evidence with a null field, missing counts), several days and, with a tiny row
     * group size, several row groups per file: read back, they equal what Spark's writer stores.
     */
    @Test
    void manyPostsOfEveryShapeAcrossRowGroupsReadBackAsFromSparksOwnWriter(@TempDir Path dir) throws IOException {
        java.util.Random random = new java.util.Random(7);
        List<List<String>> lists = Arrays.asList(null, List.of(), List.of("kupang"), List.of("a", "b", "c"),
                Arrays.asList("x", null, "z"), Arrays.asList((String) null), List.of("ñ", "😡", "beta sonde"));
        List<List<Evidence>> evidence = Arrays.asList(null, List.of(), List.of(new Evidence("hoaks", "hoaks", 0, 5)),
                List.of(new Evidence(null, "bom", 3, 6), new Evidence("provokasi", null, 7, 9),
                        new Evidence("terorisme", "teror", 10, 15)));
        List<Post> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Post base = everyColumn(String.valueOf(i));
            posts.add(base.toBuilder()
                    .createdAt(base.createdAt().plusSeconds(3_600L * random.nextInt(72)))
                    .text(random.nextInt(5) == 0 ? null : "teks " + i + " " + "a".repeat(random.nextInt(300)))
                    .likeCount(random.nextBoolean() ? null : (long) random.nextInt(1_000))
                    .sentimentScore(random.nextBoolean() ? null : random.nextDouble())
                    .authorCreatedAt(random.nextBoolean() ? null : base.authorCreatedAt())
                    .hashtags(lists.get(random.nextInt(lists.size())))
                    .mentions(lists.get(random.nextInt(lists.size())))
                    .terms(lists.get(random.nextInt(lists.size())))
                    .evidence(evidence.get(random.nextInt(evidence.size())))
                    .build());
        }
        posts = posts.stream().map(p -> p.toBuilder().day(Wita.dayKey(p.createdAt())).week(Wita.weekKey(p.createdAt()))
                .build()).toList();
        String ours = dir.resolve("ours").toUri().toString();
        String sparks = dir.resolve("sparks").toUri().toString();
        try (CuratedWriter writer = new CuratedWriter(ours, hadoop, "t", 64 * 1024)) {
            for (Post post : posts) {
                writer.write(post);
            }
            writer.commit();
        }
        curated(spark, posts).write().partitionBy(PostFields.DAY).parquet(sparks);

        List<Row> fromOurs = CuratedPosts.readAll(spark, ours).orderBy(PostFields.ID).collectAsList();
        List<Row> fromSparks = CuratedPosts.readAll(spark, sparks).orderBy(PostFields.ID).collectAsList();
        assertThat(fromOurs).hasSize(posts.size()).isEqualTo(fromSparks);
        long days = posts.stream().map(Post::day).distinct().count();
        assertThat(days).isGreaterThan(2);
        try (var files = Files.walk(dir.resolve("ours"))) {
            List<Path> parquet = files.filter(f -> f.toString().endsWith(".parquet")).toList();
            assertThat(parquet).hasSize((int) days);
            int mostRowGroups = 0;
            for (Path file : parquet) {
                mostRowGroups = Math.max(mostRowGroups, footer(file.getParent()).getBlocks().size());
            }
            assertThat(mostRowGroups).as("row groups in the largest file").isGreaterThan(1);
        }
    }

    @Test
    void theFilesHaveTheParquetSchemaSparkWritesForTheColumns(@TempDir Path dir) throws IOException {
        Post post = everyColumn();
        String ours = dir.resolve("ours").toUri().toString();
        String sparks = dir.resolve("sparks").toUri().toString();
        writeCurated(spark, List.of(post), ours);
        String before = spark.conf().get("spark.sql.parquet.outputTimestampType");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        try {
            curated(spark, List.of(post)).write().partitionBy(PostFields.DAY).parquet(sparks);
        } finally {
            spark.conf().set("spark.sql.parquet.outputTimestampType", before);
        }

        assertThat(footerSchema(dir.resolve("ours"))).isEqualTo(footerSchema(dir.resolve("sparks")));
    }

    @Test
    void onlyColumnsWithAFixedVocabularyGetADictionary(@TempDir Path dir) throws IOException {
        // many posts alike (a dictionary only stays when it is smaller than the plain values)
        List<Post> posts = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> everyColumn(String.valueOf(i)).toBuilder().text("teks " + i).build()).toList();
        writeCurated(spark, posts, dir.resolve("posts").toUri().toString());
        Map<String, Boolean> dictionary = footer(dir.resolve("posts")).getBlocks().get(0).getColumns().stream()
                .collect(Collectors.toMap(c -> c.getPath().toDotString(), ColumnChunkMetaData::hasDictionaryPage));
        assertThat(dictionary).containsEntry(PostFields.SENTIMENT, true).containsEntry(PostFields.KECAMATAN, true)
                .containsEntry(PostFields.TOPICS + ".list.element", true).containsEntry(PostFields.QUERY, true)
                .containsEntry(PostFields.AUTHOR_HANDLE, false).containsEntry(PostFields.HASHTAGS + ".list.element", false)
                .containsEntry(PostFields.EVIDENCE + ".list.element.term", false)
                .containsEntry(PostFields.ID, false).containsEntry(PostFields.TEXT, false)
                .containsEntry(PostFields.TERMS + ".list.element", false).containsEntry(PostFields.CREATED_AT, false);
    }

    @Test
    void readsTheLatestRowOfAPostAppendedTwice(@TempDir Path dir) {
        var first = tagged(post("1", "ana", "air mati", "2024-07-11T02:00:00Z"), "negative", "anger",
                List.of(), List.of("layanan_publik"), "Alak").build();
        var retagged = first.toBuilder().sentiment("neutral").taggedAt(Instant.parse("2024-09-01T00:00:00Z")).build();
        String zone = dir.resolve("posts").toUri().toString();
        writeCurated(spark, List.of(first), zone);
        writeCurated(spark, List.of(retagged), zone);

        assertThat(CuratedPosts.readAll(spark, zone).count()).isEqualTo(2);
        List<Row> current = CuratedPosts.read(spark, zone).collectAsList();
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
        // the zone as a release without author_created_at wrote it, with Spark's own writer
        curated(spark, List.of(before)).drop(PostFields.AUTHOR_CREATED_AT)
                .write().partitionBy(PostFields.DAY).parquet(zone);
        writeCurated(spark, List.of(after), zone);

        Map<String, Row> byId = CuratedPosts.read(spark, zone).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(PostFields.ID), r -> r));
        assertThat(byId.get("x:1").<Timestamp>getAs(PostFields.AUTHOR_CREATED_AT)).isNull();
        assertThat(byId.get("x:1").<String>getAs(PostFields.TEXT)).isEqualTo("air mati");
        assertThat(byId.get("x:2").<Timestamp>getAs(PostFields.AUTHOR_CREATED_AT).toInstant())
                .isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
    }

    @Test
    void filesAreVisibleOnlyAfterCommitAndAnAbandonedWriterLeavesNothing(@TempDir Path dir) throws IOException {
        String zone = dir.resolve("posts").toUri().toString();
        Post a = tagged(post("1", "ana", "air mati", "2024-07-11T02:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).build();
        Post b = tagged(post("2", "budi", "jalan rusak", "2024-07-12T02:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).build();
        try (CuratedWriter writer = new CuratedWriter(zone, hadoop, "t1")) {
            writer.write(a);
            writer.write(b);
            assertThat(CuratedPosts.readAll(spark, zone).count()).isZero();
            // not committed: a failed task
        }
        assertThat(filesUnder(dir.resolve("posts"))).isEmpty();

        try (CuratedWriter writer = new CuratedWriter(zone, hadoop, "t2")) {
            writer.write(a);
            writer.write(b);
            writer.commit();
        }
        assertThat(filesUnder(dir.resolve("posts")))
                .allMatch(name -> name.startsWith("part-t2-") && name.endsWith(".zstd.parquet"))
                .hasSize(2); // one file per WITA day
        assertThat(Files.isDirectory(dir.resolve("posts/day=2024-07-12"))).isTrue();
        assertThat(CuratedPosts.readAll(spark, zone).count()).isEqualTo(2);
    }

    @Test
    void aRetagWritesBesideTheZoneAndThenTakesItsPlace(@TempDir Path dir) {
        Clock clock = Clock.fixed(Instant.parse("2024-09-01T00:00:00Z"), ZoneOffset.UTC);
        String zone = dir.resolve("posts").toUri().toString();
        Post old = tagged(post("1", "ana", "air mati", "2024-07-11T02:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).build();
        writeCurated(spark, List.of(old), zone);

        String staging = CuratedPosts.staging(spark, zone, clock);
        writeCurated(spark, List.of(old.toBuilder().sentiment("neutral").build()), staging);
        assertThat(CuratedPosts.readAll(spark, zone).first().<String>getAs(PostFields.SENTIMENT)).isEqualTo("negative");
        CuratedPosts.replace(spark, staging, zone, clock);

        assertThat(CuratedPosts.readAll(spark, zone).collectAsList())
                .extracting(r -> r.<String>getAs(PostFields.SENTIMENT)).containsExactly("neutral");
        assertThat(dir.toFile().list()).containsExactly("posts");

        // a re-tag of an empty landing zone leaves an empty zone that still reads
        String empty = CuratedPosts.staging(spark, zone, clock);
        CuratedPosts.replace(spark, empty, zone, clock);
        assertThat(CuratedPosts.read(spark, zone).count()).isZero();
        assertThat(dir.toFile().list()).containsExactly("posts");
    }

    @Test
    void aZoneThatDoesNotExistYetReadsAsEmpty(@TempDir Path dir) {
        assertThat(CuratedPosts.read(spark, dir.resolve("nothing").toUri().toString()).count()).isZero();
    }

    private MessageType footerSchema(Path zone) throws IOException {
        return footer(zone).getFileMetaData().getSchema();
    }

    private ParquetMetadata footer(Path zone) throws IOException {
        Path file = filesUnder(zone).stream().map(name -> findFile(zone, name)).findFirst().orElseThrow();
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), hadoop))) {
            return reader.getFooter();
        }
    }

    private static Path findFile(Path zone, String name) {
        try (Stream<Path> files = Files.walk(zone)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Data files (not Spark's _SUCCESS or checksum files), hidden ones included. */
    private static List<String> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".parquet")).toList();
        }
    }
}

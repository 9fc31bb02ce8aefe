package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.CuratedWriter;
import id.go.kupangkota.sasando.core.time.Wita;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small posts, landing files and curated tables for the tests. */
public final class Fixtures {
    public static final Instant TAGGED_AT = Instant.parse("2024-08-01T00:00:00Z");

    private Fixtures() {
    }

    /** A post on X by {@code author}, created at an ISO instant. */
    public static Post.Builder post(String nativeId, String author, String text, String createdAt) {
        return Post.builder("x", nativeId)
                .authorHandle(author)
                .authorKey("k-" + author)
                .text(text)
                .lang("id")
                .createdAt(Instant.parse(createdAt))
                .ingestedAt(Instant.parse(createdAt).plusSeconds(60));
    }

    /**
     * The project's seed document (../shared/seed) as the news source lands it: 11 July 2024, 10:00 WITA.
     * Tests that need it are skipped where the shared folder is absent.
     */
    public static Post seed(Instant fetchedAt) throws IOException {
        String shared = System.getProperty("sasando.shared.dir");
        Assumptions.assumeTrue(shared != null, "sasando.shared.dir not set");
        Path file = Path.of(shared, "seed", "000_8d77fee117b11b6c.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "seed document absent: " + file);
        return Post.builder("news", "8d77fee117b11b6c")
                .url("https://example.org/kim-kupang")
                .title("Pemkot Kupang bina Komunitas Informasi Masyarakat")
                .text(Files.readString(file))
                .lang("id")
                .createdAt(Instant.parse("2024-07-11T02:00:00Z"))
                .ingestedAt(fetchedAt)
                .build();
    }

    public static String landingLine(Post post, Instant fetchedAt) {
        // as ingest lands a post (SourceRunner): its ingest time is the fetch time
        Post landed = post.toBuilder().ingestedAt(fetchedAt).build();
        try {
            return Json.MAPPER.writeValueAsString(new LandingRecord(landed.source(), "test", fetchedAt, "test-1",
                    "{}", landed, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a landing file the way ingest does: hidden name first, then renamed into place. */
    public static Path writeLanding(Path landingRoot, String source, LocalDate day, List<String> lines) {
        try {
            Path dir = Files.createDirectories(new LandingZone(landingRoot).dayDir(source, day));
            String name = "part-" + System.currentTimeMillis() + "-" + UUID.randomUUID() + LandingZone.SUFFIX;
            Path hidden = dir.resolve(LandingZone.HIDDEN_PREFIX + name);
            Files.write(hidden, lines);
            return Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the enrichment by hand (so roll-up tests count known values), with the WITA day and week
     * of the post's creation as core's {@link Wita} cuts them.
     */
    public static Post.Builder tagged(Post.Builder post, String sentiment, String emotion, List<String> risk,
                                      List<String> topics, String kecamatan) {
        Instant created = post.build().createdAt();
        return post.sentiment(sentiment).sentimentScore(0.9).emotion(emotion).risk(risk)
                .riskScore(risk.isEmpty() ? 0.0 : 0.8).topics(topics).stance("none").kecamatan(kecamatan)
                .day(Wita.dayKey(created)).week(Wita.weekKey(created))
                .pipelineVersion("test").taggedAt(TAGGED_AT);
    }

    /** Posts as the curated zone holds them (already enriched). */
    public static Dataset<Row> curated(SparkSession spark, List<Post> posts) {
        List<String> json = new ArrayList<>();
        for (Post p : posts) {
            try {
                json.add(Json.MAPPER.writeValueAsString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CuratedPosts.fromJson(spark.createDataset(json, Encoders.STRING()));
    }

    /** Writes posts into a curated zone as the enrich job does ({@link CuratedWriter}). */
    public static void writeCurated(SparkSession spark, List<Post> posts, String zone) {
        try {
            CuratedWriter.writeAll(posts, zone, spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

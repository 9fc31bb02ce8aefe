package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.ReadModelScope.DayTagging;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static id.go.kupangkota.sasando.spark.Fixtures.writeCurated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' scope from the curated zone's file listing and Parquet footers: the same days and
 * tagging times as a scan of the rows, and the periods a pipeline run recomputes after new posts.
 */
class ReadModelRunsTest {
    private static final Instant RUN_1 = Instant.parse("2024-08-01T00:00:00Z");
    private static final Instant RUN_2 = Instant.parse("2024-08-02T00:00:00Z");

    private final SparkSession spark = TestSpark.session();
    private Zones zones;

    @BeforeEach
    void freshZones(@TempDir Path dir) {
        zones = new Zones(dir.resolve("landing").toUri().toString(), dir.resolve("curated").toUri().toString(),
                dir.resolve("checkpoints").toUri().toString());
        new Marker(zones.taggerVersion(), spark.sparkContext().hadoopConfiguration()).write("v1");
    }

    private static Post on(String id, String createdAt, Instant taggedAt) {
        return tagged(post(id, "ana", "air mati", createdAt), "negative", "anger", List.of(), List.of(), null)
                .pipelineVersion("v1").taggedAt(taggedAt).build();
    }

    private List<DayTagging> footers() {
        return CuratedFooters.days(zones.posts(), spark.sparkContext().hadoopConfiguration()).orElseThrow().stream()
                .sorted(Comparator.comparing(DayTagging::day)).toList();
    }

    private List<DayTagging> scanned() {
        return ReadModelRuns.scan(spark, zones).stream().sorted(Comparator.comparing(DayTagging::day)).toList();
    }

    @Test
    void theFootersGiveTheDaysAndTaggingTimesAScanOfTheRowsGives() {
        writeCurated(spark, List.of(on("1", "2024-07-10T02:00:00Z", RUN_1), on("2", "2024-07-11T02:00:00Z", RUN_1)),
                zones.posts());
        writeCurated(spark, List.of(on("3", "2024-07-11T05:00:00Z", RUN_2), on("1", "2024-07-10T02:00:00Z", RUN_2),
                on("4", "2024-07-12T05:00:00Z", null)), zones.posts());

        assertThat(footers()).containsExactly(
                new DayTagging("2024-07-10", RUN_1, RUN_2), new DayTagging("2024-07-11", RUN_1, RUN_2),
                new DayTagging("2024-07-12", Instant.EPOCH, Instant.EPOCH));
        assertThat(footers()).isEqualTo(scanned());
    }

    @Test
    void filesBeingWrittenAreNotCounted() throws Exception {
        writeCurated(spark, List.of(on("1", "2024-07-10T02:00:00Z", RUN_1)), zones.posts());
        Path day = Path.of(java.net.URI.create(zones.posts())).resolve(PostFields.DAY + "=2024-07-10");
        try (var files = Files.list(day)) {
            Path file = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.copy(file, day.resolve(".part-in-progress.zstd.parquet"));
        }

        assertThat(footers()).containsExactly(new DayTagging("2024-07-10", RUN_1, RUN_1));
    }

    @Test
    void aZoneWithoutTimestampStatisticsIsScanned() {
        // Spark's own writer stores timestamps as INT96, for which Parquet keeps no minimum or maximum
        curated(spark, List.of(on("1", "2024-07-10T02:00:00Z", RUN_1))).write().partitionBy(PostFields.DAY)
                .parquet(zones.posts());

        assertThat(CuratedFooters.days(zones.posts(), spark.sparkContext().hadoopConfiguration())).isEmpty();
        ReadModelScope scope = ReadModelRuns.plan(spark, zones, false);
        assertThat(scope.taggedThrough()).isEqualTo(RUN_1);
        assertThat(scope.firstDay()).hasToString("2024-07-10");
    }

    @Test
    void noZoneYetHasNoDays() {
        assertThat(footers()).isEmpty();
        assertThat(ReadModelRuns.plan(spark, zones, false).full()).isTrue();
    }

    @Test
    void aRunAfterNewPostsTouchesTheirDaysANewDayDirectoryAndAnOldWeekOfALatePost() {
        writeCurated(spark, List.of(on("1", "2024-06-03T02:00:00Z", RUN_1), on("2", "2024-07-10T02:00:00Z", RUN_1),
                on("3", "2024-07-11T02:00:00Z", RUN_1)), zones.posts());
        ReadModelScope first = ReadModelRuns.plan(spark, zones, false);
        assertThat(first.full()).isTrue();
        ReadModelRuns.done(spark, zones, first);
        assertThat(ReadModelRuns.plan(spark, zones, false).nothingNew()).isTrue();

        // a post of a new day, and a late one for a day of June
        writeCurated(spark, List.of(on("4", "2024-07-12T02:00:00Z", RUN_2), on("5", "2024-06-04T02:00:00Z", RUN_2)),
                zones.posts());
        ReadModelScope second = ReadModelRuns.plan(spark, zones, false);

        assertThat(second.full()).isFalse();
        assertThat(second.since()).isEqualTo(RUN_1);
        assertThat(second.taggedThrough()).isEqualTo(RUN_2);
        assertThat(second.touched().dayKeys()).containsExactly("2024-06-04", "2024-07-12");
        assertThat(second.touched().weekKeys()).containsExactly("2024-W23", "2024-W28");
        assertThat(ReadModelRuns.plan(spark, zones, true).fullReason()).isEqualTo("asked (--full)");
    }

    @Test
    void aRewrittenZoneIsRecomputedWhole() {
        writeCurated(spark, List.of(on("1", "2024-07-10T02:00:00Z", RUN_1)), zones.posts());
        ReadModelRuns.done(spark, zones, ReadModelRuns.plan(spark, zones, false));
        // a re-tag writes the zone anew: every row tagged after the previous run
        String retagged = CuratedPosts.staging(spark, zones.posts(), java.time.Clock.systemUTC());
        writeCurated(spark, List.of(on("1", "2024-07-10T02:00:00Z", RUN_2)), retagged);
        CuratedPosts.replace(spark, retagged, zones.posts(), java.time.Clock.systemUTC());

        assertThat(ReadModelRuns.plan(spark, zones, false).fullReason())
                .isEqualTo("the curated zone was rewritten (re-tag)");
    }
}

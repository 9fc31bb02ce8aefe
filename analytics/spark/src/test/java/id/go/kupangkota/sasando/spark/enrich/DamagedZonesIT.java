package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.spark.CapturedLog;
import id.go.kupangkota.sasando.spark.PipelineJob;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.writeLanding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The curated zone or the enrich checkpoint deleted or damaged by hand between two runs: the job says
 * what happened and what to run, rather than a Spark trace or a silent loss. Parquet only (no
 * Elasticsearch needed to damage files).
 */
class DamagedZonesIT {
    private static final LocalDate DAY = LocalDate.parse("2024-07-11");
    private static final Instant FETCHED = Instant.parse("2024-07-11T04:00:00Z");

    @TempDir
    Path home;
    private SasandoSettings settings;

    @BeforeEach
    void onePostEnriched() throws Exception {
        settings = new SasandoSettings(home, "http://127.0.0.1:9", null, null, "sasando-");
        land("101");
        EnrichJob.run(TestSpark.session(), args());
    }

    private void land(String id) {
        writeLanding(settings.landingDir(), "x", DAY,
                List.of(landingLine(post(id, "ana", "Air PDAM su mati di Oebobo", "2024-07-11T01:00:00Z").build(), FETCHED)));
    }

    private EnrichJob.Args args() {
        return new EnrichJob.Args(Zones.of(settings), null, EnrichJob.Mode.ONCE, Duration.ofSeconds(1), 100);
    }

    private Path local(String uri) {
        return Path.of(URI.create(uri));
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String operatorMessage(Throwable e) {
        return JobFailure.message(new JobFailure.StageException("enrich", e), "sasando pipeline", "./sasando pipeline",
                null, false);
    }

    @Test
    void aDeletedCuratedZoneIsNamedWithTheReTagThatRebuildsIt() throws Exception {
        delete(local(Zones.of(settings).posts()));
        land("102");

        assertThatThrownBy(() -> EnrichJob.run(TestSpark.session(), args()))
                .satisfies(e -> assertThat(operatorMessage(e)).contains(Zones.of(settings).posts())
                        .contains("./sasando pipeline --retag"));
    }

    @Test
    void aDamagedCheckpointIsNamedWithWhatToMoveAsideAndRun() throws Exception {
        Path offsets = local(Zones.of(settings).checkpoint("enrich")).resolve("offsets");
        try (Stream<Path> files = Files.list(offsets)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Files.writeString(f, "\u0000\u0000garbage");
            }
        }
        land("102");

        assertThatThrownBy(() -> EnrichJob.run(TestSpark.session(), args()))
                .satisfies(e -> assertThat(operatorMessage(e)).contains(Zones.of(settings).checkpoint("enrich"))
                        .contains("Move it aside").contains("run ./sasando pipeline again"));
    }

    @Test
    void aDeletedCheckpointReadsEveryLandingFileAgainAndSaysSo() throws Exception {
        delete(local(Zones.of(settings).checkpoint("enrich")));

        EnrichJob.Result again;
        try (CapturedLog log = new CapturedLog()) {
            again = EnrichJob.run(TestSpark.session(), args());
            assertThat(log.text()).contains("WARN").contains("every landing file is read again").contains("--retag");
        }
        assertThat(again.tagged()).isEqualTo(1);
    }

    @Test
    void aDamagedCuratedFileIsNamedWithTheReTagThatRewritesTheZone() throws Exception {
        Path damaged;
        try (Stream<Path> files = Files.walk(local(Zones.of(settings).posts()))) {
            damaged = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.writeString(damaged, "not parquet any more");
        Files.deleteIfExists(damaged.resolveSibling("." + damaged.getFileName() + ".crc"));
        land("102");

        assertThatThrownBy(() -> PipelineJob.run(TestSpark.session(),
                PipelineJob.Args.parse(new String[]{"--no-es"}, settings)))
                .satisfies(e -> assertThat(JobFailure.message(e, "sasando pipeline", "./sasando pipeline", null, false))
                        .contains(damaged.getFileName().toString()).contains("./sasando pipeline --retag"));

        PipelineJob.run(TestSpark.session(), PipelineJob.Args.parse(new String[]{"--retag", "--no-es"}, settings));
        assertThat(id.go.kupangkota.sasando.spark.common.CuratedPosts.read(TestSpark.session(),
                Zones.of(settings).posts()).count()).isEqualTo(2);
    }
}

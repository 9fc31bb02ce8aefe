package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Elasticsearch gone after enrich: the failure names the roll-ups stage and says nothing is lost. */
class PipelineJobFailureTest {
    @TempDir
    Path home;

    @Test
    void elasticsearchDownAtTheRollupsStageNamesTheStage() {
        String closed = "http://127.0.0.1:" + EmbeddedElasticsearch.freePort();
        SasandoSettings settings = new SasandoSettings(home, closed, null, null, "sasando-");
        // enrich without Elasticsearch succeeds; the read models then meet the closed port
        PipelineJob.Args parsed = PipelineJob.Args.parse(new String[]{"--no-es"}, settings);
        ReadModelArgs down = new ReadModelArgs(parsed.rollups().zones(), EsTarget.of(settings));
        PipelineJob.Args args = new PipelineJob.Args(parsed.enrich(), down, parsed.trends(), down, null, false);

        assertThatThrownBy(() -> PipelineJob.run(TestSpark.session(), args))
                .isInstanceOf(JobFailure.StageException.class)
                .satisfies(e -> assertThat(JobFailure.message(e, "sasando pipeline", "./sasando pipeline", closed, false))
                        .startsWith("sasando pipeline: the roll-ups stage failed because Elasticsearch at " + closed
                                + " is not reachable")
                        .contains("the landing zone and the curated Parquet hold the data"));
    }

    @Test
    void leftRunningAFailedRoundIsReportedAndTheNextOneTriesAgain() throws Exception {
        String closed = "http://127.0.0.1:" + EmbeddedElasticsearch.freePort();
        SasandoSettings settings = new SasandoSettings(home, closed, null, null, "sasando-");
        PipelineJob.Args parsed = PipelineJob.Args.parse(new String[]{"--no-es"}, settings);
        ReadModelArgs down = new ReadModelArgs(parsed.rollups().zones(), EsTarget.of(settings));
        PipelineJob.Args args = new PipelineJob.Args(parsed.enrich(), down, parsed.trends(), down,
                java.time.Duration.ofMillis(10), false);

        // both rounds meet the closed port; neither ends the loop
        assertThat(PipelineJob.runEvery(TestSpark.session(), args, closed, 2)).isEqualTo(2);
    }

    @Test
    void aZeroPauseBetweenRoundsIsRefusedSinceAFailingRoundWouldRerunWithoutABreak() {
        SasandoSettings settings = new SasandoSettings(home, "http://127.0.0.1:9200", null, null, "sasando-");
        assertThatThrownBy(() -> PipelineJob.Args.parse(new String[]{"--every", "0s"}, settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--every");
        assertThat(PipelineJob.describe(java.time.Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(PipelineJob.describe(java.time.Duration.ofSeconds(90))).isEqualTo("90 s");
    }
}

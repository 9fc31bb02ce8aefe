package id.go.kupangkota.sasando.spark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.writeLanding;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code --every} daemon through an outage: each failed round reported, the wait kept, the recovery said. */
@ExtendWith(ElasticsearchExtension.class)
class PipelineDaemonIT {
    private final ElasticsearchClient client = ElasticsearchExtension.client();

    @Test
    void aRoundWithElasticsearchDownIsLoggedTheDaemonWaitsAndTheNextRoundSaysItRecovered() throws Exception {
        SasandoSettings settings = ElasticsearchExtension.settings();
        Instant fetched = Instant.parse("2024-07-11T04:00:00Z");
        writeLanding(settings.landingDir(), "x", LocalDate.parse("2024-07-11"), List.of(
                landingLine(post("101", "ana", "Air PDAM su mati dari kemarin di Oebobo", "2024-07-11T01:00:00Z").build(), fetched),
                landingLine(post("102", "budi", "Jalan ke Alak rusak parah", "2024-07-11T03:00:00Z").build(), fetched)));
        int port = EmbeddedElasticsearch.freePort();
        String down = "http://127.0.0.1:" + port;
        PipelineJob.Args args = PipelineJob.Args.parse(new String[]{"--every", "7s"}, settings.withEsUrl(down));
        List<Duration> waits = new ArrayList<>();
        List<CuttableProxy> back = new ArrayList<>();

        long failed;
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            failed = PipelineJob.runEvery(TestSpark.session(), args, down, 2, wait -> {
                waits.add(wait);
                back.add(new CuttableProxy(settings.esUrl(), Integer.MAX_VALUE, port)); // Elasticsearch is back
            });
            log = captured.text();
        } finally {
            back.forEach(CuttableProxy::close);
        }

        assertThat(failed).isEqualTo(1);
        assertThat(waits).as("the daemon waits --every after a failed round, no faster").containsExactly(Duration.ofSeconds(7));
        assertThat(log).contains("ERROR id.go.kupangkota.sasando.spark.PipelineJob - sasando pipeline: the enrich stage failed"
                        + " because Elasticsearch at " + down + " is not reachable")
                .contains("Next round in 7 s")
                .contains("round 2 succeeded after 1 failed round");
        client.indices().refresh(r -> r.index(SasandoIndex.POSTS.alias(settings.indexPrefix())));
        assertThat(client.count(c -> c.index(SasandoIndex.POSTS.alias(settings.indexPrefix()))).count()).isEqualTo(2);
    }
}

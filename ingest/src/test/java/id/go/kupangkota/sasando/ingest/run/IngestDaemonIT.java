package id.go.kupangkota.sasando.ingest.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.coverage.Alert;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class IngestDaemonIT {
    @TempDir
    Path config;

    private IngestRuntime runtime(SasandoSettings settings) throws IOException {
        Files.writeString(config.resolve("sources.json"), """
                {"broken": {"enabled": true, "interval": "PT1H", "failure_alert_after": 1},
                 "healthy": {"enabled": true, "interval": "PT1H"},
                 "paused": {"enabled": false}}
                """);
        return new IngestRuntime(settings, ElasticsearchExtension.client(), config, Clock.systemUTC());
    }

    private static List<CoverageRecord> coverage(SasandoSettings settings) throws IOException {
        ElasticsearchClient client = ElasticsearchExtension.client();
        String index = SasandoIndex.COVERAGE.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(index));
        return client.search(s -> s.index(index).size(100), CoverageRecord.class).hits().hits().stream()
                .map(h -> h.source()).toList();
    }

    /** Waits (without asserting on time) until both enabled sources have a coverage record. */
    private static List<CoverageRecord> awaitRuns(SasandoSettings settings) throws Exception {
        for (int i = 0; i < 600; i++) {
            List<CoverageRecord> records = coverage(settings);
            if (records.stream().map(CoverageRecord::source).distinct().count() >= 2) {
                return records;
            }
            Thread.sleep(100);
        }
        return coverage(settings);
    }

    @Test
    void a_failing_source_raises_an_alert_and_never_stops_the_others() throws Exception {
        SasandoSettings settings = ElasticsearchExtension.settings();
        IngestRuntime runtime = runtime(settings);
        assertThat(runtime.connect()).isTrue();
        IngestDaemon daemon = new IngestDaemon(runtime, List.of(
                new ScriptedSource("broken", 10, 5).failAlways(),
                new ScriptedSource("healthy", 40, 10),
                new ScriptedSource("paused", 10, 5)));

        List<String> started = daemon.start();
        List<CoverageRecord> records = awaitRuns(settings);
        daemon.close();

        assertThat(started).containsExactly("broken", "healthy");
        assertThat(records).filteredOn(r -> r.source().equals("broken")).extracting(CoverageRecord::status)
                .containsOnly(RunStatus.FAILED);
        assertThat(records).filteredOn(r -> r.source().equals("healthy")).extracting(CoverageRecord::written)
                .containsExactly(39L); // one item in 97 has no text and is rejected
        assertThat(SourceHarness.in(settings.home()).landed("healthy")).hasSize(39);

        ElasticsearchClient client = ElasticsearchExtension.client();
        String alerts = SasandoIndex.ALERTS.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(alerts));
        List<Alert> raised = client.search(s -> s.index(alerts), Alert.class).hits().hits().stream().map(h -> h.source()).toList();
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("broken");
            assertThat(a.kind()).isEqualTo(Alert.SOURCE_FAILING);
            assertThat(a.lastError()).isEqualTo("credentials rejected");
        });
    }
}

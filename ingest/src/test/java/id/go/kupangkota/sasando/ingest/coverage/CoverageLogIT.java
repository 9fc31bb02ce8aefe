package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.source.Gap;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class CoverageLogIT {
    private static final Instant STARTED = Instant.parse("2024-07-11T02:00:00Z");

    private static CoverageRecord record(String runId) {
        return new CoverageRecord(runId + ":x:banjir", runId, "x", "banjir", "banjir kupang", "poll", STARTED,
                STARTED.plusSeconds(90), 120, 100, 15, 5, 1, 1, 61, 2,
                List.of(new Gap(STARTED.minusSeconds(86_400 * 8), STARTED.minusSeconds(86_400 * 7), "older than the search window")),
                RunStatus.PARTIAL, "rate limited until 2024-07-11T03:00:00Z (longer than max_rate_limit_wait=PT15M)",
                "x.rate_limited", Map.of("reset", "2024-07-11T03:00:00Z"), false, 1,
                List.of("banjir#1811233952363515905: no created_at: time taken from the post id"));
    }

    private static SasandoSettings readySettings() {
        SasandoSettings settings = ElasticsearchExtension.settings();
        IndexBootstrap bootstrap = new IndexBootstrap(ElasticsearchExtension.client(), settings.indexPrefix());
        bootstrap.ensure(SasandoIndex.COVERAGE);
        bootstrap.ensure(SasandoIndex.ALERTS);
        return settings;
    }

    private static CoverageRecord stored(SasandoSettings settings, String id) throws IOException {
        ElasticsearchClient client = ElasticsearchExtension.client();
        return client.get(g -> g.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id(id), CoverageRecord.class).source();
    }

    @Test
    void a_coverage_record_goes_to_elasticsearch_and_to_the_local_file() throws IOException {
        SasandoSettings settings = readySettings();
        CoverageLog log = new CoverageLog(settings, ElasticsearchExtension.client());

        assertThat(log.record(record("r1"))).isTrue();

        assertThat(stored(settings, "r1:x:banjir")).isEqualTo(record("r1"));
        assertThat(Files.readString(log.localFile("2024-07-11"))).contains("\"id\":\"r1:x:banjir\"");
        assertThat(log.pending()).isZero();
    }

    @Test
    void records_written_while_elasticsearch_is_down_are_kept_and_sent_when_it_is_back() throws IOException {
        SasandoSettings settings = readySettings();
        SasandoSettings unreachable = settings.withEsUrl("http://127.0.0.1:1");
        ElasticsearchClient down = EsClients.create(unreachable);
        try {
            CoverageLog offline = new CoverageLog(unreachable, down);
            assertThat(offline.record(record("r2"))).isFalse();
            assertThat(offline.pending()).isEqualTo(1);
            assertThat(Files.readString(offline.localFile("2024-07-11"))).contains("r2:x:banjir");
        } finally {
            EsClients.close(down);
        }

        CoverageLog back = new CoverageLog(settings, ElasticsearchExtension.client());
        assertThat(back.flush()).isTrue();

        assertThat(stored(settings, "r2:x:banjir")).isEqualTo(record("r2"));
        assertThat(back.pending()).isZero();
    }

    @Test
    void an_alert_is_stored_in_the_alerts_index_with_the_code_of_its_last_error() throws IOException {
        SasandoSettings settings = readySettings();
        CoverageLog log = new CoverageLog(settings, ElasticsearchExtension.client());
        Alert alert = Alert.raised("source_failing:x:2024-07-11", Alert.SOURCE_FAILING, "warning",
                "source 'x' failed 3 runs in a row", 3, record("r1"), STARTED);
        assertThat(alert.errorCode()).isEqualTo("x.rate_limited");
        assertThat(alert.query()).as("a source's alert, not a query's").isNull();

        assertThat(log.alert(alert)).isTrue();

        Alert stored = ElasticsearchExtension.client().get(g -> g.index(SasandoIndex.ALERTS.alias(settings.indexPrefix()))
                .id(alert.id()), Alert.class).source();
        assertThat(stored).isEqualTo(alert);
    }
}

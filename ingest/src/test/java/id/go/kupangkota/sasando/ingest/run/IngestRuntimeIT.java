package id.go.kupangkota.sasando.ingest.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class IngestRuntimeIT {
    private static final Instant STARTED = Instant.parse("2024-07-11T02:00:00Z");

    @TempDir
    Path config;

    private static CoverageRecord withWarnings(String runId) {
        return new CoverageRecord(runId + ":x:banjir", runId, "x", "banjir", "banjir kupang", "poll", STARTED,
                STARTED.plusSeconds(30), 3, 3, 0, 0, 0, 0, 0, 1, List.of(), RunStatus.PARTIAL,
                "stopped after max_pages_per_run=1; continues next run", "run.page_limit", Map.of("max_pages", "1"),
                false,
                2, List.of("banjir#1: no created_at: time taken from the post id", "banjir#2: no author_id: no handle, no author key"));
    }

    /** The coverage index as an older ingest made it: strict, without the fields added since (warnings, codes). */
    private static void createOldCoverageIndex(ElasticsearchClient client, String prefix) throws IOException {
        ObjectNode template = IndexBootstrap.spec(SasandoIndex.COVERAGE).path("template").deepCopy();
        ((ObjectNode) template.path("mappings").path("properties")).remove(List.of("warnings", "first_warnings",
                "error_code", "error_args"));
        byte[] body = template.toString().getBytes(StandardCharsets.UTF_8);
        client.indices().create(c -> c.withJson(new ByteArrayInputStream(body))
                .index(SasandoIndex.COVERAGE.versioned(prefix, 1))
                .aliases(SasandoIndex.COVERAGE.alias(prefix), a -> a.isWriteIndex(true)));
    }

    @Test
    void a_coverage_index_made_before_warnings_and_error_codes_existed_takes_them_once_ingest_connects()
            throws IOException {
        SasandoSettings settings = ElasticsearchExtension.settings();
        ElasticsearchClient client = ElasticsearchExtension.client();
        createOldCoverageIndex(client, settings.indexPrefix());
        IngestRuntime runtime = new IngestRuntime(settings, client, config, Clock.systemUTC());

        assertThat(runtime.connect()).isTrue();
        assertThat(runtime.coverage().record(withWarnings("r1"))).isTrue();

        CoverageRecord stored = client.get(g -> g.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id("r1:x:banjir"),
                CoverageRecord.class).source();
        assertThat(stored).isEqualTo(withWarnings("r1"));
    }
}

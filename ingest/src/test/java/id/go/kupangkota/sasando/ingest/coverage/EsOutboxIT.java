package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.testing.TestIndices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class EsOutboxIT {
    @TempDir
    Path dir;

    @Test
    void only_what_elasticsearch_refused_stays_pending() throws IOException {
        TestIndices es = TestIndices.with(SasandoIndex.ALERTS);
        ElasticsearchClient client = es.client();
        String index = es.alias(SasandoIndex.ALERTS);
        Path pending = dir.resolve("alerts.jsonl");
        EsOutbox outbox = new EsOutbox(client, index, pending);

        // the alerts mapping is strict: a field it does not know is refused
        assertThat(outbox.send("bad", Map.of("id", "bad", "colour", "red"))).isFalse();
        assertThat(outbox.send("good", Map.of("id", "good", "status", "open"))).isFalse();

        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(Files.readString(pending)).contains("\"bad\"").doesNotContain("\"good\"");
        assertThat(client.get(g -> g.index(index).id("good"), ObjectNode.class).found()).isTrue();
    }
}

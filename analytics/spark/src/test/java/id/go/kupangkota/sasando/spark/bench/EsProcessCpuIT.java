package id.go.kupangkota.sasando.spark.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ElasticsearchExtension.class)
class EsProcessCpuIT {
    private final ElasticsearchClient client = ElasticsearchExtension.client();

    @Test
    void readsTheNodesProcessCpuAndItGrowsWithIndexing() throws IOException, InterruptedException {
        double before = EsProcessCpu.seconds(client);
        assertThat(before).as("a running node has used CPU").isPositive();
        String index = "escpu-" + System.nanoTime();
        for (int i = 0; i < 200; i++) {
            int n = i;
            client.index(r -> r.index(index).id("d" + n).document(Map.of("text", "dokumen nomor " + n)));
        }
        client.indices().refresh(r -> r.index(index));
        // the node caches its process stats for a second (monitor.process.refresh_interval), and a node warmed
        // up by the tests before indexes 200 documents faster than that: ask again until the figure moves
        double after = EsProcessCpu.seconds(client);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (after <= before && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = EsProcessCpu.seconds(client);
        }
        client.indices().delete(d -> d.index(index));
        assertThat(after).as("200 documents indexed one by one").isGreaterThan(before);
    }

    @Test
    void sumsEveryNodeAndRefusesAnswersWithoutTheFigure() throws IOException {
        assertThat(EsProcessCpu.sum(Json.MAPPER.readTree(
                "{\"nodes\":{\"a\":{\"process\":{\"cpu\":{\"total_in_millis\":1500}}},"
                        + "\"b\":{\"process\":{\"cpu\":{\"total_in_millis\":250}}}}}"))).isEqualTo(1.75);
        assertThatThrownBy(() -> EsProcessCpu.sum(Json.MAPPER.readTree("{}"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> EsProcessCpu.sum(Json.MAPPER.readTree("{\"nodes\":{\"a\":{\"process\":{}}}}")))
                .isInstanceOf(IOException.class).hasMessageContaining("no process CPU");
    }
}

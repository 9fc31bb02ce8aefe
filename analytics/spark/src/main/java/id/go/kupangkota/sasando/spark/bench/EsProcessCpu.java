package id.go.kupangkota.sasando.spark.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.EsClients;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * The CPU time Elasticsearch's own processes have used, as its nodes report it
 * ({@code _nodes/stats/process}): the benchmark reads it before and after a run, so that the
 * indexing work it causes on the cluster is a figure beside the Spark JVM's. On the one-machine set-up
 * this is the CPU that Elasticsearch takes from the cores Spark runs on.
 */
final class EsProcessCpu {
    private EsProcessCpu() {
    }

    /** CPU seconds used so far by the processes of every node of the cluster. */
    static double seconds(ElasticsearchClient client) throws IOException {
        Request request = new Request("GET", "/_nodes/stats/process");
        request.addParameter("filter_path", "nodes.*.process.cpu.total_in_millis");
        Response response = EsClients.restClient(client, "EsProcessCpu").performRequest(request);
        try (InputStream in = response.getEntity().getContent()) {
            return sum(Json.MAPPER.readTree(in));
        }
    }

    /** The nodes' {@code process.cpu.total_in_millis}, summed, in seconds; a node without it is an error. */
    static double sum(JsonNode stats) throws IOException {
        JsonNode nodes = stats.path("nodes");
        if (!nodes.isObject() || nodes.isEmpty()) {
            throw new IOException("no node stats in " + stats);
        }
        long millis = 0;
        for (JsonNode node : nodes) {
            JsonNode total = node.path("process").path("cpu").path("total_in_millis");
            if (!total.canConvertToLong()) {
                throw new IOException("a node reports no process CPU time: " + node);
            }
            millis += total.asLong();
        }
        return millis / 1e3;
    }
}

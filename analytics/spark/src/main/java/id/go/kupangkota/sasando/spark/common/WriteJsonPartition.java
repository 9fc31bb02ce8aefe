package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import org.apache.spark.api.java.function.ForeachPartitionFunction;

import java.util.Iterator;

/**
 * Writes one partition of JSON documents to an index with core's {@link BulkWriter}, keyed by each
 * document's own {@code id} field, so a rerun overwrites instead of duplicating. One client per
 * task, closed at the end; any item that failed fails the task (Spark retries it, harmlessly).
 */
public final class WriteJsonPartition implements ForeachPartitionFunction<String> {
    private final EsTarget target;
    private final String index;

    public WriteJsonPartition(EsTarget target, String index) {
        this.target = target;
        this.index = index;
    }

    @Override
    public void call(Iterator<String> documents) throws Exception {
        if (!documents.hasNext()) {
            return;
        }
        ElasticsearchClient client = target.client();
        try (BulkWriter<JsonNode> writer = new BulkWriter<>(client, index, WriteJsonPartition::idOf)) {
            while (documents.hasNext()) {
                writer.add(Json.MAPPER.readTree(documents.next()));
            }
        } finally {
            EsClients.close(client);
        }
    }

    private static String idOf(JsonNode document) {
        JsonNode id = document.get(PostFields.ID);
        if (id == null || id.asText().isEmpty()) {
            throw new IllegalArgumentException("document without an id: " + document);
        }
        return id.asText();
    }
}

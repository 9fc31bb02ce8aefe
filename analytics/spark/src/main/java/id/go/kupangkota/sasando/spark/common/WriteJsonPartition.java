package id.go.kupangkota.sasando.spark.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import org.apache.spark.api.java.function.ForeachPartitionFunction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Writes one partition of JSON documents to an index with core's {@link BulkWriter}, keyed by each
 * document's own {@code id} field, so a rerun overwrites instead of duplicating. Through the executor's
 * client ({@link EsTarget#executorClient}); any item that failed fails the task (Spark retries it,
 * harmlessly).
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
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(target.executorClient(), index)) {
            while (documents.hasNext()) {
                // the rows already carry the document's JSON: send those bytes, only read the id
                byte[] json = documents.next().getBytes(StandardCharsets.UTF_8);
                writer.addJson(idOf(json), json);
            }
        }
    }

    /** The top-level {@code id} field, read with the streaming parser (no tree is built). */
    static String idOf(byte[] json) throws IOException {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("document is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (PostFields.ID.equals(field) && value == JsonToken.VALUE_STRING && !parser.getText().isEmpty()) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
        }
        throw new IllegalArgumentException("document without an id: "
                + new String(json, 0, Math.min(json.length, 200), StandardCharsets.UTF_8));
    }
}

package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.Clock;

/** Writing a job's result to Elasticsearch, the serving copy that can always be rebuilt. */
public final class ElasticsearchOutput {
    private ElasticsearchOutput() {
    }

    /** Indexes JSON documents (each with an {@code id}) into an index or alias, one bulk writer per partition. */
    public static void write(Dataset<String> documents, EsTarget target, String index) {
        documents.foreachPartition(new WriteJsonPartition(target, index));
    }

    /**
     * Replaces a whole read model: the rows (each with an {@code id} column) go into a fresh index,
     * which then takes the alias. Used by jobs that recompute everything from the curated zone.
     */
    public static void replace(Dataset<Row> rows, EsTarget target, SasandoIndex index) {
        ElasticsearchClient client = target.client();
        try {
            IndexSwap swap = new IndexSwap(client, target.prefix(), Clock.systemUTC());
            String fresh = swap.create(index);
            write(rows.toJSON(), target, fresh);
            swap.swap(index, fresh);
        } finally {
            EsClients.close(client);
        }
    }
}

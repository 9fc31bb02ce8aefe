package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/** Writing a job's result to Elasticsearch, the serving copy that can always be rebuilt. */
public final class ElasticsearchOutput {
    private ElasticsearchOutput() {
    }

    /** Indexes JSON documents (each with an {@code id}) into an index or alias, one bulk writer per partition. */
    public static void write(Dataset<String> documents, EsTarget target, String index) {
        documents.foreachPartition(new WriteJsonPartition(target, index));
    }

    /** Indexes JSON documents (each with an {@code id}) from the driver: a few thousand, not worth a Spark job. */
    public static void write(List<String> documents, EsTarget target, String index) {
        try {
            new WriteJsonPartition(target, index).call(documents.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write documents to " + index, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write documents to " + index, e);
        }
    }

    /**
     * Deletes documents by id (a read model's documents that a recomputed period no longer has). Few, so
     * from the driver, in one bulk request per thousand; an id already gone is no failure.
     */
    public static void delete(List<String> ids, EsTarget target, String index) {
        if (ids.isEmpty()) {
            return;
        }
        ElasticsearchClient client = target.client();
        try {
            for (int from = 0; from < ids.size(); from += 1_000) {
                List<BulkOperation> deletes = ids.subList(from, Math.min(ids.size(), from + 1_000)).stream()
                        .map(id -> BulkOperation.of(b -> b.delete(d -> d.index(index).id(id)))).toList();
                BulkResponse response = client.bulk(b -> b.operations(deletes));
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null) {
                        throw new IllegalStateException("cannot delete " + item.id() + " from " + index + ": "
                                + item.error().reason());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete documents from " + index, e);
        } finally {
            EsClients.close(client);
        }
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
            try {
                write(rows.toJSON(), target, fresh);
                swap.swap(index, fresh);
            } catch (RuntimeException e) {
                swap.discard(index, fresh);
                throw e;
            }
        } finally {
            EsClients.close(client);
        }
    }
}

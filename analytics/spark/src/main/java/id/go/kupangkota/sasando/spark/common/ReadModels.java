package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.es.SasandoIndex;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a read model that a job recomputes whole from the curated posts (roll-ups, trends,
 * accounts, edges): it replaces its Parquet folder under the curated zone and, unless
 * Elasticsearch is off, a fresh index swapped in behind the model's alias.
 */
public final class ReadModels {
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    private ReadModels() {
    }

    /** @param es null to write Parquet only */
    public static long publish(Dataset<Row> rows, String dir, EsTarget es, SasandoIndex index) {
        Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            cached.write().mode(SaveMode.Overwrite).parquet(dir);
            if (es != null) {
                ElasticsearchOutput.replace(cached, es, index);
            }
            long n = cached.count();
            log.info("{}: {} documents written to {}{}", index.baseName(), n, dir,
                    es != null ? " and " + index.alias(es.prefix()) : "");
            return n;
        } finally {
            cached.unpersist();
        }
    }
}

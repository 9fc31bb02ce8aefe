package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static id.go.kupangkota.sasando.core.post.PostFields.ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

/**
 * Publishes a read model (roll-ups, trends, accounts, edges) computed from the curated posts.
 * {@link #publish}: recomputed whole, it replaces its Parquet folder under the curated zone and,
 * unless Elasticsearch is off, a fresh index swapped in behind the model's alias. {@link #update}:
 * recomputed for some periods only (the days or weeks new posts touched), it replaces those periods'
 * rows and documents and leaves the others as they are.
 */
public final class ReadModels {
    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);
    /** See {@link #driverRows()}. */
    public static final String DRIVER_ROWS_PROPERTY = "sasando.read-models.driver-rows";
    static final int DEFAULT_DRIVER_ROWS = 50_000;

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

    /**
     * Whether {@link #update} can work on what the previous runs left: the Parquet folders exist and, with
     * Elasticsearch, the alias points at indices a full publish filled with its template's current version
     * (after a template change only a full rebuild makes an index with the new mappings; after the indices
     * were deleted, only a full rebuild fills the new one).
     */
    public static boolean canUpdate(SparkSession spark, EsTarget es, SasandoIndex index, String... dirs) {
        for (String dir : dirs) {
            if (!CuratedPosts.exists(spark, dir)) {
                log.info("{}: no {} yet, recomputed whole", index.baseName(), dir);
                return false;
            }
        }
        if (es == null) {
            return true;
        }
        ElasticsearchClient client = es.client();
        try {
            String current = index.versioned(es.prefix(), new IndexBootstrap(client, es.prefix()).ensure(index));
            Set<String> behind = new IndexSwap(client, es.prefix(), Clock.systemUTC()).current(index);
            // a full publish names its index <versioned>-<timestamp>; the bare <versioned> is the empty index
            // IndexBootstrap makes when the alias is missing (the indices were deleted to be rebuilt)
            boolean upToDate = !behind.isEmpty() && behind.stream().allMatch(i -> i.startsWith(current + "-"));
            if (!upToDate) {
                log.info("{}: alias points at {}, not at a full build of template version {}: recomputed whole",
                        index.baseName(), behind, current);
            }
            return upToDate;
        } finally {
            EsClients.close(client);
        }
    }

    /**
     * Whether the Parquet folder {@code dir} has the {@code columns}, from one file's footer (no Spark job). A
     * read model whose key changed (accounts by platform instead of source) is recomputed whole when its folder
     * lacks them: {@link #update} would keep the other periods' rows in the old shape, which Elasticsearch's
     * template version does not catch without Elasticsearch ({@code --no-es}).
     */
    public static boolean hasColumns(SparkSession spark, String dir, String... columns) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path root = new Path(dir);
            FileSystem fs = root.getFileSystem(conf);
            for (FileStatus file : fs.exists(root) ? fs.listStatus(root) : new FileStatus[0]) {
                String name = file.getPath().getName();
                if (file.isFile() && name.endsWith(".parquet") && !CuratedFooters.hidden(name)) {
                    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
                        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                        boolean has = Arrays.stream(columns).allMatch(schema::containsField);
                        if (!has) {
                            log.info("{} has no column {}: written by an older job, recomputed whole", dir,
                                    Arrays.stream(columns).filter(c -> !schema.containsField(c)).toList());
                        }
                        return has;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the columns of " + dir, e);
        }
    }

    /**
     * Replaces the periods {@code keys} of column {@code period} (e.g. {@code day}) with {@code rows}, which
     * hold exactly those periods recomputed. Parquet: the folder is rewritten beside itself with the other
     * periods' rows unchanged, then takes its place. Elasticsearch: the rows are indexed under their ids
     * (so a rerun overwrites), and the documents those periods had before and no longer have (an alert a
     * raised baseline no longer gives) are deleted; documents of other periods are not touched.
     *
     * <p>After a usual run (a few new posts) the recomputed periods are a few thousand rows (a week of
     * accounts), so they are computed once and brought to the driver with their JSON documents: the Parquet
     * rewrite starts from them, the driver indexes them, and the ids to delete are a set difference on the
     * driver rather than a Spark join. On a small import Spark's fixed cost per job is most of a read model's
     * time. More rows than {@link #driverRows()} (a backfill of months) stay in the executors instead, where
     * the driver's heap does not bound them.
     *
     * @param es null to write Parquet only
     */
    public static long update(Dataset<Row> rows, String period, List<String> keys, String dir, EsTarget es,
                              SasandoIndex index) {
        SparkSession spark = rows.sparkSession();
        int limit = driverRows();
        // each row with its document, in one job (to_json writes what Dataset.toJSON writes)
        Column[] columns = Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
        List<Row> collected = rows.select(struct(columns), to_json(struct(columns))).limit(limit + 1).collectAsList();
        if (collected.size() > limit) {
            log.info("{}: more than {} documents recomputed, rewritten by the executors", index.baseName(), limit);
            return updateDistributed(rows, period, keys, dir, es, index);
        }
        List<Row> recomputed = collected.stream().map(r -> r.getStruct(0)).toList();
        Dataset<Row> fresh = spark.createDataFrame(recomputed, rows.schema());
        Column inScope = col(period).isin(keys.toArray());
        Dataset<Row> before = spark.read().parquet(dir);
        Set<String> gone = new TreeSet<>(before.where(inScope).select(col(ID)).as(Encoders.STRING()).collectAsList());
        recomputed.forEach(r -> gone.remove(r.<String>getAs(ID)));
        rewrite(before, inScope, fresh, dir);
        if (es != null) {
            String alias = index.alias(es.prefix());
            ElasticsearchOutput.write(collected.stream().map(r -> r.getString(1)).toList(), es, alias);
            ElasticsearchOutput.delete(List.copyOf(gone), es, alias);
        }
        return logged(index, recomputed.size(), keys, period, gone.size(), dir, es);
    }

    /** {@link #update} with the rows kept in the executors: a Spark join finds the ids to delete. */
    private static long updateDistributed(Dataset<Row> rows, String period, List<String> keys, String dir,
                                          EsTarget es, SasandoIndex index) {
        SparkSession spark = rows.sparkSession();
        Dataset<Row> fresh = rows.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Column inScope = col(period).isin(keys.toArray());
            Dataset<Row> before = spark.read().parquet(dir);
            List<String> gone = before.where(inScope).select(col(ID)).except(fresh.select(col(ID)))
                    .as(Encoders.STRING()).collectAsList();
            rewrite(before, inScope, fresh, dir);
            if (es != null) {
                String alias = index.alias(es.prefix());
                ElasticsearchOutput.write(fresh.toJSON(), es, alias);
                ElasticsearchOutput.delete(gone, es, alias);
            }
            return logged(index, fresh.count(), keys, period, gone.size(), dir, es);
        } finally {
            fresh.unpersist();
        }
    }

    /** The Parquet folder {@code dir} with the rows in scope replaced by {@code fresh}: written beside, moved in. */
    private static void rewrite(Dataset<Row> before, Column inScope, Dataset<Row> fresh, String dir) {
        SparkSession spark = before.sparkSession();
        String next = CuratedPosts.staging(spark, dir, Clock.systemUTC());
        before.where(not(inScope)).unionByName(fresh, true).write().mode(SaveMode.Overwrite).parquet(next);
        CuratedPosts.replace(spark, next, dir, Clock.systemUTC());
    }

    private static long logged(SasandoIndex index, long rewritten, List<String> keys, String period, int deleted,
                               String dir, EsTarget es) {
        log.info("{}: {} documents of {} {}(s) rewritten, {} deleted, in {}{}", index.baseName(), rewritten,
                keys.size(), period, deleted, dir, es != null ? " and " + index.alias(es.prefix()) : "");
        return rewritten;
    }

    /**
     * How many recomputed rows {@link #update} brings to the driver at most: {@value #DRIVER_ROWS_PROPERTY}
     * (a JVM system property of the driver), {@value #DEFAULT_DRIVER_ROWS} by default, a few tens of MB.
     */
    public static int driverRows() {
        return Integer.getInteger(DRIVER_ROWS_PROPERTY, DEFAULT_DRIVER_ROWS);
    }
}

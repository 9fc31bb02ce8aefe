package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.common.ReadModelScope.DayTagging;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.go.kupangkota.sasando.core.post.PostFields.DAY;
import static id.go.kupangkota.sasando.core.post.PostFields.TAGGED_AT;

/**
 * The curated zone's days with the first and last {@code tagged_at} of their rows, from the file listing
 * and the Parquet footers alone: the {@code day=} directory names the day, and each file's footer keeps
 * the minimum, maximum and null count of {@code tagged_at} per row group ({@link CuratedWriter} writes them).
 * No row is read and no Spark job runs, so a pipeline run after a small import decides its scope in
 * milliseconds instead of a scan of the whole zone. A null {@code tagged_at} counts as 1970, as in the scan.
 *
 * <p>Empty when some file has no such statistics (a zone Spark's own writer made, whose timestamps are
 * INT96, which Parquet keeps no order for): the caller then scans the rows.
 */
final class CuratedFooters {
    private static final String DAY_DIR = DAY + "=";
    /** Hive's name for the partition of a null value; such rows have no day to touch. */
    private static final String NULL_DAY = "__HIVE_DEFAULT_PARTITION__";

    private CuratedFooters() {
    }

    static Optional<List<DayTagging>> days(String zone, Configuration conf) {
        try {
            Path root = new Path(zone);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                return Optional.of(List.of());
            }
            List<DayTagging> days = new ArrayList<>();
            for (FileStatus dir : fs.listStatus(root)) {
                String name = dir.getPath().getName();
                if (!dir.isDirectory() || !name.startsWith(DAY_DIR) || name.equals(DAY_DIR + NULL_DAY)) {
                    continue;
                }
                Instant first = null;
                Instant last = null;
                for (FileStatus file : fs.listStatus(dir.getPath())) {
                    if (!file.isFile() || hidden(file.getPath().getName())) {
                        continue;
                    }
                    Optional<Instant[]> range = taggedRange(file, conf);
                    if (range.isEmpty()) {
                        return Optional.empty();
                    }
                    if (range.get().length == 0) {
                        continue; // no rows
                    }
                    first = first == null || range.get()[0].isBefore(first) ? range.get()[0] : first;
                    last = last == null || range.get()[1].isAfter(last) ? range.get()[1] : last;
                }
                if (first != null) {
                    days.add(new DayTagging(name.substring(DAY_DIR.length()), first, last));
                }
            }
            return Optional.of(days);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + zone, e);
        }
    }

    /** Spark's readers skip these names too: files being written, checksums, markers. */
    static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    /**
     * The first and last {@code tagged_at} in one file ({@code [first, last]}; empty array: no rows), or
     * empty when its footer cannot tell.
     */
    private static Optional<Instant[]> taggedRange(FileStatus file, Configuration conf) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                if (block.getRowCount() == 0) {
                    continue;
                }
                ColumnChunkMetaData column = block.getColumns().stream()
                        .filter(c -> c.getPath().toDotString().equals(TAGGED_AT)).findFirst().orElse(null);
                if (column == null) { // written before the column existed: read as null
                    min = Math.min(min, 0L);
                    max = Math.max(max, 0L);
                    continue;
                }
                Statistics<?> stats = column.getStatistics();
                if (!microsTimestamp(column.getPrimitiveType()) || stats == null || stats.isEmpty()
                        || !stats.isNumNullsSet()) {
                    return Optional.empty();
                }
                if (stats.getNumNulls() > 0) {
                    min = Math.min(min, 0L);
                    max = Math.max(max, 0L);
                }
                if (stats.hasNonNullValue()) {
                    min = Math.min(min, (Long) stats.genericGetMin());
                    max = Math.max(max, (Long) stats.genericGetMax());
                }
            }
            return Optional.of(min > max ? new Instant[0] : new Instant[]{micros(min), micros(max)});
        }
    }

    private static boolean microsTimestamp(PrimitiveType type) {
        return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64
                && type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t
                && t.getUnit() == LogicalTypeAnnotation.TimeUnit.MICROS;
    }

    private static Instant micros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}

package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.CuratedPosts.PostColumn;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.factory.DefaultV1ValuesWriterFactory;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.kupangkota.sasando.core.post.PostFields.*;

/**
 * Writes posts into the curated zone as Parquet, straight from {@link Post} with parquet-mr: the
 * files Spark's own writer would make for {@link CuratedPosts#SCHEMA} (partitioned by {@code day},
 * zstd, the Spark schema in the footer), without turning each post into a Spark {@code Row} and
 * then into Spark's internal row first. The enrich job's tasks spent about a third of their time on
 * those two conversions and Spark's writer around them; the tagger itself was another third.
 *
 * <p>One writer per task: a file per WITA day the task's posts fall on, written under a hidden name
 * (Spark's readers skip names starting with a dot) and renamed into place by {@link #commit()}, so a
 * failed or killed task leaves nothing a reader sees. A retried task commits its posts again, under new
 * names; the zone is read latest-row-per-id ({@link CuratedPosts#read}), so a post written twice counts
 * once, as for any append to the zone.
 */
public final class CuratedWriter implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(CuratedWriter.class);

    /** Footer keys Spark reads: its schema of the file (incl. nullability) and the writer's version. */
    private static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";
    private static final String SPARK_VERSION_KEY = "org.apache.spark.version";

    /** The columns stored in the files: all but {@code day}, which is the directory. */
    private static final List<PostColumn> STORED = CuratedPosts.COLUMNS.stream()
            .filter(c -> !c.name().equals(DAY)).toList();

    /** The Parquet schema Spark writes for {@link CuratedPosts#SCHEMA} minus {@code day} (timestamps as INT64 micros). */
    static final MessageType PARQUET_SCHEMA = new MessageType("spark_schema",
            STORED.stream().map(CuratedWriter::parquetType).toList());

    private static final String SPARK_SCHEMA_JSON = new StructType(STORED.stream()
            .map(c -> CuratedPosts.SCHEMA.apply(c.name())).toArray(StructField[]::new)).json();

    /**
     * The columns whose values come from a fixed vocabulary (sources and their configured queries,
     * languages, the taggers' labels and codes, weeks, the pipeline version): a small dictionary shrinks
     * them and its hash lookups are cheap.
     * Open vocabularies (authors, hashtags, mentions, evidence terms) and unique values (ids, texts,
     * times, counts, terms) go without one: their dictionaries cost 3-4 CPU-us per post, a sixth of
     * the whole write (the same JVM, writers alternating, 29 Nov), for 0-2 % fewer bytes after zstd,
     * which compresses the repeats anyway.
     */
    private static final List<String> DICTIONARY = List.of(SOURCE, QUERY, LANG, SENTIMENT, EMOTION,
            element(RISK), element(TOPICS), STANCE, KECAMATAN, WEEK, PIPELINE_VERSION, element(EVIDENCE) + ".category");

    private static String element(String list) {
        return list + ".list.element";
    }

    /** parquet-mr's defaults (1 MB pages, format 1.0, as Spark writes) with dictionaries only where listed. */
    private static final ParquetProperties PROPERTIES = properties();

    private static ParquetProperties properties() {
        // a values-writer factory of its own: parquet-mr's default delegates to one shared instance per
        // format version, which takes the settings of whichever properties were built last in the JVM
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withValuesWriterFactory(new DefaultV1ValuesWriterFactory())
                .withDictionaryEncoding(false);
        for (String column : DICTIONARY) {
            builder = builder.withDictionaryEncoding(column, true);
        }
        return builder.build();
    }

    /** Footer entries Spark reads: its schema of the file (incl. nullability) and the writer's version. */
    private static final Map<String, String> FOOTER = Map.of(SPARK_SCHEMA_KEY, SPARK_SCHEMA_JSON,
            SPARK_VERSION_KEY, org.apache.spark.package$.MODULE$.SPARK_VERSION());

    /** Leaf columns of an evidence list: category, term, start, end. */
    private static final int EVIDENCE_LEAVES = 4;

    private final String zone;
    private final Configuration conf;
    private final String fileTag;
    private final long rowGroupBytes;
    private final Map<String, Open> byDay = new HashMap<>();

    private record Open(PostFile file, Path hidden, Path visible) {
    }

    /**
     * @param zone    the curated posts directory (a Hadoop URI)
     * @param fileTag part of every file name, unique per task attempt (for instance batch, partition
     *                and attempt), so concurrent and retried tasks never collide
     */
    public CuratedWriter(String zone, Configuration conf, String fileTag) {
        this(zone, conf, fileTag, ParquetWriter.DEFAULT_BLOCK_SIZE);
    }

    /** @param rowGroupBytes a row group ends when its buffered columns reach this size (small in tests) */
    CuratedWriter(String zone, Configuration conf, String fileTag, long rowGroupBytes) {
        this.zone = zone;
        this.conf = conf;
        this.fileTag = fileTag;
        this.rowGroupBytes = rowGroupBytes;
    }

    /** Writes a whole collection of posts (tests, tools) and commits it. */
    public static void writeAll(Iterable<Post> posts, String zone, Configuration conf) throws IOException {
        try (CuratedWriter writer = new CuratedWriter(zone, conf, "all")) {
            for (Post post : posts) {
                writer.write(post);
            }
            writer.commit();
        }
    }

    public void write(Post post) throws IOException {
        String day = post.day();
        if (day == null || day.isEmpty()) {
            throw new IllegalArgumentException("post " + post.id() + " has no day: it was not tagged");
        }
        Open open = byDay.get(day);
        if (open == null) {
            open = open(day);
            byDay.put(day, open);
        }
        open.file().write(post);
    }

    /** Closes every file (footer written) and renames it into place: from now on readers see the posts. */
    public void commit() throws IOException {
        List<Open> files = new ArrayList<>(byDay.values());
        byDay.clear();
        for (Open open : files) {
            open.file().close();
        }
        for (Open open : files) {
            FileSystem fs = open.hidden().getFileSystem(conf);
            if (!fs.rename(open.hidden(), open.visible())) {
                throw new IOException("cannot rename " + open.hidden() + " to " + open.visible());
            }
        }
    }

    /** Without {@link #commit()}: closes and deletes the unfinished files (nothing was visible). */
    @Override
    public void close() {
        for (Open open : byDay.values()) {
            try {
                open.file().close();
                open.hidden().getFileSystem(conf).delete(open.hidden(), false);
            } catch (IOException | RuntimeException e) {
                log.warn("could not remove the unfinished curated file {}: {}", open.hidden(), e.toString());
            }
        }
        byDay.clear();
    }

    private Open open(String day) throws IOException {
        Path dir = new Path(zone, DAY + "=" + day);
        String name = "part-" + fileTag + "-" + UUID.randomUUID() + ".zstd.parquet";
        Path hidden = new Path(dir, "." + name);
        try {
            return new Open(new PostFile(HadoopOutputFile.fromPath(hidden, conf), conf, rowGroupBytes), hidden,
                    new Path(dir, name));
        } catch (IOException e) {
            throw new IOException("cannot create " + hidden + ": " + e.getMessage(), e);
        }
    }

    private static Type parquetType(PostColumn column) {
        String name = column.name();
        return switch (column.kind()) {
            case STRING -> string(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
            case STRINGS -> list(name, string("element"));
            case EVIDENCE -> list(name, Types.optionalGroup()
                    .addField(string("category")).addField(string("term"))
                    .addField(Types.optional(PrimitiveTypeName.INT32).named("start"))
                    .addField(Types.optional(PrimitiveTypeName.INT32).named("end"))
                    .named("element"));
        };
    }

    private static Type string(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    /** Parquet's standard three-level list, as Spark writes arrays. */
    private static Type list(String name, Type element) {
        return Types.optionalGroup().as(LogicalTypeAnnotation.listType())
                .addField(Types.repeatedGroup().addField(element).named("list"))
                .named(name);
    }

    /**
     * One Parquet file of posts, written straight into parquet-mr's column writers with each value's
     * repetition and definition levels worked out here from the fixed schema. This is what
     * {@code ParquetWriter} does, minus its record assembly ({@code MessageColumnIO}), whose field
     * bookkeeping and null caches for the list columns cost about a fifth of the Parquet work.
     */
    private static final class PostFile {
        private final ParquetFileWriter file;
        private final ZstdPages compressor;
        private final long rowGroupBytes;
        private ColumnChunkPageWriteStore pages;
        private ColumnWriteStore columns;
        private ColumnWriter[] leaves;
        private long rows;

        PostFile(OutputFile out, Configuration conf, long rowGroupBytes) throws IOException {
            this.rowGroupBytes = rowGroupBytes;
            file = new ParquetFileWriter(out, PARQUET_SCHEMA, ParquetFileWriter.Mode.OVERWRITE, rowGroupBytes,
                    ParquetWriter.MAX_PADDING_SIZE_DEFAULT, PROPERTIES.getColumnIndexTruncateLength(),
                    PROPERTIES.getStatisticsTruncateLength(), PROPERTIES.getPageWriteChecksumEnabled());
            file.start();
            compressor = new ZstdPages(conf.getInt(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL,
                    ZstandardCodec.DEFAULT_PARQUET_COMPRESS_ZSTD_LEVEL));
            startRowGroup();
        }

        private void startRowGroup() {
            pages = new ColumnChunkPageWriteStore(compressor, PARQUET_SCHEMA, PROPERTIES.getAllocator(),
                    PROPERTIES.getColumnIndexTruncateLength(), PROPERTIES.getPageWriteChecksumEnabled());
            columns = PROPERTIES.newColumnWriteStore(PARQUET_SCHEMA, pages, pages);
            leaves = PARQUET_SCHEMA.getColumns().stream().map(columns::getColumnWriter).toArray(ColumnWriter[]::new);
        }

        void write(Post post) throws IOException {
            int leaf = 0;
            for (PostColumn column : STORED) {
                Object value = column.value().apply(post);
                ColumnWriter w = leaves[leaf];
                switch (column.kind()) {
                    case STRING -> optional(w, value == null ? null : binary((String) value));
                    case LONG -> {
                        if (value == null) w.writeNull(0, 0); else w.write((long) (Long) value, 0, 1);
                    }
                    case DOUBLE -> {
                        if (value == null) w.writeNull(0, 0); else w.write((double) (Double) value, 0, 1);
                    }
                    case TIMESTAMP -> {
                        if (value == null) w.writeNull(0, 0); else w.write(micros((Instant) value), 0, 1);
                    }
                    case STRINGS -> strings(w, (List<?>) value);
                    case EVIDENCE -> evidence(leaf, (List<?>) value);
                }
                leaf += column.kind() == CuratedPosts.Kind.EVIDENCE ? EVIDENCE_LEAVES : 1;
            }
            columns.endRecord();
            rows++;
            // the column writers flush their own pages; a row group ends when its buffers reach the size
            if (rows % 100 == 0 && columns.getBufferedSize() >= rowGroupBytes) {
                endRowGroup();
                startRowGroup();
            }
        }

        /** A top-level optional value: definition level 1 when present, 0 when null. */
        private static void optional(ColumnWriter w, Binary value) {
            if (value == null) {
                w.writeNull(0, 0);
            } else {
                w.write(value, 0, 1);
            }
        }

        /**
         * A three-level list ({@code name.list.element}): definition level 0 for a null list, 1 for an
         * empty one, 2 for a null element, 3 for an element; repetition level 1 for every element after
         * the first.
         */
        private static void strings(ColumnWriter w, List<?> values) {
            if (values == null || values.isEmpty()) {
                w.writeNull(0, values == null ? 0 : 1);
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                int r = i == 0 ? 0 : 1;
                if (value == null) {
                    w.writeNull(r, 2);
                } else {
                    w.write(binary((String) value), r, 3);
                }
            }
        }

        /** The list of evidence structs: as {@link #strings}, one level deeper for the struct's own fields. */
        private void evidence(int first, List<?> values) {
            ColumnWriter category = leaves[first];
            ColumnWriter term = leaves[first + 1];
            ColumnWriter start = leaves[first + 2];
            ColumnWriter end = leaves[first + 3];
            if (values == null || values.isEmpty()) {
                int d = values == null ? 0 : 1;
                category.writeNull(0, d);
                term.writeNull(0, d);
                start.writeNull(0, d);
                end.writeNull(0, d);
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                int r = i == 0 ? 0 : 1;
                if (!(values.get(i) instanceof Evidence e)) {
                    category.writeNull(r, 2);
                    term.writeNull(r, 2);
                    start.writeNull(r, 2);
                    end.writeNull(r, 2);
                    continue;
                }
                if (e.category() == null) category.writeNull(r, 3); else category.write(binary(e.category()), r, 4);
                if (e.term() == null) term.writeNull(r, 3); else term.write(binary(e.term()), r, 4);
                start.write(e.start(), r, 4);
                end.write(e.end(), r, 4);
            }
        }

        private void endRowGroup() throws IOException {
            if (rows > 0) {
                file.startBlock(rows);
                columns.flush();
                pages.flushToFileWriter(file);
                file.endBlock();
                rows = 0;
            }
            columns.close();
        }

        /** Ends the last row group and writes the footer. */
        void close() throws IOException {
            try {
                endRowGroup();
                file.end(FOOTER);
            } finally {
                compressor.release();
            }
        }

        /** UTF-8 in a byte array: parquet-mr compares, hashes and copies those faster than its string form. */
        private static Binary binary(String value) {
            return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * zstd for the pages of one file, at parquet-mr's level ({@code parquet.compression.codec.zstd.level},
     * 3 unless set), through one compression context reused page after page. parquet-mr's own codec opens
     * a zstd stream per page, and a stream of unknown length gets the tables of a large input: set up
     * and cleared again for each of the ~45 column chunks of every row group. Each page is one zstd
     * frame either way, which parquet-mr's (and Spark's) reader decompresses alike.
     */
    static final class ZstdPages extends CodecFactory.BytesCompressor {
        private final ZstdCompressCtx context;
        private byte[] out = new byte[0];

        ZstdPages(int level) {
            context = new ZstdCompressCtx().setLevel(level);
        }

        @Override
        public BytesInput compress(BytesInput page) throws IOException {
            byte[] in = page.toByteArray();
            int bound = Math.toIntExact(Zstd.compressBound(in.length));
            if (out.length < bound) {
                out = new byte[bound];
            }
            int length = context.compressByteArray(out, 0, bound, in, 0, in.length);
            // the page store copies the bytes before it asks for the next page, as with parquet-mr's codecs
            return BytesInput.from(out, 0, length);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
            context.close();
        }
    }

    /** Microseconds since 1970, as Parquet (and Spark) store a timestamp; earlier instants round down. */
    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}

package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.CuratedPosts.PostColumn;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

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
     * The columns with few distinct values, which a dictionary shrinks and where its hash lookups are
     * cheap. The rest (ids, texts, times, counts, terms) go without one: hashing every value there cost
     * more CPU than zstd, which compresses the repeats anyway (a tenth more bytes on disk).
     */
    private static final List<String> DICTIONARY = List.of(SOURCE, QUERY, LANG, AUTHOR_HANDLE, AUTHOR_KEY,
            AUTHOR_NAME, element(HASHTAGS), element(MENTIONS), SENTIMENT, EMOTION, element(RISK), element(TOPICS),
            STANCE, KECAMATAN, WEEK, PIPELINE_VERSION, element(EVIDENCE) + ".category", element(EVIDENCE) + ".term");

    private static String element(String list) {
        return list + ".list.element";
    }

    private final String zone;
    private final Configuration conf;
    private final String fileTag;
    private final Map<String, Open> byDay = new HashMap<>();

    private record Open(ParquetWriter<Post> writer, Path hidden, Path visible) {
    }

    /**
     * @param zone    the curated posts directory (a Hadoop URI)
     * @param fileTag part of every file name, unique per task attempt (for instance batch, partition
     *                and attempt), so concurrent and retried tasks never collide
     */
    public CuratedWriter(String zone, Configuration conf, String fileTag) {
        this.zone = zone;
        this.conf = conf;
        this.fileTag = fileTag;
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
        open.writer().write(post);
    }

    /** Closes every file (footer written) and renames it into place: from now on readers see the posts. */
    public void commit() throws IOException {
        List<Open> files = new ArrayList<>(byDay.values());
        byDay.clear();
        for (Open open : files) {
            open.writer().close();
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
                open.writer().close();
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
        ParquetWriter.Builder<Post, ?> builder = new Builder(HadoopOutputFile.fromPath(hidden, conf))
                .withConf(conf)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withDictionaryEncoding(false);
        for (String column : DICTIONARY) {
            builder = builder.withDictionaryEncoding(column, true);
        }
        try {
            return new Open(builder.build(), hidden, new Path(dir, name));
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

    private static final class Builder extends ParquetWriter.Builder<Post, Builder> {
        Builder(HadoopOutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Post> getWriteSupport(Configuration conf) {
            return new PostWriteSupport();
        }
    }

    /** A post as one Parquet record, column by column after {@link CuratedPosts#COLUMNS}. */
    private static final class PostWriteSupport extends WriteSupport<Post> {
        private RecordConsumer out;

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(PARQUET_SCHEMA, Map.of(SPARK_SCHEMA_KEY, SPARK_SCHEMA_JSON,
                    SPARK_VERSION_KEY, org.apache.spark.package$.MODULE$.SPARK_VERSION()));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Post post) {
            out.startMessage();
            for (int i = 0; i < STORED.size(); i++) {
                PostColumn column = STORED.get(i);
                Object value = column.value().apply(post);
                if (value == null) {
                    continue; // optional field: absent is null
                }
                out.startField(column.name(), i);
                switch (column.kind()) {
                    case STRING -> out.addBinary(Binary.fromString((String) value));
                    case LONG -> out.addLong((Long) value);
                    case DOUBLE -> out.addDouble((Double) value);
                    case TIMESTAMP -> out.addLong(micros((Instant) value));
                    case STRINGS -> strings((List<?>) value);
                    case EVIDENCE -> evidence((List<?>) value);
                }
                out.endField(column.name(), i);
            }
            out.endMessage();
        }

        private void strings(List<?> values) {
            list(values, value -> out.addBinary(Binary.fromString((String) value)));
        }

        private void evidence(List<?> values) {
            list(values, value -> {
                Evidence e = (Evidence) value;
                out.startGroup();
                optionalString("category", 0, e.category());
                optionalString("term", 1, e.term());
                out.startField("start", 2);
                out.addInteger(e.start());
                out.endField("start", 2);
                out.startField("end", 3);
                out.addInteger(e.end());
                out.endField("end", 3);
                out.endGroup();
            });
        }

        /** A three-level list: the group, its repeated {@code list} groups, each with an optional element. */
        private void list(List<?> values, Consumer<Object> element) {
            out.startGroup();
            if (!values.isEmpty()) {
                out.startField("list", 0);
                for (Object value : values) {
                    out.startGroup();
                    if (value != null) {
                        out.startField("element", 0);
                        element.accept(value);
                        out.endField("element", 0);
                    }
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
        }

        private void optionalString(String name, int index, String value) {
            if (value != null) {
                out.startField(name, index);
                out.addBinary(Binary.fromString(value));
                out.endField(name, index);
            }
        }

        private static long micros(Instant instant) {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        }
    }
}

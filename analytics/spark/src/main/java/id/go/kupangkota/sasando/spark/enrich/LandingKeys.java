package id.go.kupangkota.sasando.spark.enrich;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.IdHash;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.IsoInstants;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A landing line keyed by its post's id and fetch time, read with the streaming parser (no objects
 * are built, the raw payload is skipped), so deduplication never has to parse or move whole posts.
 * A line that cannot be read keys as ({@code null}, 0) and passes on: the tagging step reports it.
 */
public final class LandingKeys implements MapFunction<String, Row> {
    /** Epoch milliseconds of the fetch ({@link LandingRecord#fetchedAt()}, else the post's ingested_at). */
    public static final String FETCHED = "fetched_ms";
    public static final String LINE = "line";
    /** Id and fetch time only: what finding repeated posts needs (lines are long; copying them costs). */
    public static final StructType KEYS = new StructType()
            .add(PostFields.ID, DataTypes.StringType, true)
            .add(FETCHED, DataTypes.LongType, false);
    public static final StructType KEYED_LINES = KEYS.add(LINE, DataTypes.StringType, false);

    private static final String FETCHED_AT = "fetched_at";
    private static final String POST = "post";

    private final boolean withLine;

    /** @param withLine rows of {@link #KEYED_LINES} instead of {@link #KEYS} */
    public LandingKeys(boolean withLine) {
        this.withLine = withLine;
    }

    /** The schema of the rows this function makes. */
    public StructType schema() {
        return withLine ? KEYED_LINES : KEYS;
    }

    @Override
    public Row call(String line) {
        Key key = key(line);
        return withLine ? RowFactory.create(key.id(), key.fetchedMs(), line) : RowFactory.create(key.id(), key.fetchedMs());
    }

    /** The id and fetch time of a post. */
    record Key(String id, long fetchedMs) {
        static final Key NONE = new Key(null, 0L);
    }

    static Key key(String line) {
        if (line == null || line.isBlank()) {
            return Key.NONE;
        }
        Key fast = fromLayout(line);
        return fast != null ? fast : parsed(line);
    }

    /** {@link #idHash} as a Spark function. */
    public static final MapFunction<String, Long> ID_HASH = LandingKeys::idHash;

    /**
     * A 64-bit hash of the post id of a landing line, 0 when it has none: the first, cheap look for
     * repeated posts (a fixed-width key; no id is copied into a string, no fetch time read). Two ids
     * that share a hash only send the input down the exact path ({@link #key}), so a collision costs
     * time, never a post.
     */
    public static long idHash(String line) {
        if (line == null || line.isBlank()) {
            return 0L;
        }
        int start = ownIdStart(line);
        int end = start < 0 ? -1 : ownIdEnd(line, start);
        if (end >= 0) {
            return hash(line, start, end);
        }
        String id = parsed(line).id();
        return id == null ? 0L : hash(id, 0, id.length());
    }

    /** {@link IdHash}, never 0 (0 marks a line without an id). */
    private static long hash(String s, int start, int end) {
        long h = IdHash.of(s, start, end);
        return h == 0L ? 1L : h;
    }

    private static final String FETCHED_PREFIX = "\"" + FETCHED_AT + "\":\"";
    private static final String ID_PREFIX = "{\"" + PostFields.ID + "\":\"";

    /**
     * The fast path for lines as Sasando's ingest writes them (core's mapper): {@code "fetched_at":"<ISO>"}
     * and the post found by {@link LandingLayout}, starting with its {@code "id"}. The raw payload is
     * text, so these patterns only match the record's own fields. Anything else (a raw payload that is
     * not text, escapes in the id, no fetch time) goes to the parser.
     */
    private static Key fromLayout(String line) {
        int f = line.indexOf(FETCHED_PREFIX);
        int idStart = ownIdStart(line);
        if (f < 0 || idStart < 0) {
            return null;
        }
        int fStart = f + FETCHED_PREFIX.length();
        int fEnd = line.indexOf('"', fStart);
        int idEnd = ownIdEnd(line, idStart);
        if (fEnd < 0 || idEnd < 0) {
            return null;
        }
        Instant fetched = IsoInstants.parse(line.subSequence(fStart, fEnd)); // null: the parser's path decides
        return fetched == null ? null : new Key(line.substring(idStart, idEnd), fetched.toEpochMilli());
    }

    /** Where the text of the record's own post id starts ({@link LandingLayout}), or -1: parse the line. */
    private static int ownIdStart(String line) {
        int p = LandingLayout.ownPost(line);
        return p >= 0 && line.startsWith(ID_PREFIX, p) ? p + ID_PREFIX.length() : -1;
    }

    /** The closing quote of an id text starting at {@code start}, or -1 when it is empty, unclosed or escaped. */
    private static int ownIdEnd(String line, int start) {
        int end = line.indexOf('"', start);
        return end > start && line.lastIndexOf('\\', end) < start ? end : -1;
    }

    private static Key parsed(String line) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Key.NONE;
            }
            String id = null;
            Long fetched = null;
            Long ingested = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (FETCHED_AT.equals(field)) {
                    fetched = millis(parser, value);
                } else if (POST.equals(field) && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String postField = parser.currentName();
                        JsonToken postValue = parser.nextToken();
                        if (PostFields.ID.equals(postField) && postValue == JsonToken.VALUE_STRING) {
                            id = parser.getText();
                        } else if (PostFields.INGESTED_AT.equals(postField)) {
                            ingested = millis(parser, postValue);
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            long at = fetched != null ? fetched : ingested != null ? ingested : 0L;
            return id == null || id.isEmpty() ? Key.NONE : new Key(id, at);
        } catch (IOException | RuntimeException e) {
            return Key.NONE;
        }
    }

    /** An instant as core's mapper writes it (ISO text), or as epoch seconds with a fraction. */
    private static Long millis(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            Instant at = IsoInstants.parse(text); // by position; other ISO forms the JDK's way
            return (at != null ? at : Instant.parse(text)).toEpochMilli();
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue().movePointRight(3).setScale(0, RoundingMode.FLOOR).longValue();
        }
        return null;
    }
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.go.kupangkota.sasando.core.time.IsoInstants;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * A post's JSON written field by field: the same text Jackson's record serialisation writes (the
 * components in declaration order, nulls left out, {@link PostFields} names), without a reflective
 * accessor call and a property writer per field. Every enriched post is written once for
 * Elasticsearch, and ingest writes every post into the landing zone, so this is a hot path.
 * {@code PostSerializerTest} holds it to the reflective output.
 */
final class PostSerializer extends StdSerializer<Post> {
    private static final SerializableString ID = name(PostFields.ID), SOURCE = name(PostFields.SOURCE),
            NATIVE_ID = name(PostFields.NATIVE_ID), URL = name(PostFields.URL), QUERY = name(PostFields.QUERY),
            AUTHOR_HANDLE = name(PostFields.AUTHOR_HANDLE), AUTHOR_KEY = name(PostFields.AUTHOR_KEY),
            AUTHOR_NAME = name(PostFields.AUTHOR_NAME), AUTHOR_CREATED_AT = name(PostFields.AUTHOR_CREATED_AT),
            TITLE = name(PostFields.TITLE), TEXT = name(PostFields.TEXT), LANG = name(PostFields.LANG),
            CREATED_AT = name(PostFields.CREATED_AT), INGESTED_AT = name(PostFields.INGESTED_AT),
            LIKE_COUNT = name(PostFields.LIKE_COUNT), REPLY_COUNT = name(PostFields.REPLY_COUNT),
            REPOST_COUNT = name(PostFields.REPOST_COUNT), QUOTE_COUNT = name(PostFields.QUOTE_COUNT),
            VIEW_COUNT = name(PostFields.VIEW_COUNT), HASHTAGS = name(PostFields.HASHTAGS),
            MENTIONS = name(PostFields.MENTIONS), LINKS = name(PostFields.LINKS), REPLY_TO = name(PostFields.REPLY_TO),
            QUOTE_OF = name(PostFields.QUOTE_OF), REPOST_OF = name(PostFields.REPOST_OF),
            SENTIMENT = name(PostFields.SENTIMENT), SENTIMENT_SCORE = name(PostFields.SENTIMENT_SCORE),
            EMOTION = name(PostFields.EMOTION), RISK = name(PostFields.RISK), RISK_SCORE = name(PostFields.RISK_SCORE),
            EVIDENCE = name(PostFields.EVIDENCE), TOPICS = name(PostFields.TOPICS), STANCE = name(PostFields.STANCE),
            KECAMATAN = name(PostFields.KECAMATAN), TERMS = name(PostFields.TERMS), DAY = name(PostFields.DAY),
            WEEK = name(PostFields.WEEK), PIPELINE_VERSION = name(PostFields.PIPELINE_VERSION),
            TAGGED_AT = name(PostFields.TAGGED_AT);
    // Evidence has no @JsonInclude: its null fields are written as null, as Jackson does
    private static final SerializableString CATEGORY = name("category"), TERM = name("term"),
            START = name("start"), END = name("end");

    PostSerializer() {
        super(Post.class);
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    @Override
    public void serialize(Post p, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(p);
        string(g, ID, p.id());
        string(g, SOURCE, p.source());
        string(g, NATIVE_ID, p.nativeId());
        string(g, URL, p.url());
        string(g, QUERY, p.query());
        string(g, AUTHOR_HANDLE, p.authorHandle());
        string(g, AUTHOR_KEY, p.authorKey());
        string(g, AUTHOR_NAME, p.authorName());
        instant(g, AUTHOR_CREATED_AT, p.authorCreatedAt());
        string(g, TITLE, p.title());
        string(g, TEXT, p.text());
        string(g, LANG, p.lang());
        instant(g, CREATED_AT, p.createdAt());
        instant(g, INGESTED_AT, p.ingestedAt());
        number(g, LIKE_COUNT, p.likeCount());
        number(g, REPLY_COUNT, p.replyCount());
        number(g, REPOST_COUNT, p.repostCount());
        number(g, QUOTE_COUNT, p.quoteCount());
        number(g, VIEW_COUNT, p.viewCount());
        strings(g, HASHTAGS, p.hashtags());
        strings(g, MENTIONS, p.mentions());
        strings(g, LINKS, p.links());
        string(g, REPLY_TO, p.replyTo());
        string(g, QUOTE_OF, p.quoteOf());
        string(g, REPOST_OF, p.repostOf());
        string(g, SENTIMENT, p.sentiment());
        number(g, SENTIMENT_SCORE, p.sentimentScore());
        string(g, EMOTION, p.emotion());
        strings(g, RISK, p.risk());
        number(g, RISK_SCORE, p.riskScore());
        evidence(g, p.evidence());
        strings(g, TOPICS, p.topics());
        string(g, STANCE, p.stance());
        string(g, KECAMATAN, p.kecamatan());
        strings(g, TERMS, p.terms());
        string(g, DAY, p.day());
        string(g, WEEK, p.week());
        string(g, PIPELINE_VERSION, p.pipelineVersion());
        instant(g, TAGGED_AT, p.taggedAt());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }

    private static void number(JsonGenerator g, SerializableString name, Long value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.longValue());
        }
    }

    private static void number(JsonGenerator g, SerializableString name, Double value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.doubleValue());
        }
    }

    private static void instant(JsonGenerator g, SerializableString name, Instant value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            writeInstant(g, value);
        }
    }

    /** ISO text by position ({@link IsoInstants}), as JavaTimeModule writes it with dates not as timestamps. */
    static void writeInstant(JsonGenerator g, Instant value) throws IOException {
        char[] text = new char[IsoInstants.MAX_LENGTH];
        int length = IsoInstants.format(value, text);
        if (length < 0) {
            g.writeString(value.toString());
        } else {
            g.writeString(text, 0, length);
        }
    }

    private static void strings(JsonGenerator g, SerializableString name, List<String> values) throws IOException {
        list(g, name, values, JsonGenerator::writeString);
    }

    private static void evidence(JsonGenerator g, List<Evidence> values) throws IOException {
        list(g, EVIDENCE, values, PostSerializer::evidence);
    }

    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeStartObject(e);
        g.writeFieldName(CATEGORY);
        g.writeString(e.category());
        g.writeFieldName(TERM);
        g.writeString(e.term());
        g.writeFieldName(START);
        g.writeNumber(e.start());
        g.writeFieldName(END);
        g.writeNumber(e.end());
        g.writeEndObject();
    }

    /** A list field, left out when null; a null element is written as null, as Jackson does. */
    private static <E> void list(JsonGenerator g, SerializableString name, List<E> values, Element<E> element)
            throws IOException {
        if (values == null) {
            return;
        }
        g.writeFieldName(name);
        g.writeStartArray(values, values.size());
        for (int i = 0, n = values.size(); i < n; i++) {
            E value = values.get(i);
            if (value == null) {
                g.writeNull();
            } else {
                element.write(g, value);
            }
        }
        g.writeEndArray();
    }

    private interface Element<E> {
        void write(JsonGenerator g, E value) throws IOException;
    }
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import id.go.kupangkota.sasando.core.time.IsoInstants;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A post read field by field into its canonical constructor: what Jackson's record deserialisation
 * builds, without buffering every property first. Unknown fields are skipped (a newer writer must not
 * break an older reader); a value of an unexpected JSON type goes to Jackson's own deserializer for
 * the field's type, so coercions and errors are Jackson's. The Spark job reads a post from every
 * landing line, and the dashboard from every hit. {@code PostSerializerTest} holds it to the
 * reflective reading.
 */
final class PostDeserializer extends StdDeserializer<Post> {
    private static final JavaType STRINGS = TypeFactory.defaultInstance().constructCollectionType(List.class, String.class);
    private static final JavaType EVIDENCE_LIST = TypeFactory.defaultInstance().constructCollectionType(List.class, Evidence.class);

    PostDeserializer() {
        super(Post.class);
    }

    @Override
    public Post deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return (Post) ctxt.handleUnexpectedToken(Post.class, p);
        }
        String id = null, source = null, nativeId = null, url = null, query = null, authorHandle = null,
                authorKey = null, authorName = null, title = null, text = null, lang = null, replyTo = null,
                quoteOf = null, repostOf = null, sentiment = null, emotion = null, stance = null, kecamatan = null,
                day = null, week = null, pipelineVersion = null;
        Instant authorCreatedAt = null, createdAt = null, ingestedAt = null, taggedAt = null;
        Long likeCount = null, replyCount = null, repostCount = null, quoteCount = null, viewCount = null;
        Double sentimentScore = null, riskScore = null;
        List<String> hashtags = null, mentions = null, links = null, risk = null, topics = null, terms = null;
        List<Evidence> evidence = null;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case PostFields.ID -> id = string(p, ctxt);
                case PostFields.SOURCE -> source = string(p, ctxt);
                case PostFields.NATIVE_ID -> nativeId = string(p, ctxt);
                case PostFields.URL -> url = string(p, ctxt);
                case PostFields.QUERY -> query = string(p, ctxt);
                case PostFields.AUTHOR_HANDLE -> authorHandle = string(p, ctxt);
                case PostFields.AUTHOR_KEY -> authorKey = string(p, ctxt);
                case PostFields.AUTHOR_NAME -> authorName = string(p, ctxt);
                case PostFields.AUTHOR_CREATED_AT -> authorCreatedAt = instant(p, ctxt);
                case PostFields.TITLE -> title = string(p, ctxt);
                case PostFields.TEXT -> text = string(p, ctxt);
                case PostFields.LANG -> lang = string(p, ctxt);
                case PostFields.CREATED_AT -> createdAt = instant(p, ctxt);
                case PostFields.INGESTED_AT -> ingestedAt = instant(p, ctxt);
                case PostFields.LIKE_COUNT -> likeCount = number(p, ctxt);
                case PostFields.REPLY_COUNT -> replyCount = number(p, ctxt);
                case PostFields.REPOST_COUNT -> repostCount = number(p, ctxt);
                case PostFields.QUOTE_COUNT -> quoteCount = number(p, ctxt);
                case PostFields.VIEW_COUNT -> viewCount = number(p, ctxt);
                case PostFields.HASHTAGS -> hashtags = strings(p, ctxt);
                case PostFields.MENTIONS -> mentions = strings(p, ctxt);
                case PostFields.LINKS -> links = strings(p, ctxt);
                case PostFields.REPLY_TO -> replyTo = string(p, ctxt);
                case PostFields.QUOTE_OF -> quoteOf = string(p, ctxt);
                case PostFields.REPOST_OF -> repostOf = string(p, ctxt);
                case PostFields.SENTIMENT -> sentiment = string(p, ctxt);
                case PostFields.SENTIMENT_SCORE -> sentimentScore = decimal(p, ctxt);
                case PostFields.EMOTION -> emotion = string(p, ctxt);
                case PostFields.RISK -> risk = strings(p, ctxt);
                case PostFields.RISK_SCORE -> riskScore = decimal(p, ctxt);
                case PostFields.EVIDENCE -> evidence = p.hasToken(JsonToken.VALUE_NULL) ? null : ctxt.readValue(p, EVIDENCE_LIST);
                case PostFields.TOPICS -> topics = strings(p, ctxt);
                case PostFields.STANCE -> stance = string(p, ctxt);
                case PostFields.KECAMATAN -> kecamatan = string(p, ctxt);
                case PostFields.TERMS -> terms = strings(p, ctxt);
                case PostFields.DAY -> day = string(p, ctxt);
                case PostFields.WEEK -> week = string(p, ctxt);
                case PostFields.PIPELINE_VERSION -> pipelineVersion = string(p, ctxt);
                case PostFields.TAGGED_AT -> taggedAt = instant(p, ctxt);
                default -> p.skipChildren(); // unknown to this reader, e.g. triage_status
            }
        }
        if (t != JsonToken.END_OBJECT) {
            return (Post) ctxt.handleUnexpectedToken(Post.class, p);
        }
        return new Post(id, source, nativeId, url, query, authorHandle, authorKey, authorName, authorCreatedAt,
                title, text, lang, createdAt, ingestedAt, likeCount, replyCount, repostCount, quoteCount, viewCount,
                hashtags, mentions, links, replyTo, quoteOf, repostOf, sentiment, sentimentScore, emotion,
                risk, riskScore, evidence, topics, stance, kecamatan, terms, day, week, pipelineVersion, taggedAt);
    }

    private static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return t == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
    }

    private static Long number(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        return t == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Long.class);
    }

    private static Double decimal(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        return t == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Double.class);
    }

    private static List<String> strings(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            return ctxt.readValue(p, STRINGS);
        }
        List<String> values = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            values.add(t == JsonToken.VALUE_STRING ? p.getText() : string(p, ctxt));
        }
        return values;
    }

    private static Instant instant(JsonParser p, DeserializationContext ctxt) throws IOException {
        return p.hasToken(JsonToken.VALUE_NULL) ? null : readInstant(p, ctxt);
    }

    /**
     * ISO text by position ({@link IsoInstants}), the form Sasando writes; anything else (numbers,
     * other forms) as JavaTimeModule reads it.
     */
    static Instant readInstant(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = IsoInstants.parse(p.getText());
            if (fast != null) {
                return fast;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.go.kupangkota.sasando.core.time.IsoInstants;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration for Sasando documents: snake_case names, ISO-8601 instants, unknown
 * fields ignored (a newer writer must not break an older reader of the landing zone).
 */
public final class Json {
    private Json() {
    }

    /**
     * Posts field by field ({@link PostSerializer}, {@link PostDeserializer}), and instants as ISO
     * text by position ({@link IsoInstants}): the same text as JavaTimeModule writes and reads with
     * {@code WRITE_DATES_AS_TIMESTAMPS} off, without a {@code DateTimeFormatter} per value; anything
     * the fast path does not know (numbers, other forms) goes to JavaTimeModule.
     */
    private static final SimpleModule FAST_INSTANTS = new SimpleModule("sasando-instants")
            .addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
                @Override
                public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    PostSerializer.writeInstant(gen, value);
                }
            })
            .addSerializer(Post.class, new PostSerializer())
            .addDeserializer(Post.class, new PostDeserializer())
            .addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
                @Override
                public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    return PostDeserializer.readInstant(parser, context);
                }
            });

    public static final ObjectMapper MAPPER = configure(new ObjectMapper());

    /** Applies Sasando's conventions to a mapper (also the one inside the Elasticsearch client). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                // registered after JavaTimeModule, so these are the ones used for Instant
                .registerModule(FAST_INSTANTS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}

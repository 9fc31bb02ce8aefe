package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How landing records become JSON: Sasando's JSON conventions ({@link Json#configure}), byte for byte
 * what {@link Json#MAPPER} writes, with one difference in how, not what: instants. The JDK formats
 * an {@code Instant} through {@code DateTimeFormatter} and a {@code LocalDateTime} string, which was
 * 15 % of a file import's CPU for the three instants of each record; {@link #isoInstant} writes the
 * same text ({@link Instant#toString}) by position.
 */
final class LandingJson {
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: outside, Instant.toString adds a sign. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;

    /**
     * One generator per file writes every record: without a flush per record (the batch flushes when
     * it syncs) and without Jackson's separator of root values (a space); each record ends with a
     * newline instead.
     */
    static final ObjectWriter RECORD_WRITER = mapper().writerFor(LandingRecord.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .withRootValueSeparator("");

    private LandingJson() {
    }

    private static ObjectMapper mapper() {
        SimpleModule instants = new SimpleModule("landing-instants");
        instants.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                char[] text = new char[30];
                int length = isoInstant(value, text);
                if (length < 0) {
                    gen.writeString(value.toString());
                } else {
                    gen.writeString(text, 0, length);
                }
            }
        });
        // registered after JavaTimeModule, so it is the one used for Instant
        return Json.configure(new ObjectMapper()).registerModule(instants);
    }

    /**
     * Writes {@code instant.toString()} into {@code out} (30 chars are enough) and returns its length,
     * or -1 for years outside 0000–9999, which the caller leaves to the JDK. As {@code ISO_INSTANT}:
     * seconds always, a fraction only when there are nanoseconds, in groups of three digits.
     */
    static int isoInstant(Instant instant, char[] out) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
        int secondOfDay = (int) Math.floorMod(second, 86_400);
        int i = digits(out, 0, date.getYear(), 4);
        out[i++] = '-';
        i = digits(out, i, date.getMonthValue(), 2);
        out[i++] = '-';
        i = digits(out, i, date.getDayOfMonth(), 2);
        out[i++] = 'T';
        i = digits(out, i, secondOfDay / 3600, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay / 60 % 60, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            out[i++] = '.';
            if (nano % 1_000_000 == 0) {
                i = digits(out, i, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                i = digits(out, i, nano / 1_000, 6);
            } else {
                i = digits(out, i, nano, 9);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    /** {@code value} as exactly {@code width} decimal digits, zero-padded; returns the next index. */
    private static int digits(char[] out, int at, int value, int width) {
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}

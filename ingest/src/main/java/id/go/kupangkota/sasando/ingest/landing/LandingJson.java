package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * How landing records become JSON: Sasando's JSON conventions ({@link Json#configure}), byte for byte
 * what {@link Json#MAPPER} writes (instants included: core writes them by position), with one
 * difference in how, not what. Long ASCII strings (the raw payload, the text):
 * Jackson escapes them a character at a time, a quarter of the import's CPU (the raw payload is
 * JSON, so it is full of quotes to escape); {@link #writeString} finds the bytes to escape eight at
 * a time ({@link JsonBytes}) and copies the runs between them.
 */
final class LandingJson {
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
        SimpleModule writers = new SimpleModule("landing-writers");
        writers.addSerializer(String.class, new StdSerializer<>(String.class) {
            @Override
            public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                writeString(value, gen);
            }
        });
        // registered after Json's own modules, so it is the one used for String
        return Json.configure(new ObjectMapper()).registerModule(writers);
    }

    /** Below this length Jackson's own loop is as quick as looking for a faster way. */
    private static final int SHORT = 24;
    /** Above this length the string goes to Jackson: its escaped text could need six times as many bytes. */
    private static final int LONG = 100_000;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Escaped text of one string, reused: a writer thread writes one string at a time. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 << 10]);

    /**
     * Writes {@code value} as a JSON string exactly as Jackson's generator would: quote, backslash
     * and the control characters escaped (the two-character escapes for newline, tab, carriage return,
     * backspace and form feed, six characters with the code in upper-case hex for the others),
     * nothing else. The fast way is for ASCII text only: it finds the bytes to escape eight at a time
     * and copies the runs between them. Any other string (or a short one, or one for a generator of
     * characters, or a very long one) goes to the generator.
     */
    static void writeString(String value, JsonGenerator gen) throws IOException {
        int n = value.length();
        if (n < SHORT || n > LONG || !(gen instanceof UTF8JsonGenerator)) { // only a byte generator takes UTF-8
            gen.writeString(value);
            return;
        }
        byte[] ascii = value.getBytes(StandardCharsets.UTF_8);
        if (ascii.length != n) { // a character beyond ASCII takes two bytes or more
            gen.writeString(value);
            return;
        }
        int special = JsonBytes.asciiToEscape(ascii, 0, n);
        if (special < 0) {
            gen.writeRawUTF8String(ascii, 0, n);
            return;
        }
        byte[] out = SCRATCH.get();
        if (out.length < 6 * n) { // enough for every byte escaped as six
            out = new byte[6 * n];
            SCRATCH.set(out);
        }
        int length = 0;
        int from = 0;
        while (special >= 0) {
            byte c = ascii[special];
            if (c == '?' && value.charAt(special) != '?') {
                // a lone surrogate, which getBytes turned into '?': the generator decides what to do
                gen.writeString(value);
                return;
            }
            System.arraycopy(ascii, from, out, length, special - from);
            length = escape(c, out, length + special - from);
            from = special + 1;
            special = JsonBytes.asciiToEscape(ascii, from, n);
        }
        System.arraycopy(ascii, from, out, length, n - from);
        gen.writeRawUTF8String(out, 0, length + n - from);
    }

    /** Appends the escape of {@code c} (or {@code c} itself, for a '?') and returns the new length. */
    private static int escape(byte c, byte[] out, int at) {
        if (c == '?') {
            out[at++] = c;
            return at;
        }
        out[at++] = '\\';
        switch (c) {
            case '"', '\\' -> out[at++] = c;
            case '\n' -> out[at++] = 'n';
            case '\t' -> out[at++] = 't';
            case '\r' -> out[at++] = 'r';
            case '\b' -> out[at++] = 'b';
            case '\f' -> out[at++] = 'f';
            default -> {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[c >> 4];
                out[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }

}

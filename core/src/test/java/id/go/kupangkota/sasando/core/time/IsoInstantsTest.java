package id.go.kupangkota.sasando.core.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.kupangkota.sasando.core.post.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantsTest {
    /** What Sasando's mapper did before the fast path: JavaTimeModule alone. */
    private static final ObjectMapper JDK = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static List<Instant> samples() {
        Random random = new Random(7);
        List<Instant> out = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("2024-02-29T23:59:59.100Z"),
                Instant.parse("1969-12-31T23:59:59.000001Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T00:00:00Z")));
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            out.add(Instant.ofEpochSecond(second, nano));
        }
        return out;
    }

    @Test
    void formatsExactlyAsInstantToString() {
        char[] buffer = new char[IsoInstants.MAX_LENGTH];
        for (Instant instant : samples()) {
            int length = IsoInstants.format(instant, buffer);
            if (instant.getEpochSecond() < -62_167_219_200L || instant.getEpochSecond() > 253_402_300_799L) {
                assertThat(length).as(instant.toString()).isEqualTo(-1);
            } else {
                assertThat(new String(buffer, 0, length)).isEqualTo(instant.toString());
            }
        }
    }

    @Test
    void parsesWhatItFormatsAndOffsetsAsTheJdkDoes() {
        for (Instant instant : samples()) {
            String text = instant.toString();
            Instant fast = IsoInstants.parse(text);
            if (text.startsWith("+") || text.startsWith("-")) {
                assertThat(fast).isNull();
            } else {
                assertThat(fast).isEqualTo(instant);
            }
        }
        for (String text : List.of("2024-07-11T10:00:00+08:00", "2024-07-11T10:00:00.5-03:30", "2024-07-11T10:00:00.123456789+00:00")) {
            assertThat(IsoInstants.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void leavesOtherTextToTheJdk() {
        for (String text : List.of("", "2024-07-11", "2024-07-11T10:00:00", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z",
                "2024-07-11T10:00:60Z", "2024-07-11T10:00:00.Z", "2024-07-11T10:00:00.1234567891Z", "2024-07-11 10:00:00Z",
                "2024-07-11T10:00:00+19:00", "2024-07-11T10:00:00+0800", "２０２４-07-11T10:00:00Z")) {
            assertThat(IsoInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void sasandosMapperWritesAndReadsInstantsAsJavaTimeModuleDoes() throws Exception {
        for (Instant instant : samples().subList(0, 2_000)) {
            String json = Json.MAPPER.writeValueAsString(instant);
            assertThat(json).isEqualTo(JDK.writeValueAsString(instant));
            assertThat(Json.MAPPER.readValue(json, Instant.class)).isEqualTo(instant);
        }
        // forms only JavaTimeModule reads still read the same
        for (String json : List.of("1720692000", "1720692000.5", "\"2024-07-11T10:00:00+08:00\"", "\"+10000-01-01T00:00:00Z\"")) {
            assertThat(Json.MAPPER.readValue(json, Instant.class)).as(json).isEqualTo(JDK.readValue(json, Instant.class));
        }
        assertThat(Json.MAPPER.readValue("null", Instant.class)).isNull();
    }
}

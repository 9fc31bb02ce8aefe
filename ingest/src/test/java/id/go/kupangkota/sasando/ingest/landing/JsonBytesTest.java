package id.go.kupangkota.sasando.ingest.landing;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The eight-bytes-at-a-time searches find exactly what a byte-by-byte loop finds. */
class JsonBytesTest {
    private static int firstOf(byte[] b, int from, int to, String wanted, boolean controls) {
        for (int i = from; i < to; i++) {
            if (wanted.indexOf(b[i]) >= 0 || (controls && b[i] >= 0 && b[i] < ' ')) {
                return i;
            }
        }
        return -1;
    }

    /** Random bytes drawn mostly from {@code common}, with the searched-for bytes now and then. */
    private static byte[] bytes(Random random, int length, String common, String rare) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            String from = random.nextInt(12) == 0 ? rare : common;
            b[i] = (byte) from.charAt(random.nextInt(from.length()));
        }
        return b;
    }

    @Test
    void every_search_finds_the_first_match_from_any_start_to_any_end() {
        Random random = new Random(42);
        for (int round = 0; round < 3_000; round++) {
            byte[] text = bytes(random, random.nextInt(70), "abc {}:,0123", "\n\"\\?\u0001\u001f\t");
            int from = text.length == 0 ? 0 : random.nextInt(text.length + 1);
            int to = from + random.nextInt(text.length - from + 1);

            assertThat(JsonBytes.newline(text, from, to)).isEqualTo(firstOf(text, from, to, "\n", false));
            assertThat(JsonBytes.quoteOrBackslash(text, from, to)).isEqualTo(firstOf(text, from, to, "\"\\", false));
            assertThat(JsonBytes.asciiToEscape(text, from, to)).isEqualTo(firstOf(text, from, to, "\"\\?", true));
        }
    }

    @Test
    void bytes_beyond_ascii_are_never_taken_for_a_line_end_or_a_quote() {
        byte[] utf8 = "Hujan 🌧 di Oesapa — katong su siap".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonBytes.newline(utf8, 0, utf8.length)).isEqualTo(-1);
        assertThat(JsonBytes.quoteOrBackslash(utf8, 0, utf8.length)).isEqualTo(-1);
    }
}

package id.go.kupangkota.sasando.ingest.landing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches over landing lines, eight bytes at a time: the landing zone's reader and writer
 * spend most of their time looking for a few byte values (a line end, the quote or backslash that
 * ends a string, a byte a JSON string must escape) in long runs of ordinary text. Each search reads
 * a {@code long} and flags its bytes of interest with the classic "has zero byte" arithmetic; the
 * lowest flagged byte is always a real match (a false flag can only sit above a real one), so the
 * first match is exact. The last few bytes of a range are looked at one by one.
 */
final class JsonBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long NEWLINES = ONES * '\n';
    private static final long QUESTION_MARKS = ONES * '?';
    /** JSON strings must escape the control characters below the space. */
    private static final long SPACES = ONES * ' ';

    private JsonBytes() {
    }

    /** The first {@code '\n'} in {@code b[from, to)}, or -1. */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long flags = equal((long) LONGS.get(b, i), NEWLINES);
            if (flags != 0) {
                return i + first(flags);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code '"'} or {@code '\\'} in {@code b[from, to)}, or -1. */
    static int quoteOrBackslash(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(b, i);
            long flags = equal(word, QUOTES) | equal(word, BACKSLASHES);
            if (flags != 0) {
                return i + first(flags);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '"' || b[i] == '\\') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first byte in {@code b[from, to)} that a JSON string must escape ({@code '"'}, {@code '\\'},
     * a control character) or that needs a closer look ({@code '?'}, which is also what
     * {@code String.getBytes} makes of a lone surrogate), or -1. Only for ASCII text (every byte below
     * 0x80): the caller checks.
     */
    static int asciiToEscape(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(b, i);
            long flags = equal(word, QUOTES) | equal(word, BACKSLASHES) | equal(word, QUESTION_MARKS)
                    | ((word - SPACES) & ~word & HIGHS);
            if (flags != 0) {
                return i + first(flags);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c == '?' || c < ' ') {
                return i;
            }
        }
        return -1;
    }

    /** High bit set in each byte of {@code word} equal to the byte repeated in {@code pattern}. */
    private static long equal(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }

    /** Index (0–7) of the lowest flagged byte: the first in memory, the words being little-endian. */
    private static int first(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }
}

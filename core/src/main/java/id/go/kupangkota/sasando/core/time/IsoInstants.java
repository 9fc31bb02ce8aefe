package id.go.kupangkota.sasando.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 instants read and written by position. Every Sasando record carries a few instants
 * (created, ingested, fetched, tagged), and the JDK's {@code DateTimeFormatter} builds a map of
 * parsed fields per value: a tenth of a file import's CPU, and as much again in the Spark job that
 * reads the landing zone. These give the same results for the forms Sasando writes and return
 * null / -1 for anything else, which the caller then leaves to the JDK.
 */
public final class IsoInstants {
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: outside, {@code Instant.toString} adds a sign. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;

    /** Enough room for any instant {@link #format} writes. */
    public static final int MAX_LENGTH = 30;

    private IsoInstants() {
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)} as an instant, or null for any other
     * text (including out-of-range fields such as month 13 or a leap second).
     */
    public static Instant parse(CharSequence v) {
        int n = v.length();
        if (n < 20 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (v.charAt(i) == '.') {
            int digits = 0;
            for (i++; i < n && digits < 9 && isDigit(v.charAt(i)); i++, digits++) {
                nanos = nanos * 10 + (v.charAt(i) - '0');
            }
            if (digits == 0 || (i < n && isDigit(v.charAt(i)))) {
                return null;
            }
            for (int d = digits; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && v.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (v.charAt(i) == '+' || v.charAt(i) == '-') && v.charAt(i + 3) == ':') {
            int hours = number(v, i + 1, i + 3);
            int minutes = number(v, i + 4, i + 6);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            offsetSeconds = (v.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        int year = number(v, 0, 4);
        int month = number(v, 5, 7);
        int day = number(v, 8, 10);
        int hour = number(v, 11, 13);
        int minute = number(v, 14, 16);
        int second = number(v, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            // LocalDateTime.of checks the ranges (month 13, 31 April, second 60 fall back to the JDK)
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /**
     * Writes {@code instant.toString()} into {@code out} ({@link #MAX_LENGTH} chars are enough) and
     * returns its length, or -1 for years outside 0000–9999, which the caller leaves to the JDK. As
     * {@code ISO_INSTANT}: seconds always, a fraction only when there are nanoseconds, in groups of
     * three digits.
     */
    public static int format(Instant instant, char[] out) {
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

    /** The non-negative number written in {@code v[from, to)} with ASCII digits, or -1. */
    private static int number(CharSequence v, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

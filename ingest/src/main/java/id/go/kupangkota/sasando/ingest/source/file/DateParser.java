package id.go.kupangkota.sasando.ingest.source.file;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date formats exports use. Each format is a {@link DateTimeFormatter} pattern or one of
 * {@code iso} (ISO-8601 with or without offset), {@code epoch_seconds}, {@code epoch_millis}.
 * A value without a zone or offset is taken in the mapping's zone (WITA unless the mapping says
 * otherwise); a date without a time is the start of that day.
 */
final class DateParser {
    private final List<String> names;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private final ZoneId zone;

    DateParser(List<String> formats, ZoneId zone) {
        this.names = List.copyOf(formats);
        this.zone = zone;
        for (String f : formats) {
            formatters.add(switch (f) {
                case "iso", "epoch_seconds", "epoch_millis" -> null;
                default -> DateTimeFormatter.ofPattern(f, Locale.ENGLISH);
            });
        }
    }

    /** The instant, or null when no format fits. */
    Instant parse(String value) {
        String v = value.strip();
        for (int i = 0; i < names.size(); i++) {
            try {
                Instant parsed = switch (names.get(i)) {
                    case "iso" -> iso(v);
                    case "epoch_seconds" -> v.matches("\\d{9,11}") ? Instant.ofEpochSecond(Long.parseLong(v)) : null;
                    case "epoch_millis" -> v.matches("\\d{12,14}") ? Instant.ofEpochMilli(Long.parseLong(v)) : null;
                    default -> pattern(formatters.get(i), v);
                };
                if (parsed != null) {
                    return parsed;
                }
            } catch (DateTimeParseException | ArithmeticException ignored) {
                // try the next format
            }
        }
        return null;
    }

    List<String> formats() {
        return names;
    }

    private Instant iso(String v) {
        Instant common = isoOffsetDateTime(v);
        if (common != null) {
            return common;
        }
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, ZonedDateTime::from, LocalDateTime::from);
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return ((LocalDateTime) t).atZone(zone).toInstant();
    }

    /**
     * The form nearly every export uses, {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)},
     * read by position; null for anything else, which the full ISO parser then reads. parseBest
     * tries each query on a copy of the parsed fields and was a tenth of a file import's CPU.
     */
    static Instant isoOffsetDateTime(String v) {
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
            // LocalDateTime.of checks the ranges (month 13, 31 April, second 60 fall back to the parser)
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The non-negative number written in {@code v[from, to)} with ASCII digits, or -1. */
    private static int number(String v, int from, int to) {
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

    private Instant pattern(DateTimeFormatter f, String v) {
        TemporalAccessor t = f.parseBest(v, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }
}

package id.go.kupangkota.sasando.ingest.source.file;

import java.time.DateTimeException;
import id.go.kupangkota.sasando.core.time.IsoInstants;

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
        // the form nearly every export uses, read by position; parseBest tries each query on a copy
        // of the parsed fields and was a tenth of a file import's CPU
        Instant common = IsoInstants.parse(v);
        if (common != null) {
            return common;
        }
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, ZonedDateTime::from, LocalDateTime::from);
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return ((LocalDateTime) t).atZone(zone).toInstant();
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

package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.time.IsoInstants;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats exports use. Each format is a {@link DateTimeFormatter} pattern or one of
 * {@code iso} (ISO-8601 with or without offset), {@code epoch_seconds}, {@code epoch_millis}.
 * A value without a zone or offset is taken in the mapping's zone (WITA unless the mapping says
 * otherwise); a date without a time is the start of that day.
 *
 * <p>Patterns read month and day names in every locale of the mapping (its {@code locale} first,
 * then English and Indonesian), ignoring case: local tools write "Sabtu, 28 November 2026" or
 * "29 Agu 2026". A value no pattern fits is tried once more in the forms Indonesian tools add
 * around a date: without a leading day name ("Sabtu, "), with "15.00" read as "15:00", and with a
 * trailing WIB, WITA or WIT read as that zone instead of the mapping's.
 */
final class DateParser {
    /** Indonesia's zone abbreviations; a value ending in one is in that zone. */
    private static final Map<String, ZoneId> INDONESIAN_ZONES = Map.of(
            "WIB", ZoneId.of("Asia/Jakarta"), "WITA", ZoneId.of("Asia/Makassar"), "WIT", ZoneId.of("Asia/Jayapura"));
    private static final Pattern ZONE_SUFFIX = Pattern.compile("\\s*\\b(WIB|WITA|WIT)$", Pattern.CASE_INSENSITIVE);
    /** "15.00" or "15.00.30" after a space: a time written with dots, as Indonesian style has it. */
    private static final Pattern DOTTED_TIME =
            Pattern.compile("(?<=\\s)(\\d{1,2})\\.(\\d{2})(?:\\.(\\d{2}))?(?=\\s|$)");
    static final List<Locale> DEFAULT_LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    private final List<String> names;
    /** Per format: its formatter in each locale (empty for iso and epochs). */
    private final List<List<DateTimeFormatter>> formatters = new ArrayList<>();
    private final ZoneId zone;
    private final Pattern dayNamePrefix;

    DateParser(List<String> formats, ZoneId zone) {
        this(formats, zone, DEFAULT_LOCALES);
    }

    /** @param locales the languages of month and day names, tried in this order */
    DateParser(List<String> formats, ZoneId zone, List<Locale> locales) {
        this.names = List.copyOf(formats);
        this.zone = zone;
        for (String f : formats) {
            List<DateTimeFormatter> inLocales = new ArrayList<>();
            if (!f.equals("iso") && !f.equals("epoch_seconds") && !f.equals("epoch_millis")) {
                for (Locale l : locales) {
                    inLocales.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(f)
                            .toFormatter(l));
                }
            }
            formatters.add(inLocales);
        }
        // the day names the JDK knows in these locales, so no list of names is kept here
        Set<String> days = new LinkedHashSet<>();
        for (Locale l : locales) {
            for (DayOfWeek d : DayOfWeek.values()) {
                days.add(Pattern.quote(d.getDisplayName(TextStyle.FULL, l)));
                days.add(Pattern.quote(d.getDisplayName(TextStyle.SHORT, l)));
            }
        }
        this.dayNamePrefix = Pattern.compile("^(?:" + String.join("|", days) + ")\\.?,?\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The instant, or null when no format fits. */
    Instant parse(String value) {
        String v = value.strip();
        Instant parsed = parse(v, zone);
        if (parsed != null) {
            return parsed;
        }
        ZoneId in = zone;
        String local = v;
        Matcher suffix = ZONE_SUFFIX.matcher(local);
        if (suffix.find()) {
            in = INDONESIAN_ZONES.get(suffix.group(1).toUpperCase(Locale.ROOT));
            local = local.substring(0, suffix.start());
        }
        local = dayNamePrefix.matcher(local).replaceFirst("");
        local = DOTTED_TIME.matcher(local).replaceAll(m -> m.group(1) + ":" + m.group(2)
                + (m.group(3) == null ? "" : ":" + m.group(3)));
        return local.equals(v) ? null : parse(local, in);
    }

    private Instant parse(String v, ZoneId in) {
        for (int i = 0; i < names.size(); i++) {
            try {
                Instant parsed = switch (names.get(i)) {
                    case "iso" -> iso(v, in);
                    case "epoch_seconds" -> v.matches("\\d{9,11}") ? Instant.ofEpochSecond(Long.parseLong(v)) : null;
                    case "epoch_millis" -> v.matches("\\d{12,14}") ? Instant.ofEpochMilli(Long.parseLong(v)) : null;
                    default -> pattern(formatters.get(i), v, in);
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

    private Instant iso(String v, ZoneId in) {
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
        return ((LocalDateTime) t).atZone(in).toInstant();
    }

    /** The value in the first locale whose names fit; the last locale's error when none does. */
    private static Instant pattern(List<DateTimeFormatter> inLocales, String v, ZoneId in) {
        DateTimeParseException last = null;
        for (DateTimeFormatter f : inLocales) {
            try {
                return pattern(f, v, in);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    private static Instant pattern(DateTimeFormatter f, String v, ZoneId in) {
        TemporalAccessor t = f.parseBest(v, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(in).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(in).toInstant();
    }
}

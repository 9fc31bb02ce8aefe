package id.go.kupangkota.sasando.ingest.source.news;

import id.go.kupangkota.sasando.core.time.Wita;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publication times as feeds write them: RFC-822 ({@code Thu, 11 Jul 2024 14:30:00 +0800}, also with
 * {@code GMT} or the Indonesian zone names {@code WIB}/{@code WITA}/{@code WIT}, which Java's
 * formatters do not know) and ISO-8601 (Atom). The zone is applied, so the instant is right and the
 * WITA day derived from it is the one the outlet meant. Day and month names are read in English and
 * Indonesian, in any case ({@code Sen, 30 Nov 2026}, {@code Kamis, 03 Desember 2026}: CMSs in an
 * Indonesian locale write them so), with the names the JDK knows for both languages. A time without
 * zone is WITA: the portals followed are Kupang's, and the file import assumes the same.
 */
final class NewsDates {
    private NewsDates() {
    }

    /** Indonesian and common zone names to offsets (RFC-822 military zones are not used by feeds). */
    private static final Map<String, String> ZONES = Map.of(
            "WIB", "+0700", "WITA", "+0800", "WIT", "+0900",
            "GMT", "+0000", "UT", "+0000", "UTC", "+0000", "Z", "+0000");
    private static final Pattern ZONE_NAME = Pattern.compile("\\s([A-Za-z]{1,4})$");
    /** RFC-822 with full or short day and month names; the offset optional (then WITA). */
    private static final String RFC_822 = "[EEEE, ][EEE, ]d [MMMM][MMM] yyyy HH:mm[:ss][ xx]";
    private static final List<DateTimeFormatter> RFC_822_IN_LOCALES = Stream.of(Locale.ENGLISH,
                    Locale.forLanguageTag("id"))
            .map(l -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(RFC_822).toFormatter(l))
            .toList();

    /** The instant, or null when the text is no date these formats know. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replaceAll("\\s+", " ");
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notIso) {
            // RFC-822 below
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
        } catch (DateTimeParseException notIsoZoned) {
            // without zone below
        }
        try {
            return LocalDateTime.parse(s).atZone(Wita.ZONE).toInstant();
        } catch (DateTimeParseException notIsoLocal) {
            // RFC-822 below
        }
        Matcher zone = ZONE_NAME.matcher(s);
        if (zone.find()) {
            String offset = ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
            if (offset == null) {
                return null;
            }
            s = s.substring(0, zone.start()) + " " + offset;
        }
        for (DateTimeFormatter f : RFC_822_IN_LOCALES) {
            try {
                TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
                return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(Wita.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // the next language
            }
        }
        return null;
    }
}

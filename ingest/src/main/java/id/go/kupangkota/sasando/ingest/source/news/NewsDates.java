package id.go.kupangkota.sasando.ingest.source.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication times as feeds write them: RFC-822 ({@code Thu, 11 Jul 2024 14:30:00 +0800}, also with
 * {@code GMT} or the Indonesian zone names {@code WIB}/{@code WITA}/{@code WIT}, which Java's
 * formatters do not know) and ISO-8601 (Atom). The zone is applied, so the instant is right and the
 * WITA day derived from it is the one the outlet meant.
 */
final class NewsDates {
    private NewsDates() {
    }

    /** Indonesian and common zone names to offsets (RFC-822 military zones are not used by feeds). */
    private static final Map<String, String> ZONES = Map.of(
            "WIB", "+0700", "WITA", "+0800", "WIT", "+0900",
            "GMT", "+0000", "UT", "+0000", "UTC", "+0000", "Z", "+0000");
    private static final Pattern ZONE_NAME = Pattern.compile("\\s([A-Za-z]{1,4})$");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] xx",
            Locale.ENGLISH);

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
        try {
            return ZonedDateTime.parse(s, RFC_822).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package id.go.kupangkota.sasando.core.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Kupang's clock. Stored times are UTC instants; every calendar cut (day, ISO week, Monday 07:00
 * report) is made in WITA, Asia/Makassar (UTC+8, no daylight saving).
 */
public final class Wita {
    private Wita() {
    }

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    /** The same zone as Elasticsearch's {@code time_zone} parameter expects it. */
    public static final String ZONE_ID = "Asia/Makassar";

    public static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** {@code yyyy-MM-dd} of the WITA day. */
    public static String dayKey(Instant instant) {
        return day(instant).toString();
    }

    /** ISO week of the WITA day as {@code YYYY-Www}, e.g. {@code 2024-W28}. */
    public static String weekKey(Instant instant) {
        return weekKey(day(instant));
    }

    public static String weekKey(LocalDate day) {
        // by hand, not String.format: every tagged post needs its week, and format is ~1 µs of the tagger's ~40
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return new StringBuilder(8).append(day.get(IsoFields.WEEK_BASED_YEAR)).append(week < 10 ? "-W0" : "-W")
                .append(week).toString();
    }

    /** First instant of the WITA day. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Monday of the ISO week that holds the day. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }
}

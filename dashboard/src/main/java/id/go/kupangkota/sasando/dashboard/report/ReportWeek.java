package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.time.Wita;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ISO week cut in WITA, named like {@code 2024-W28}: from Monday 00:00 WITA to the next Monday
 * 00:00 WITA. A post at Sunday 16:30 UTC is Monday 00:30 WITA, so it belongs to the next week.
 *
 * @param monday the week's first WITA day
 */
public record ReportWeek(LocalDate monday) implements Comparable<ReportWeek> {
    private static final Pattern KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ReportWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a report week starts on a Monday, not " + monday);
        }
    }

    /** Parses {@code YYYY-Www}; a clear error for anything else (it comes from URLs and forms). */
    public static ReportWeek parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week like 2024-W28: " + key);
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        try {
            LocalDate anyDay = LocalDate.of(year, 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
            ReportWeek parsed = containing(anyDay);
            if (!parsed.key().equals(key)) {
                throw new IllegalArgumentException("no such ISO week: " + key);
            }
            return parsed;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such ISO week: " + key, e);
        }
    }

    public static ReportWeek containing(LocalDate witaDay) {
        return new ReportWeek(Wita.weekStart(witaDay));
    }

    public static ReportWeek containing(Instant instant) {
        return containing(Wita.day(instant));
    }

    /** {@code YYYY-Www}, the same key as the posts' {@code week} field. */
    public String key() {
        return Wita.weekKey(monday);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** First instant of the week (Monday 00:00 WITA). */
    public Instant start() {
        return Wita.startOfDay(monday);
    }

    /** First instant after the week (next Monday 00:00 WITA). */
    public Instant end() {
        return Wita.startOfDay(monday.plusWeeks(1));
    }

    public ReportWeek previous() {
        return new ReportWeek(monday.minusWeeks(1));
    }

    public ReportWeek next() {
        return new ReportWeek(monday.plusWeeks(1));
    }

    @Override
    public int compareTo(ReportWeek other) {
        return monday.compareTo(other.monday);
    }

    @Override
    public String toString() {
        return key();
    }
}

package id.go.kupangkota.sasando.dashboard.base.ui;

import id.go.kupangkota.sasando.core.time.Wita;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How the dashboard writes a day and a moment: one style on every view, in the date pickers, the
 * tables, the charts' day axes and the sentences around them ("2024-07-14", "2024-07-14 09:00", WITA).
 * It is the style of the address and the exports, reads the same in Indonesian and English, and is one
 * the date pickers can show (Vaadin's pickers write numeric patterns only). The weekly PDF, read away
 * from the screen, names its days in words ("14 Juli 2024").
 */
public final class Dates {
    /** The pattern of a day, for the date pickers. */
    public static final String DAY_PATTERN = "yyyy-MM-dd";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DAY_PATTERN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(DAY_PATTERN + " HH:mm")
            .withZone(Wita.ZONE);
    // the audit log orders what one person did within a minute
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern(DAY_PATTERN + " HH:mm:ss")
            .withZone(Wita.ZONE);

    private Dates() {
    }

    /** "2024-07-14". */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "2024-07-14 09:00", in WITA; empty for a missing moment. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "2024-07-14 09:00:05", in WITA: where seconds matter (the audit log). */
    public static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}

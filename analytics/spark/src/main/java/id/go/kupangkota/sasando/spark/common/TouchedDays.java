package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.time.Wita;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The WITA days that posts enriched since the last read-model run fall on (their own {@code day}
 * field), and what each read model must recompute because of them. Plain Java: which periods a
 * change reaches is the definition of the read models, not a Spark matter.
 *
 * <ul>
 *   <li>daily roll-ups and edges: the touched days;</li>
 *   <li>weekly roll-ups and accounts: the ISO weeks of the touched days, from all the days of those
 *       weeks ({@link #daysOfWeeks});</li>
 *   <li>trends: a day's score uses the 28 days before it, so a touched day changes itself and the
 *       {@code baselineDays} days after it ({@link #scoredDays}), which need the counts of the
 *       {@code baselineDays} days before each of them ({@link #countedDays}).</li>
 * </ul>
 *
 * @param days the touched days, sorted
 */
public record TouchedDays(SortedSet<LocalDate> days) {

    public TouchedDays {
        days = new TreeSet<>(days);
    }

    public static TouchedDays of(Collection<String> dayKeys) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String key : dayKeys) {
            days.add(LocalDate.parse(key));
        }
        return new TouchedDays(days);
    }

    /** These days and {@code more} ({@code yyyy-MM-dd}). */
    public TouchedDays plus(Collection<String> more) {
        TreeSet<LocalDate> all = new TreeSet<>(days);
        all.addAll(of(more).days());
        return new TouchedDays(all);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** The touched days as {@code yyyy-MM-dd}, the posts' {@code day} values. */
    public List<String> dayKeys() {
        return keys(days);
    }

    /** The ISO weeks ({@code YYYY-Www}, as {@link Wita#weekKey(LocalDate)}) holding a touched day. */
    public List<String> weekKeys() {
        return days.stream().map(Wita::weekKey).distinct().sorted().toList();
    }

    /** Monday to Sunday of every touched week: the posts a week's statistics are made of. */
    public List<String> daysOfWeeks() {
        SortedSet<LocalDate> all = new TreeSet<>();
        for (LocalDate day : days) {
            LocalDate monday = Wita.weekStart(day);
            for (int i = 0; i < 7; i++) {
                all.add(monday.plusDays(i));
            }
        }
        return keys(all);
    }

    /** Days whose trend score changes: each touched day and the {@code baselineDays} after it, up to {@code last}. */
    public List<String> scoredDays(int baselineDays, LocalDate last) {
        return keys(around(0, baselineDays, last));
    }

    /** Days whose counts the {@link #scoredDays} need: {@code baselineDays} before to {@code baselineDays} after. */
    public List<String> countedDays(int baselineDays, LocalDate last) {
        return keys(around(baselineDays, baselineDays, last));
    }

    private SortedSet<LocalDate> around(int before, int after, LocalDate last) {
        SortedSet<LocalDate> all = new TreeSet<>();
        for (LocalDate day : days) {
            for (LocalDate d = day.minusDays(before); !d.isAfter(day.plusDays(after)) && !d.isAfter(last);
                 d = d.plusDays(1)) {
                all.add(d);
            }
        }
        return all;
    }

    private static List<String> keys(Collection<LocalDate> days) {
        return days.stream().map(LocalDate::toString).toList();
    }
}

package id.go.kupangkota.sasando.spark.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a pipeline run recomputes of the read models: everything ({@link #full}, with the reason), or the
 * periods that posts tagged since the previous run touch ({@link #touched}). Decided from the curated
 * zone's days with the first and last {@code tagged_at} of their rows, and the state the previous run
 * left: the taggers' pipeline version and the last {@code tagged_at} it had taken in.
 *
 * <p>Everything is recomputed on demand ({@code --full}), on the first run, when the taggers' version
 * changed (a re-tag rewrote history) and when no row is older than the previous run (the curated zone
 * was rewritten, e.g. by {@code EnrichJob --retag}). A post enriched again (a later fetch) or late (an
 * old day) has a new {@code tagged_at}, so its day counts as touched whatever its date.
 *
 * @param fullReason    why everything is recomputed, or null for an incremental run
 * @param since         the last {@code tagged_at} the previous run took in (rows after it are new); null when full
 * @param taggedThrough the last {@code tagged_at} in the zone now, to remember once the run succeeded
 * @param firstDayMoved new posts fall before the first day the history had: the trends' "28 days of history"
 *                      then starts elsewhere, so trends are recomputed whole
 */
public record ReadModelScope(String fullReason, TouchedDays touched, Instant since, Instant taggedThrough,
                             LocalDate firstDay, LocalDate lastDay, boolean firstDayMoved) {

    /** One WITA day of the curated zone: the earliest and latest {@code tagged_at} of its rows. */
    public record DayTagging(String day, Instant firstTagged, Instant lastTagged) {
    }

    /** The state a successful run leaves for the next: {@code <pipeline version> <tagged through>}. */
    public record State(String pipelineVersion, Instant taggedThrough) {
        public static Optional<State> parse(Optional<String> text) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String[] parts = text.get().strip().split("\\s+");
            try {
                return parts.length == 2 ? Optional.of(new State(parts[0], Instant.parse(parts[1]))) : Optional.empty();
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty(); // unreadable: recompute everything, which is always right
            }
        }

        public String format() {
            return pipelineVersion + " " + taggedThrough;
        }
    }

    public boolean full() {
        return fullReason != null;
    }

    public boolean trendsFull() {
        return full() || firstDayMoved;
    }

    /** Nothing new since the previous run: the read models stay as they are. */
    public boolean nothingNew() {
        return !full() && touched.isEmpty();
    }

    /**
     * @param days           every day of the curated zone
     * @param previous       what the previous successful run left, if any
     * @param taggerVersion  the pipeline version the curated zone is tagged with now
     * @param fullAsked      {@code --full}
     */
    public static ReadModelScope plan(List<DayTagging> days, Optional<State> previous, String taggerVersion,
                                      boolean fullAsked) {
        Instant taggedThrough = days.stream().map(DayTagging::lastTagged).max(Instant::compareTo).orElse(Instant.EPOCH);
        LocalDate first = days.stream().map(d -> LocalDate.parse(d.day())).min(LocalDate::compareTo).orElse(null);
        LocalDate last = days.stream().map(d -> LocalDate.parse(d.day())).max(LocalDate::compareTo).orElse(null);
        String reason = fullAsked ? "asked (--full)"
                : previous.isEmpty() ? "no previous read-model run"
                : !previous.get().pipelineVersion().equals(taggerVersion)
                ? "the taggers changed (" + previous.get().pipelineVersion() + " -> " + taggerVersion + ")"
                : null;
        if (reason == null && !days.isEmpty()
                && days.stream().allMatch(d -> d.firstTagged().isAfter(previous.get().taggedThrough()))) {
            reason = "the curated zone was rewritten (re-tag)";
        }
        if (reason != null) {
            return new ReadModelScope(reason, new TouchedDays(new java.util.TreeSet<>()), null, taggedThrough,
                    first, last, false);
        }
        Instant since = previous.get().taggedThrough();
        List<String> touched = new ArrayList<>();
        LocalDate firstBefore = null;
        for (DayTagging d : days) {
            if (d.lastTagged().isAfter(since)) {
                touched.add(d.day());
            }
            if (!d.firstTagged().isAfter(since)) {
                LocalDate day = LocalDate.parse(d.day());
                firstBefore = firstBefore == null || day.isBefore(firstBefore) ? day : firstBefore;
            }
        }
        boolean moved = firstBefore != null && first.isBefore(firstBefore);
        return new ReadModelScope(null, TouchedDays.of(touched), since, taggedThrough.isAfter(since) ? taggedThrough
                : since, first, last, moved);
    }

    @Override
    public String toString() {
        return full() ? "full recompute: " + fullReason
                : touched.isEmpty() ? "nothing new since " + since
                : touched.days().size() + " touched day(s) " + touched.dayKeys() + (firstDayMoved
                ? " (before the first day of history: trends in full)" : "");
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a weekly report says, as Elasticsearch counted it: the week and the one before, day by day,
 * and the coverage caveats. Java only divides these counts into shares and changes; it never counts.
 *
 * <p>A week counted before it ended is <em>provisional</em>: its counts stop at the {@code cutoff}
 * (when the report was made), and the week before is counted over the same span, Monday 00:00 WITA to
 * the same weekday and time a week earlier, so week-over-week changes compare like with like.
 *
 * @param week     the reported week
 * @param current  the reported week's counts, up to the cutoff
 * @param previous the week before, for week-over-week change: up to the same point in that week
 * @param days     the WITA days of both weeks, oldest first: all seven of the week before, those of the
 *                 reported week up to the cutoff
 * @param caveats  sources whose data is incomplete during the week
 * @param cutoff   the first instant not counted: the week's end, or the report's time if earlier
 */
public record WeeklyFigures(ReportWeek week, Period current, Period previous, List<Day> days,
                            List<CoverageCaveat> caveats, Instant cutoff) {

    public WeeklyFigures {
        if (cutoff.isBefore(week.start()) || cutoff.isAfter(week.end())) {
            throw new IllegalArgumentException("the cutoff " + cutoff + " is not within week " + week);
        }
    }

    /** The figures of a complete week. */
    public WeeklyFigures(ReportWeek week, Period current, Period previous, List<Day> days,
                         List<CoverageCaveat> caveats) {
        this(week, current, previous, days, caveats, week.end());
    }

    /** The triage status counted as a confirmed risk item. */
    public static final String CONFIRMED = "confirmed";
    /** Bucket of flagged posts nobody has triaged yet. */
    public static final String PENDING = "pending";

    /** Change from last week in percent, or null when last week had nothing to compare with. */
    public static Double changePercent(long now, long before) {
        return before == 0 ? null : (now - before) * 100.0 / before;
    }

    public Double postsChangePercent() {
        return changePercent(current.posts(), previous.posts());
    }

    /** True when the week had not ended when it was counted: its numbers may still change. */
    public boolean provisional() {
        return cutoff.isBefore(week.end());
    }

    /** Where the count of the week before stops: the same weekday and WITA time, a week earlier. */
    public Instant previousCutoff() {
        return previousCutoff(cutoff);
    }

    static Instant previousCutoff(Instant cutoff) {
        return cutoff.minus(Duration.ofDays(7));
    }

    /** The last WITA day counted, whole or in part. */
    public LocalDate lastDay() {
        return lastDay(cutoff);
    }

    static LocalDate lastDay(Instant cutoff) {
        return Wita.day(cutoff.minusNanos(1));
    }

    public List<Day> currentDays() {
        return days.stream().filter(d -> !d.day().isBefore(week.monday()) && !d.day().isAfter(lastDay())).toList();
    }

    public List<Day> previousDays() {
        return days.stream().filter(d -> d.day().isBefore(week.monday())).toList();
    }

    /**
     * Counts of one week. Maps are ordered by count, highest first, as the terms aggregation
     * returned them.
     *
     * @param posts           posts created in the week
     * @param sentiment       posts per sentiment code ({@link Vocabulary#SENTIMENTS})
     * @param flagged         posts with at least one risk category
     * @param flaggedByRisk   flagged posts per risk category (a post may count in several)
     * @param triage          flagged posts per triage status, {@link #PENDING} for untriaged
     * @param confirmed       flagged posts analysts confirmed as a risk
     * @param confirmedByRisk confirmed posts per risk category
     * @param topics          posts per topic code: posts that talk about it, news and campaigns included
     * @param flaggedByTopic  of a topic's posts, those flagged with any risk category
     * @param negativeByTopic of a topic's posts, those with negative sentiment
     * @param hashtags        posts per hashtag
     * @param kecamatan       posts per kecamatan
     * @param sources         posts per source ({@code x}, {@code news}, {@code file})
     */
    public record Period(long posts, Map<String, Long> sentiment, long flagged, Map<String, Long> flaggedByRisk,
                         Map<String, Long> triage, long confirmed, Map<String, Long> confirmedByRisk,
                         Map<String, Long> topics, Map<String, Long> flaggedByTopic,
                         Map<String, Long> negativeByTopic, Map<String, Long> hashtags, Map<String, Long> kecamatan,
                         Map<String, Long> sources) {

        public long sentimentCount(String code) {
            return sentiment.getOrDefault(code, 0L);
        }

        /**
         * The flagged posts split by triage state, each state once and in a fixed order: the analysts'
         * statuses ({@link Vocabulary#TRIAGE_STATUSES}), any other status found on the posts, then
         * {@link #PENDING}. Zero counts are kept; the counts add up to {@link #flagged()}, since every
         * flagged post is in exactly one state.
         */
        public Map<String, Long> triageStates() {
            Map<String, Long> states = new LinkedHashMap<>();
            Vocabulary.TRIAGE_STATUSES.forEach(code -> states.put(code, triage.getOrDefault(code, 0L)));
            triage.forEach((code, n) -> {
                if (!PENDING.equals(code)) {
                    states.putIfAbsent(code, n);
                }
            });
            states.put(PENDING, triage.getOrDefault(PENDING, 0L));
            return states;
        }

        /** Share of posts with the sentiment, in percent of all posts (0 when there are none). */
        public double sentimentPercent(String code) {
            return posts == 0 ? 0 : sentimentCount(code) * 100.0 / posts;
        }
    }

    /**
     * A whole week as it stands now, to tell whether an archived report's figures still hold.
     *
     * @param posts  posts created in the week
     * @param triage flagged posts per triage status, {@link #PENDING} for undecided
     */
    public record WeekNow(long posts, Map<String, Long> triage) {
        public long confirmed() {
            return triage.getOrDefault(CONFIRMED, 0L);
        }

        public long pending() {
            return triage.getOrDefault(PENDING, 0L);
        }
    }

    /** One WITA day: its posts and their sentiments. */
    public record Day(LocalDate day, long posts, Map<String, Long> sentiment) {
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.post.Vocabulary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a weekly report says, as Elasticsearch counted it: the week and the one before, day by day,
 * and the coverage caveats. Java only divides these counts into shares and changes; it never counts.
 *
 * @param week     the reported week
 * @param current  the reported week's counts
 * @param previous the week before, for week-over-week change
 * @param days     the fourteen WITA days of both weeks, oldest first
 * @param caveats  sources whose data is incomplete during the week
 */
public record WeeklyFigures(ReportWeek week, Period current, Period previous, List<Day> days,
                            List<CoverageCaveat> caveats) {

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

    public List<Day> currentDays() {
        return days.stream().filter(d -> !d.day().isBefore(week.monday())).toList();
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
     * @param topics          posts per topic code
     * @param hashtags        posts per hashtag
     * @param kecamatan       posts per kecamatan
     */
    public record Period(long posts, Map<String, Long> sentiment, long flagged, Map<String, Long> flaggedByRisk,
                         Map<String, Long> triage, long confirmed, Map<String, Long> confirmedByRisk,
                         Map<String, Long> topics, Map<String, Long> hashtags, Map<String, Long> kecamatan) {

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

    /** One WITA day: its posts and their sentiments. */
    public record Day(LocalDate day, long posts, Map<String, Long> sentiment) {
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the overview shows, as counted by Elasticsearch. */
public record OverviewData(PostFilter filter, KeyNumbers current, KeyNumbers previous, List<DayPoint> volume,
                           List<Bucket> emotions, List<Bucket> hashtags, List<Bucket> terms, List<Bucket> risks,
                           List<Bucket> sources, List<Bucket> kecamatan, List<Post> latest) {

    /** Headline numbers of a period; confirmed and false alarms are analysts' decisions on the flagged. */
    public record KeyNumbers(long posts, long authors, long flagged, long confirmed, long falseAlarms, long negative,
                             long engagement) {
    }

    /** One WITA day: posts, posts per sentiment, mean sentiment score (null without scored posts). */
    public record DayPoint(LocalDate day, long posts, Map<String, Long> sentiments, Double meanSentiment) {
    }

    /** A value and how many posts have it. */
    public record Bucket(String key, long count) {
    }

    /** Change of a number against the previous period in percent; null when there was nothing before. */
    public static Double change(long now, long before) {
        return before == 0 ? null : (now - before) * 100.0 / before;
    }
}

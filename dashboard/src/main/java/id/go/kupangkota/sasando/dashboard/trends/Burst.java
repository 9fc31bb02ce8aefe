package id.go.kupangkota.sasando.dashboard.trends;

import java.util.List;

/**
 * A burst alert as the Spark TrendsJob writes it: a term or hashtag whose count on a WITA day stands
 * {@code z} above its trailing baseline, with some post ids as examples; city-wide when
 * {@code kecamatan} is null, else within that kecamatan against its own baseline.
 */
public record Burst(String id, String kind, String term, String kecamatan, String day, long count, double baselineMean,
                    double baselineStd, double z, List<String> samplePostIds) {
    public Burst {
        samplePostIds = samplePostIds == null ? List.of() : List.copyOf(samplePostIds);
    }
}

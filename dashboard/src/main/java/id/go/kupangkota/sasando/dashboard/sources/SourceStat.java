package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;
import java.util.List;

/** A source's posts in the period: total, per WITA day, newest post and newest fetch. */
public record SourceStat(String source, long posts, List<Long> perDay, Instant lastPost, Instant lastIngest) {
}

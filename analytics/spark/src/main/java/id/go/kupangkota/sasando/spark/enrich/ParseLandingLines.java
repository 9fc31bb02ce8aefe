package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * One landing line ({@link LandingRecord} JSON) to its post. A line that is not a record, or whose
 * record has no post, is logged with its beginning and counted, and left where it is: the landing
 * zone keeps it, and a better mapper or a fixed file can be re-tagged later.
 */
public final class ParseLandingLines implements FlatMapFunction<String, LandingPost> {
    private static final Logger log = LoggerFactory.getLogger(ParseLandingLines.class);

    private final LongAccumulator lines;
    private final LongAccumulator rejected;

    public ParseLandingLines(LongAccumulator lines, LongAccumulator rejected) {
        this.lines = lines;
        this.rejected = rejected;
    }

    @Override
    public Iterator<LandingPost> call(String line) {
        lines.add(1);
        if (line.isBlank()) {
            return Collections.emptyIterator();
        }
        try {
            LandingRecord record = Json.MAPPER.readValue(line, LandingRecord.class);
            Post post = record.post();
            if (post == null || post.id() == null) {
                return reject(line, "the record has no mapped post with an id");
            }
            long fetchedAt = record.fetchedAt() != null ? record.fetchedAt().toEpochMilli()
                    : post.ingestedAt() != null ? post.ingestedAt().toEpochMilli() : 0L;
            return List.of(new LandingPost(post.id(), fetchedAt, Json.MAPPER.writeValueAsString(post))).iterator();
        } catch (Exception e) {
            return reject(line, e.getMessage());
        }
    }

    private Iterator<LandingPost> reject(String line, String reason) {
        rejected.add(1);
        log.warn("landing line skipped ({}): {}", reason, line.length() > 200 ? line.substring(0, 200) + "..." : line);
        return Collections.emptyIterator();
    }
}

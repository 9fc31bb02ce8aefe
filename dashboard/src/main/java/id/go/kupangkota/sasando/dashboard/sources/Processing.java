package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;

/**
 * How far the dashboard's posts are behind what ingest landed: every view reads the posts the Spark
 * pipeline indexed, so a pipeline that stopped leaves the numbers old while the fetch runs look fine.
 *
 * @param indexedUpTo  the latest fetch among the indexed posts (null: none indexed yet)
 * @param taggedAt     when the latest of them was tagged
 * @param waiting      posts landed by fetch runs that started after {@code indexedUpTo}: not in the dashboard yet
 * @param waitingSince when the first of those runs finished (null when none waits)
 * @param behind       whether they have waited longer than the pipeline takes ({@link SourcesService#BEHIND_AFTER})
 */
public record Processing(Instant indexedUpTo, Instant taggedAt, long waiting, Instant waitingSince, boolean behind) {
}

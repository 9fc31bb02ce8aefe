/**
 * The source framework. A source is one package {@code ingest/source/<name>/} with a
 * {@code <Name>Source} (fetches one page given a {@link id.go.kupangkota.sasando.ingest.source.Cursor}),
 * a {@code <Name>Mapper} (raw payload to {@code Post}, reporting unmapped fields), a
 * {@code <Name>Settings} and a {@code DESCRIPTION.md}; it is discovered through
 * {@code META-INF/services/id.go.kupangkota.sasando.ingest.source.Source}, never registered in a switch.
 * {@link id.go.kupangkota.sasando.ingest.source.SourceRunner} does everything else once: the paging
 * loop, retries with backoff, rate-limit waits, checkpoints, landing writes, rejects and coverage.
 */
package id.go.kupangkota.sasando.ingest.source;

/**
 * Running sources: {@link id.go.kupangkota.sasando.ingest.run.SourceRunner} (the one paging loop with
 * retries, rate-limit waits, checkpoints, landing writes, rejects, coverage and failure alerts),
 * {@link id.go.kupangkota.sasando.ingest.run.IngestDaemon} (polls every enabled source on its own
 * interval) and the one-shot backfill.
 */
package id.go.kupangkota.sasando.ingest.run;

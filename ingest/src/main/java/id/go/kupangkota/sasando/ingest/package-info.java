/**
 * Ingest: collects public posts from discovered sources (X, news feeds, file imports) into the
 * landing zone, the append-only record every later stage rebuilds from. Each source only fetches
 * pages and maps them; paging, retries, rate-limit waits, checkpoints, landing writes and coverage
 * records live once in {@link id.go.kupangkota.sasando.ingest.source}.
 */
package id.go.kupangkota.sasando.ingest;

/**
 * Durable writes of collected items: landing files (hidden temp file, fsync, atomic rename),
 * checkpoints that commit a batch, and the rejects folder that keeps unreadable input verbatim.
 */
package id.go.kupangkota.sasando.ingest.landing;

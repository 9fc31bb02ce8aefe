/**
 * Durable writes of collected items: landing files (hidden temp file, fsync, atomic rename),
 * checkpoints that commit a batch, and the rejects folder that keeps unreadable input verbatim;
 * and the reading side for loaders: published landing files ({@link
 * id.go.kupangkota.sasando.ingest.landing.PublishedLandingFiles}) and their posts as bytes.
 */
package id.go.kupangkota.sasando.ingest.landing;

/**
 * Sumber: health and coverage of each source — posts per source and WITA day with the latest post
 * and fetch (aggregations), and the ingest runs from SasandoIndex.COVERAGE (errors, rate-limit
 * waits, gaps).
 */
package id.go.kupangkota.sasando.dashboard.sources;

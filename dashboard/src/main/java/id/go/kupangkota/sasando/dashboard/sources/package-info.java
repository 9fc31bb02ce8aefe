/**
 * Sumber: health and coverage of each source — posts per source and WITA day with the latest post
 * and fetch (aggregations), the ingest runs from SasandoIndex.COVERAGE (errors, rate-limit
 * waits, gaps), and ingest's alerts, which analysts and admins acknowledge or mark resolved.
 */
package id.go.kupangkota.sasando.dashboard.sources;

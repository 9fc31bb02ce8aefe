/**
 * The ingest benchmark (issue #3): generate the demo corpus, import it into the landing zone, load
 * the landing zone into Elasticsearch with core's BulkWriter, and measure Elasticsearch's own raw
 * {@code _bulk} rate for the same documents on the same node in the same run.
 */
package id.go.kupangkota.sasando.ingest.bench;

/**
 * Coverage: what every run of every source and query collected, waited for and missed, and alerts
 * when a source keeps failing (resolved when it works again). Records go to Elasticsearch and to a
 * local file, so they survive Elasticsearch being down and are sent when it is back.
 */
package id.go.kupangkota.sasando.ingest.coverage;

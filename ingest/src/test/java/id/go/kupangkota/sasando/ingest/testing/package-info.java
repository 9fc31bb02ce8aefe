/** Fixtures shared by ingest's tests: the set-up of its integration tests against the real Elasticsearch. */
package id.go.kupangkota.sasando.ingest.testing;

/** Elasticsearch wiring: the one client, index names with the configured prefix, typed post queries. */
package id.go.kupangkota.sasando.dashboard.base.es;

/**
 * Sasando's dashboard: one package per feature (overview, trends, risk, search, accounts, sources,
 * report, admin), each with its view, service and repositories; {@code base} holds the shared
 * plumbing (layout, security, Elasticsearch wiring, filters, charts).
 */
package id.go.kupangkota.sasando.dashboard;

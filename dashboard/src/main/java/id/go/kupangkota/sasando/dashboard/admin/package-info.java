/**
 * Admin: users and roles, watchlists (the keyword, hashtag and account lists ingest collects, shared
 * through SasandoIndex.WATCHLISTS in ingest's document shape) and the audit log.
 */
package id.go.kupangkota.sasando.dashboard.admin;

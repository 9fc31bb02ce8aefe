/**
 * Watchlists: the topics Sasando collects, each a set of keyword, hashtag and account queries.
 * Seeded from {@code config/watchlists.json}, edited by the dashboard admin in the watchlists index,
 * read by the sources at every run (from the file when Elasticsearch is down).
 */
package id.go.kupangkota.sasando.ingest.watchlist;

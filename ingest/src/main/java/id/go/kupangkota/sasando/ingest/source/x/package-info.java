/**
 * The X (Twitter) source: API v2 recent search for every watchlist and the timelines of watched
 * accounts, through Twitter4J and its v2 add-on ({@link id.go.kupangkota.sasando.ingest.source.x.XClient}).
 * {@link id.go.kupangkota.sasando.ingest.source.x.XSource} turns each response page into one raw item
 * per post (the post with the authors and referenced posts it needs); {@link
 * id.go.kupangkota.sasando.ingest.source.x.XMapper} turns that item into a {@code Post} with its
 * reply, quote and repost edges. Paging, retries, rate-limit waits and checkpoints are the framework's.
 */
package id.go.kupangkota.sasando.ingest.source.x;

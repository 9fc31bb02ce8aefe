/**
 * The news source: RSS 2.0 and Atom feeds of Kupang and NTT news portals and keyword feeds
 * (Google News search), read with ROME, fetched with conditional GET, and, where a feed carries
 * only a summary, the article's main text taken from its page with jsoup
 * ({@link id.go.kupangkota.sasando.ingest.source.news.ArticleExtractor}). One raw item per feed
 * item ({@link id.go.kupangkota.sasando.ingest.source.news.NewsItem}); {@link
 * id.go.kupangkota.sasando.ingest.source.news.NewsMapper} turns it into a {@code Post}.
 */
package id.go.kupangkota.sasando.ingest.source.news;

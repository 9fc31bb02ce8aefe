package id.go.kupangkota.sasando.ingest.source.news;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.MappingException;

import java.time.Instant;

/**
 * The raw item of the news source, as kept in {@code LandingRecord.raw} (JSON, snake_case): the feed
 * item's XML verbatim and, when the feed carried only a summary, the main content of the article
 * page (cleaned HTML: paragraphs, no scripts or ads), so a better mapper can re-read both.
 *
 * @param feedUrl      the feed it came from
 * @param feedName     the outlet (from the settings)
 * @param feedType     ROME's feed type, e.g. {@code rss_2.0}, {@code atom_1.0}
 * @param feedLanguage the feed's declared language ({@code <language>}, {@code xml:lang}), or null
 * @param item         the {@code <item>} or {@code <entry>} element, verbatim
 * @param articleUrl   the article page fetched for the full text, or null
 * @param articleHtml  the page's main content as cleaned HTML, or null
 * @param articleError why the page could not be used (HTTP status, no main content), or null
 * @param fetchedAt    when the feed was fetched (null in records made before it was kept)
 * @param createdAtIsFetchTime true when the item has no readable date, so the post's {@code created_at}
 *                     is {@code fetchedAt} (a dateless post would be outside every time filter); null
 *                     otherwise. {@code Post} has no field for it, so it is kept here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsItem(String feedUrl, String feedName, String feedType, String feedLanguage, String item,
                       String articleUrl, String articleHtml, String articleError, Instant fetchedAt,
                       Boolean createdAtIsFetchTime) {

    public NewsItem(String feedUrl, String feedName, String feedType, String feedLanguage, String item,
                    String articleUrl, String articleHtml, String articleError) {
        this(feedUrl, feedName, feedType, feedLanguage, item, articleUrl, articleHtml, articleError, null, null);
    }

    public NewsItem withArticle(String url, String html, String error) {
        return new NewsItem(feedUrl, feedName, feedType, feedLanguage, item, url, html, error, fetchedAt,
                createdAtIsFetchTime);
    }

    /** The item fetched at {@code at}; {@code undated}: it has no date of its own. */
    public NewsItem fetched(Instant at, boolean undated) {
        return new NewsItem(feedUrl, feedName, feedType, feedLanguage, item, articleUrl, articleHtml, articleError, at,
                undated ? Boolean.TRUE : null);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a news item always serialises", e);
        }
    }

    public static NewsItem fromJson(String raw) throws MappingException {
        try {
            NewsItem item = Json.MAPPER.readValue(raw, NewsItem.class);
            if (item.item() == null || item.feedType() == null) {
                throw new MappingException("news item without 'item' XML or 'feed_type'");
            }
            return item;
        } catch (JsonProcessingException e) {
            throw new MappingException("news item is not valid JSON: " + e.getOriginalMessage());
        }
    }
}

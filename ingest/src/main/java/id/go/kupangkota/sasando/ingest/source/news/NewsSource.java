package id.go.kupangkota.sasando.ingest.source.news;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.JdkWebClient;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.source.WebClient;
import id.go.kupangkota.sasando.ingest.source.WebResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects news items: every configured feed ({@link NewsSettings#feeds}) is one query, fetched
 * with conditional GET. A feed is one page: its new items, each with the article page's main text
 * when the feed carries only a summary.
 *
 * <p>The cursor of a feed: {@value #ETAG} and {@value #LAST_MODIFIED} from the last response (sent
 * back as {@code If-None-Match}/{@code If-Modified-Since}; HTTP 304 means nothing new) and
 * {@value #SEEN}, the ids of the items the feed listed last time, so an item is collected (and its
 * article fetched) once, however many polls it stays in the feed.
 */
public final class NewsSource implements Source {
    private static final Logger log = LoggerFactory.getLogger(NewsSource.class);

    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "last_modified";
    static final String SEEN = "seen";
    static final String NAME = "name";
    static final String FULL_TEXT = "full_text";
    /** Most item ids remembered per feed: more than any feed lists at once. */
    private static final int MAX_SEEN = 500;
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final NewsMapper mapper = new NewsMapper();
    private NewsSettings settings;
    private WebClient web;
    private ArticleExtractor extractor;
    private Clock clock;

    @Override
    public String name() {
        return NewsMapper.SOURCE;
    }

    @Override
    public void configure(SourceContext context) {
        this.settings = NewsSettings.from(context.config());
        this.web = context.web();
        this.extractor = ArticleExtractor.standard();
        this.clock = context.clock();
    }

    @Override
    public List<SourceQuery> queries() {
        return settings.feeds().stream()
                .map(f -> new SourceQuery(NewsSettings.key(f), f.url().toString(),
                        Map.of(NAME, f.name(), FULL_TEXT, Boolean.toString(f.fullText()))))
                .toList();
    }

    @Override
    public Page fetch(SourceQuery query, Cursor cursor) throws SourceException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cursor.get(ETAG) != null) {
            headers.put("If-None-Match", cursor.get(ETAG));
        }
        if (cursor.get(LAST_MODIFIED) != null) {
            headers.put("If-Modified-Since", cursor.get(LAST_MODIFIED));
        }
        String feedName = query.attribute(NAME);
        WebResponse response = web.get(URI.create(query.value()), headers);
        Instant fetchedAt = clock.instant();
        if (response.status() == 304) {
            log.info("news {}: not modified since the last run (HTTP 304)", query.key());
            return Page.empty(cursor);
        }
        FeedReader.Parsed feed;
        try {
            feed = FeedReader.read(response.body());
        } catch (FeedException e) {
            // not retried: a broken document stays broken until the outlet fixes it; the next run tries again
            throw SourceException.permanent(ErrorCode.NEWS_NOT_A_FEED, Map.of(ErrorArg.ADDRESS, query.value()),
                    "feed '" + feedName + "' (" + query.value() + ") is not a readable RSS/Atom feed: "
                            + JdkWebClient.oneLine(e.getMessage()));
        }
        List<SyndEntry> entries = feed.feed().getEntries();
        if (entries.size() != feed.items().size()) {
            throw SourceException.permanent(ErrorCode.NEWS_ITEMS_UNREADABLE, Map.of(ErrorArg.ADDRESS, query.value()),
                    "feed '" + feedName + "': ROME read " + entries.size() + " items but the document has "
                            + feed.items().size());
        }
        Set<String> seenBefore = Set.of(cursor.get(SEEN, "").split(" "));
        List<String> seenNow = new ArrayList<>();
        List<RawItem> items = new ArrayList<>();
        int articles = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String link = blankToNull(entry.getLink());
            String basis = link != null ? link : blankToNull(entry.getUri());
            if (basis != null) {
                String id = NewsMapper.stableId(basis);
                seenNow.add(id);
                if (seenBefore.contains(id)) {
                    continue;
                }
            }
            // an item without a date gets the fetch time as created_at (NewsMapper), and says so
            NewsItem item = new NewsItem(query.value(), feedName, feed.type(), feed.language(), feed.itemXml(i),
                    null, null, null).fetched(fetchedAt, NewsMapper.published(feed.items().get(i), entry) == null);
            if (needsArticle(query, entry, link)) {
                if (articles < settings.maxArticles()) {
                    articles++;
                    item = withArticle(query, item, link);
                } else {
                    log.info("news {}: max_articles={} reached, {} keeps its summary", query.key(),
                            settings.maxArticles(), link);
                }
            }
            items.add(new RawItem(item.toJson(), query.value() + "#item-" + (i + 1)));
        }
        Cursor next = Cursor.START.with(ETAG, response.header("etag"))
                .with(LAST_MODIFIED, response.header("last-modified"))
                .with(SEEN, String.join(" ", seenNow.subList(0, Math.min(seenNow.size(), MAX_SEEN))));
        return Page.of(items, next, false);
    }

    private boolean needsArticle(SourceQuery query, SyndEntry entry, String link) {
        if (link == null || !Boolean.parseBoolean(query.attribute(FULL_TEXT))) {
            return false;
        }
        // only a summary (RSS description, Atom summary), or a "full" content cut short
        String text = NewsMapper.fullContent(entry);
        return text == null || text.length() < settings.minTextChars();
    }

    /** The item with its article's main content, or with the reason it has none; never fails the feed. */
    private NewsItem withArticle(SourceQuery query, NewsItem item, String link) {
        try {
            WebResponse page = web.get(URI.create(link), Map.of());
            String html = extractor.mainContent(page.body(), charset(page.header("content-type")), link);
            if (html == null) {
                log.warn("news {}: no article text found on {}; the item keeps its summary", query.key(), link);
                return item.withArticle(link, null, "no article text found on the page");
            }
            return item.withArticle(link, html, null);
        } catch (SourceException | IllegalArgumentException e) {
            log.warn("news {}: article {} could not be fetched ({}); the item keeps its summary", query.key(), link,
                    e.getMessage());
            return item.withArticle(link, null, e.getMessage());
        }
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Mapper mapper() {
        return mapper;
    }
}

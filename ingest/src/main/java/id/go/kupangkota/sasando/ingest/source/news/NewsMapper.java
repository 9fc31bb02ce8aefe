package id.go.kupangkota.sasando.ingest.source.news;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a {@link NewsItem} to a {@code Post}: the feed item is read again with ROME (wrapped in a
 * minimal feed of its type), so the mapping works from the landing zone alone.
 *
 * <ul>
 *   <li>id {@code news:<first 16 hex digits of SHA-256 of the item link>} (the guid when there is no
 *       link), without tracking parameters ({@link ArticleLinks}): the same article gets the same id in
 *       every run and every feed that carries it, whatever campaign its link names;</li>
 *   <li>title, url (the link), author name ({@code dc:creator}, {@code author}); the author handle
 *       is the outlet's name from the settings;</li>
 *   <li>created at: {@code pubDate} / {@code published} / {@code updated} with its zone applied
 *       ({@link NewsDates}: {@code +0800}, {@code WITA}, {@code GMT}, ISO-8601); with none of them, the
 *       time the feed was fetched ({@link NewsItem#fetchedAt}, flagged there), so the post is inside the
 *       dashboard's time filters;</li>
 *   <li>text: the article page's main text when it was fetched and is longer than what the feed
 *       carries, else the item's full content ({@code content:encoded}, Atom {@code content}), else its
 *       summary, as plain text with one paragraph per line;</li>
 *   <li>lang: the feed's language ({@code id-ID} written as {@code id}).</li>
 * </ul>
 * Item elements it does not use (categories, enclosures, comment links) are reported as unmapped,
 * and so are an article page that could not be used (with the reason) and a missing date, which are
 * also warnings (the runner counts them in coverage).
 */
public final class NewsMapper implements Mapper {
    public static final String SOURCE = "news";
    /** Bump when the mapping changes: landing records carry it. */
    public static final String VERSION = "news-4"; // 3: Indonesian day and month names, zoneless times as WITA; 4: ids without utm_*

    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Set<String> USED = Set.of("title", "link", "guid", "pubDate", "description",
            "content:encoded", "dc:creator", "dc:date", "author", "id", "published", "updated", "summary", "content");

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Mapped map(RawItem raw, SourceQuery query) throws MappingException {
        NewsItem news = NewsItem.fromJson(raw.raw());
        FeedReader.Parsed parsed;
        try {
            parsed = FeedReader.read(FeedReader.parseXml(wrap(news)));
        } catch (FeedException e) {
            throw new MappingException("news item of " + news.feedUrl() + " cannot be read: " + e.getMessage());
        }
        if (parsed.feed().getEntries().size() != 1 || parsed.items().size() != 1) {
            throw new MappingException("news item of " + news.feedUrl() + " is not one " + news.feedType() + " item");
        }
        SyndEntry entry = parsed.feed().getEntries().get(0);
        Element element = parsed.items().get(0);

        String link = blankToNull(entry.getLink());
        String basis = link != null ? link : blankToNull(entry.getUri());
        if (basis == null) {
            throw new MappingException("news item of " + news.feedUrl() + " has neither link nor guid");
        }
        Post.Builder post = Post.builder(SOURCE, stableId(basis))
                .url(link != null ? link : basis)
                .title(blankToNull(entry.getTitle()) == null ? null : entry.getTitle().strip())
                .authorName(blankToNull(entry.getAuthor()))
                .authorHandle(news.feedName())
                .lang(language(news.feedLanguage()))
                .createdAt(published(element, entry));
        boolean fromFetch = post.build().createdAt() == null && news.fetchedAt() != null;
        if (fromFetch) {
            post.createdAt(news.fetchedAt());
        }

        String feedText = feedText(entry);
        String articleText = news.articleHtml() == null ? null : ArticleExtractor.text(news.articleHtml());
        String text = articleText != null && (feedText == null || articleText.length() > feedText.length())
                ? articleText : feedText;
        if (text == null) {
            text = entry.getTitle();
        }
        if (blankToNull(text) == null) {
            throw new MappingException("news item " + basis + " has no title and no text");
        }
        post.text(text);
        List<String> unmapped = unmapped(element);
        List<String> warnings = new ArrayList<>();
        if (fromFetch) {
            unmapped.add("pubDate (absent or unreadable: created_at is the fetch time)");
            warnings.add("no readable date: created_at is the time the feed was fetched");
        } else if (post.build().createdAt() == null) {
            unmapped.add("pubDate (absent or unreadable: the post has no creation time)");
            warnings.add("no readable date: the post has no creation time");
        }
        if (news.articleError() != null) {
            unmapped.add("article (" + news.articleError() + "; the feed's summary is the text)");
            warnings.add("article not used (" + news.articleError() + "): the feed's summary is the text");
        }
        return new Mapped(post.build(), unmapped, warnings);
    }

    /** The item in a minimal document of its feed type, for ROME. */
    static String wrap(NewsItem news) {
        String type = news.feedType();
        if (type.startsWith("atom")) {
            return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>feed</title><id>urn:sasando:feed</id>"
                    + "<updated>1970-01-01T00:00:00Z</updated>" + news.item() + "</feed>";
        }
        if (type.equals("rss_1.0") || type.equals("rss_0.90")) {
            return "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                    + "<channel rdf:about=\"urn:sasando:feed\"><title>feed</title><link>urn:sasando:feed</link>"
                    + "<description>feed</description></channel>" + news.item() + "</rdf:RDF>";
        }
        String version = type.startsWith("rss_") ? type.substring(4).replaceAll("[A-Z]$", "") : "2.0";
        return "<rss version=\"" + version + "\"><channel><title>feed</title><link>urn:sasando:feed</link>"
                + "<description>feed</description>" + news.item() + "</channel></rss>";
    }

    /** The zone-correct publication time: our parser first (it knows WITA), ROME's as a fallback. */
    static Instant published(Element item, SyndEntry entry) {
        for (String text : Arrays.asList(child(item, "pubDate", Namespace.NO_NAMESPACE), child(item, "published", ATOM),
                child(item, "updated", ATOM), child(item, "date", Namespace.getNamespace("http://purl.org/dc/elements/1.1/")))) {
            Instant t = NewsDates.parse(text);
            if (t != null) {
                return t;
            }
        }
        if (entry.getPublishedDate() != null) {
            return entry.getPublishedDate().toInstant();
        }
        return entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant();
    }

    static String feedText(SyndEntry entry) {
        String full = fullContent(entry);
        if (full != null) {
            return full;
        }
        SyndContent d = entry.getDescription();
        return d == null || d.getValue() == null ? null : blankToNull(ArticleExtractor.text(d.getValue()));
    }

    /** The item's full content ({@code content:encoded}, Atom {@code content}) as text, or null. */
    static String fullContent(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            String t = c.getValue() == null ? null : ArticleExtractor.text(c.getValue());
            if (blankToNull(t) != null) {
                return t;
            }
        }
        return null;
    }

    private static List<String> unmapped(Element item) {
        Set<String> out = new LinkedHashSet<>();
        for (Element child : item.getChildren()) {
            String name = child.getNamespacePrefix().isEmpty() ? child.getName() : child.getQualifiedName();
            if (!USED.contains(name)) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /** {@code id-ID}, {@code id_ID}, {@code in} → {@code id}; other languages by their primary subtag. */
    static String language(String feedLanguage) {
        if (blankToNull(feedLanguage) == null) {
            return null;
        }
        String primary = feedLanguage.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return "in".equals(primary) ? "id" : primary;
    }

    /** The id of an item's link (or guid): the same article whatever campaign parameters the feed adds. */
    static String stableId(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ArticleLinks.withoutTracking(basis.strip()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String child(Element item, String name, Namespace ns) {
        Element c = item.getChild(name, ns);
        if (c == null && ns == ATOM) {
            c = item.getChild(name);
        }
        return c == null ? null : c.getTextTrim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

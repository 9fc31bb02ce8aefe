package id.go.kupangkota.sasando.ingest.source.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds an article page's main text with jsoup: strips scripts, navigation and ads
 * ({@code article-strip.txt}), takes the first content container that holds enough paragraph text
 * ({@code article-content.txt}), else every substantial paragraph of the page, and keeps it as
 * cleaned HTML (paragraphs and headings only). {@link #text} turns that HTML into the post text, one
 * paragraph per line.
 */
final class ArticleExtractor {
    /** A container with less paragraph text than this is not the article (a teaser box, a caption). */
    static final int MIN_ARTICLE_CHARS = 200;
    /** A loose paragraph shorter than this is boilerplate ("Editor: ER", a share label). */
    private static final int MIN_PARAGRAPH_CHARS = 40;
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";

    private final List<String> contentSelectors;
    private final String stripSelector;

    ArticleExtractor(List<String> contentSelectors, List<String> stripSelectors) {
        this.contentSelectors = List.copyOf(contentSelectors);
        this.stripSelector = String.join(", ", stripSelectors);
    }

    /** The extractor with the bundled selector lists. */
    static ArticleExtractor standard() {
        return new ArticleExtractor(lines("article-content.txt"), lines("article-strip.txt"));
    }

    /**
     * The main content of a page as cleaned HTML, or null when the page has no article text.
     *
     * @param charset the charset from the Content-Type header, or null to let jsoup read the page's meta tag
     */
    String mainContent(byte[] page, String charset, String url) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page), charset, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory page", e);
        }
        doc.select(stripSelector).remove();
        Element best = null;
        for (String selector : contentSelectors) {
            for (Element candidate : doc.select(selector)) {
                if (best == null || paragraphChars(candidate) > paragraphChars(best)) {
                    best = candidate;
                }
            }
            if (best != null && paragraphChars(best) >= MIN_ARTICLE_CHARS) {
                break;
            }
            best = null;
        }
        if (best == null) {
            best = new Element("div");
            for (Element p : doc.select("body p")) {
                if (p.text().length() >= MIN_PARAGRAPH_CHARS) {
                    best.appendChild(p.clone());
                }
            }
            if (paragraphChars(best) < MIN_ARTICLE_CHARS) {
                return null;
            }
        }
        return Jsoup.clean(best.html(), Safelist.none().addTags("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                "ul", "ol", "blockquote", "br")).strip();
    }

    /** Plain text of (cleaned) HTML: one line per paragraph, heading or list item. */
    static String text(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> lines = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a wrapper around other blocks (select includes the block itself): take those
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        if (lines.isEmpty()) {
            String t = body.text().strip();
            return t.isEmpty() ? null : t;
        }
        return String.join("\n", lines);
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** A commented data file of this package: its lines, stripped, without blanks and {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = ArticleExtractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

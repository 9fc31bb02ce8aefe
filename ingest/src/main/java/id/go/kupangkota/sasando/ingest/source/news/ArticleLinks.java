package id.go.kupangkota.sasando.ingest.source.news;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * An item's link as the article it names: without the query parameters that only say how a reader
 * came to it ({@code tracking-parameters.txt}: {@code utm_*}, {@code fbclid}, ...). Feeds that add
 * campaign parameters change them from poll to poll; the article stays the same post.
 */
final class ArticleLinks {
    private static final List<String> TRACKING = ArticleExtractor.lines("tracking-parameters.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList();

    private ArticleLinks() {
    }

    /** The link without tracking parameters (order and spelling of the others kept); other text as it is. */
    static String withoutTracking(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            return link;
        }
        int fragment = link.indexOf('#', query);
        String params = fragment < 0 ? link.substring(query + 1) : link.substring(query + 1, fragment);
        StringJoiner kept = new StringJoiner("&");
        for (String param : params.split("&")) {
            if (!param.isEmpty() && !tracking(param)) {
                kept.add(param);
            }
        }
        return link.substring(0, query) + (kept.length() == 0 ? "" : "?" + kept)
                + (fragment < 0 ? "" : link.substring(fragment));
    }

    private static boolean tracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        for (String t : TRACKING) {
            if (t.endsWith("*") ? name.startsWith(t.substring(0, t.length() - 1)) : name.equals(t)) {
                return true;
            }
        }
        return false;
    }
}

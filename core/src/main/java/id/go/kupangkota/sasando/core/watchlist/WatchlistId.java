package id.go.kupangkota.sasando.core.watchlist;

import java.util.regex.Pattern;

/**
 * What a watchlist id may be: a slug of lower-case letters, digits and hyphens, at most 64, starting
 * with a letter or digit. One rule for the dashboard that saves watchlists and ingest that reads them:
 * the id is the document id and the sources' query key, and a watchlist ingest cannot read would make
 * it fall back to the seed file.
 */
public final class WatchlistId {
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private WatchlistId() {
    }

    public static boolean valid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}

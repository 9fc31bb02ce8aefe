package id.go.kupangkota.sasando.ingest.source.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an export row that is a post of X (Twitter) and its tweet id, so the import gives it the X
 * source's id ({@code x:<tweet id>}) instead of one of its own. A row is one when
 * <ul>
 *   <li>its platform (the mapping's {@code platform} column, or the mapping's {@code platform} for
 *       the whole export) is one of the names in {@code x-platforms.txt}, and its id column holds a
 *       tweet id (digits, only when the mapping says its ids are unique: a row number is no tweet id)
 *       or its url is a status URL; or</li>
 *   <li>it says no platform and its url is a status URL of twitter.com, x.com or mobile.twitter.com
 *       ({@code https://x.com/<user>/status/<id>}, also {@code /i/web/status/<id>}, {@code /statuses/},
 *       with a query or a trailing {@code /photo/1}).</li>
 * </ul>
 * A row whose platform names another network stays a row of the import, whatever its url.
 */
final class XPosts {
    private static final Pattern STATUS_URL = Pattern.compile(
            "(?i)^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(?:i/web|[A-Za-z0-9_]{1,15})"
                    + "/status(?:es)?/(\\d{1,19})(?:[/?#].*)?$");
    private static final Pattern TWEET_ID = Pattern.compile("\\d{1,19}");
    private static final Set<String> NAMES = names("x-platforms.txt");

    private XPosts() {
    }

    /** Whether a platform value names X. */
    static boolean isX(String platform) {
        return platform != null && NAMES.contains(platform.strip().toLowerCase(Locale.ROOT));
    }

    /** The tweet id of a status URL, or null when the value is none. */
    static String statusId(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = STATUS_URL.matcher(url.strip());
        return m.matches() ? tweetId(m.group(1)) : null;
    }

    /** The value as a tweet id (a positive 64-bit number without leading zeros), or null. */
    static String tweetId(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (!TWEET_ID.matcher(v).matches() || v.startsWith("0")) {
            return null;
        }
        try {
            Long.parseLong(v);
            return v;
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    /**
     * The tweet id of a row, or null when the row is not recognisably an X post.
     *
     * @param platform  the row's platform, or null when the export says none
     * @param uniqueId  the row's id column when the mapping says its ids are unique, else null
     * @param url       the row's url, or null
     */
    static String of(String platform, String uniqueId, String url) {
        if (platform == null || platform.isBlank()) {
            return statusId(url);
        }
        if (!isX(platform)) {
            return null;
        }
        String id = tweetId(uniqueId);
        return id != null ? id : statusId(url);
    }

    private static Set<String> names(String resource) {
        try (InputStream in = XPosts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing next to " + XPosts.class);
            }
            Set<String> names = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

package id.go.kupangkota.sasando.ingest.source;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a source collects: a watchlist topic, a feed URL, a file. The {@code key} names its
 * checkpoint and coverage records, so it must be stable across runs; {@code value} is what the
 * source needs to fetch (a search expression, a URL, a path) and is stored as {@code Post.query}.
 *
 * @param key        stable, file-name safe key ({@code [a-z0-9._-]}, at most 120 characters)
 * @param value      the query itself
 * @param attributes source-specific extras (e.g. the watchlist id), never null
 */
public record SourceQuery(String key, String value, Map<String, String> attributes) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");

    public SourceQuery {
        Objects.requireNonNull(value, "value");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("query key must match " + KEY + ": " + key);
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static SourceQuery of(String key, String value) {
        return new SourceQuery(key, value, Map.of());
    }

    /** A file-name safe key made from any text (lower case, other characters as '-'). */
    public static String keyOf(String text) {
        String k = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (k.isEmpty()) {
            k = "q";
        }
        return k.length() > 120 ? k.substring(0, 120) : k;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}

package id.go.kupangkota.sasando.ingest.source;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a query's collection stands, in the source's own terms ({@code since_id}, {@code next_token},
 * a feed's ETag, a file's line number). Opaque to the runner, which stores it as the query's
 * checkpoint after the page's items are durable. Immutable; {@link #with} returns a copy.
 */
public record Cursor(Map<String, String> values) {
    /** The cursor of a query never collected before. */
    public static final Cursor START = new Cursor(Map.of());

    public Cursor {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public long getLong(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    public boolean isStart() {
        return values.isEmpty();
    }

    /** A copy with {@code name} set, or removed when {@code value} is null. */
    public Cursor with(String name, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Cursor(copy);
    }

    public Cursor with(String name, long value) {
        return with(name, Long.toString(value));
    }
}

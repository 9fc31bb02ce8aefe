package id.go.kupangkota.sasando.ingest.source;

import java.util.Objects;

/**
 * One payload as the source sent it (a JSON object's text, an XML item, a CSV row as a JSON object
 * of column to value), kept verbatim in the landing zone.
 *
 * @param raw      the payload text
 * @param location where it came from, for error messages: {@code file.csv:17}, a URL; may be null
 */
public record RawItem(String raw, String location) {
    public RawItem {
        Objects.requireNonNull(raw, "raw");
    }

    public static RawItem of(String raw) {
        return new RawItem(raw, null);
    }
}

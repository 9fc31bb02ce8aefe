package id.go.kupangkota.sasando.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response a source received (status below 400; errors become {@link SourceException}s).
 *
 * @param status  e.g. 200, or 304 for a feed that did not change
 * @param headers response headers, names in lower case
 * @param body    the body bytes
 */
public record WebResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link WebClient} that replays recorded payloads from {@code src/test/resources/<source>/}
 * instead of calling the network, with the same error conventions as {@link JdkWebClient}
 * (429 becomes a {@link RateLimitedException}, 5xx a retryable {@link SourceException}).
 *
 * <pre>
 * RecordedWeb web = RecordedWeb.of("x")
 *         .reply("next_token=abc", "search-page-2.json")
 *         .reply("/2/tweets/search/recent", 429, Map.of("x-rate-limit-reset", "1720000000"), null)
 *         .reply("/2/tweets/search/recent", "search-page-1.json");
 * </pre>
 * The first rule whose text occurs in the requested URI answers; replies of one rule are used in
 * order and the last one repeats. Every request is kept for assertions ({@link #requests()}).
 */
public final class RecordedWeb implements WebClient {
    private final String source;
    private final Clock clock;
    private final Map<String, Deque<WebResponse>> rules = new LinkedHashMap<>();
    private final List<URI> requests = new ArrayList<>();
    private final List<Map<String, String>> requestHeaders = new ArrayList<>();

    private RecordedWeb(String source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public static RecordedWeb of(String source) {
        return new RecordedWeb(source, Clock.systemUTC());
    }

    public static RecordedWeb of(String source, Clock clock) {
        return new RecordedWeb(source, clock);
    }

    /** Answers URIs containing {@code uriContains} with HTTP 200 and the resource {@code /<source>/<resource>}. */
    public RecordedWeb reply(String uriContains, String resource) {
        return reply(uriContains, 200, Map.of(), resource);
    }

    /** Answers with any status and headers; {@code resource} may be null for an empty body. */
    public RecordedWeb reply(String uriContains, int status, Map<String, String> headers, String resource) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.of(v)));
        byte[] body = resource == null ? new byte[0] : payload(resource);
        rules.computeIfAbsent(uriContains, k -> new ArrayDeque<>()).add(new WebResponse(status, lower, body));
        return this;
    }

    /** The bytes of a recorded payload, {@code /<source>/<resource>} on the test classpath. */
    public byte[] payload(String resource) {
        String path = "/" + source + "/" + resource;
        try (InputStream in = RecordedWeb.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded payload " + path + " in src/test/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized WebResponse get(URI uri, Map<String, String> headers) throws SourceException {
        requests.add(uri);
        requestHeaders.add(Map.copyOf(headers));
        for (Map.Entry<String, Deque<WebResponse>> rule : rules.entrySet()) {
            if (uri.toString().contains(rule.getKey())) {
                Deque<WebResponse> replies = rule.getValue();
                WebResponse response = replies.size() > 1 ? replies.poll() : replies.peek();
                return JdkWebClient.check(uri, response, clock);
            }
        }
        throw SourceException.permanent(ErrorCode.WEB_REJECTED, Map.of(ErrorArg.STATUS, "404",
                ErrorArg.ADDRESS, uri.toString()), "no recorded reply for " + uri);
    }

    public synchronized List<URI> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Map<String, String>> requestHeaders() {
        return List.copyOf(requestHeaders);
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** The {@link WebClient} of a real run, on the JDK's HTTP client. */
public final class JdkWebClient implements WebClient {
    static final String USER_AGENT = "Sasando/0.1 (Diskominfo Kota Kupang social media monitoring)";
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);
    static final int MAX_ERROR_CHARS = 200;
    private static final Pattern HTML = Pattern.compile("<(!doctype|html|head|body|title)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** More than any feed or article page: a PDF, a video or a stream that an item links to. */
    static final int MAX_BODY_BYTES = 16 << 20;

    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final int maxBodyBytes;

    public JdkWebClient(Clock clock) {
        this(clock, TIMEOUT, MAX_BODY_BYTES);
    }

    /**
     * @param timeout      how long one request may take
     * @param maxBodyBytes the largest answer kept; a larger one is refused as soon as it is larger
     */
    JdkWebClient(Clock clock, Duration timeout, int maxBodyBytes) {
        this.clock = clock;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public WebResponse get(URI uri, Map<String, String> headers) throws SourceException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        // the request's timeout ends with the headers: a server that sends them and then trickles the
        // body for ever would hold the source's thread, so the whole answer has the same deadline
        CompletableFuture<HttpResponse<byte[]>> answer =
                http.sendAsync(request.build(), info -> new LimitedBody(maxBodyBytes));
        try {
            response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof LimitedBody.TooLarge) {
                answer.cancel(true);
                throw SourceException.permanent(ErrorCode.WEB_TOO_LARGE,
                        Map.of(ErrorArg.HOST, host(uri), ErrorArg.ADDRESS, uri.toString()),
                        "the answer of " + uri + " is more than " + (maxBodyBytes >> 20) + " MiB: no feed or article page");
            }
            throw SourceException.retryable(ErrorCode.WEB_UNREACHABLE, Map.of(ErrorArg.HOST, host(uri)),
                    "cannot reach " + uri.getHost() + ": " + cause, cause);
        } catch (TimeoutException e) {
            answer.cancel(true); // closes the connection
            throw SourceException.retryable(ErrorCode.WEB_UNREACHABLE, Map.of(ErrorArg.HOST, host(uri)),
                    "no complete answer from " + host(uri) + " within " + seconds(timeout), e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException(ErrorCode.RUN_STOPPED, Map.of(), "interrupted while fetching " + uri.getHost(), e,
                    false);
        }
        Map<String, List<String>> lower = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        WebResponse result = new WebResponse(response.statusCode(), lower, response.body());
        return check(uri, result, clock);
    }

    /** Applies the error conventions to a response; shared with replaying test clients. */
    public static WebResponse check(URI uri, WebResponse response, Clock clock) throws SourceException {
        int status = response.status();
        if (status < 400) {
            return response;
        }
        String what = "HTTP " + status + " from " + uri.getHost() + uri.getPath();
        String code = Integer.toString(status);
        if (status == 429) {
            throw new RateLimitedException(ErrorCode.WEB_RATE_LIMITED, Map.of(ErrorArg.HOST, host(uri)), what,
                    resetAt(response, clock));
        }
        if (status >= 500 || status == 408) {
            throw new SourceException(ErrorCode.WEB_UNAVAILABLE,
                    Map.of(ErrorArg.STATUS, code, ErrorArg.HOST, host(uri)), what, null, true);
        }
        throw SourceException.permanent(ErrorCode.WEB_REJECTED, Map.of(ErrorArg.STATUS, code,
                ErrorArg.ADDRESS, uri.toString()), what + ": " + oneLine(response.text()));
    }

    /** The body as bytes, failing as soon as it is longer than a limit (the rest is not read). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        static final class TooLarge extends IOException {
            TooLarge(int limit) {
                super("answer longer than " + limit + " bytes");
            }
        }

        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final int limit;
        private Flow.Subscription subscription;
        private long received;
        private boolean refused;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return bytes.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            bytes.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (refused) {
                return;
            }
            for (ByteBuffer b : items) {
                received += b.remaining();
            }
            if (received > limit) {
                refused = true;
                subscription.cancel();
                bytes.onError(new TooLarge(limit));
                return;
            }
            bytes.onNext(items);
        }

        @Override
        public void onError(Throwable t) {
            if (!refused) {
                bytes.onError(t);
            }
        }

        @Override
        public void onComplete() {
            if (!refused) {
                bytes.onComplete();
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? uri.toString() : uri.getHost();
    }

    /** When a 429 says to try again: {@code x-rate-limit-reset}, else {@code Retry-After}, else in a minute. */
    public static Instant resetAt(WebResponse response, Clock clock) {
        String reset = response.header("x-rate-limit-reset");
        if (reset != null && reset.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(reset));
        }
        String retryAfter = response.header("retry-after");
        if (retryAfter != null) {
            if (retryAfter.matches("\\d+")) {
                return clock.instant().plusSeconds(Long.parseLong(retryAfter));
            }
            try {
                return ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (RuntimeException ignored) {
                // an unreadable Retry-After: fall back to the default wait
            }
        }
        return clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT);
    }

    /**
     * A response body as it goes into an error message and the log: an HTML error page as its text,
     * on one line, at most {@value #MAX_ERROR_CHARS} characters (a 404 page must not fill the log).
     */
    public static String oneLine(String body) {
        if (body == null) {
            return "";
        }
        String text = body;
        if (HTML.matcher(text).find()) {
            text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll(" ");
            text = Parser.unescapeEntities(text, false); // "&#8211;" is the dash the page shows
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS - 1) + "…";
    }
}

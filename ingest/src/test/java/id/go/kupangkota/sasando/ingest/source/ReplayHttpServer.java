package id.go.kupangkota.sasando.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server (JDK {@code com.sun.net.httpserver}) that replays recorded responses, for
 * sources whose client does its own HTTP (Twitter4J) or that must be tested over a real socket
 * (conditional GET, charsets, timeouts). The first rule whose text occurs in the decoded request URI
 * answers; a rule's replies are used in order and the last one repeats.
 *
 * <pre>
 * try (ReplayHttpServer server = ReplayHttpServer.start()) {
 *     server.on("next_token=abc", Reply.ok(ReplayHttpServer.resource("x/search-page-2.json")))
 *           .on("/2/tweets/search/recent", Reply.status(503), Reply.ok(page1));
 *     ... server.baseUrl() ...
 * }
 * </pre>
 */
public final class ReplayHttpServer implements AutoCloseable {

    /**
     * A recorded answer: status, headers, body, how long to stall before answering, and, when not null,
     * the pause before the body is sent again, repeated for as long as the client listens.
     */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, Duration trickle) {
        public static Reply ok(byte[] body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), body, Duration.ZERO,
                    null);
        }

        /** A JSON answer with any status, e.g. an API error body with 429 or 503. */
        public static Reply json(int status, byte[] body) {
            return ok(body).withStatus(status);
        }

        public Reply withStatus(int code) {
            return new Reply(code, headers, body, delay, trickle);
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], Duration.ZERO, null);
        }

        public Reply withHeaders(Map<String, String> more) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(more);
            return new Reply(status, all, body, delay, trickle);
        }

        public Reply withBody(byte[] content) {
            return new Reply(status, headers, content, delay, trickle);
        }

        /** Answers only after {@code d}: longer than the client's read timeout makes it time out. */
        public Reply after(Duration d) {
            return new Reply(status, headers, body, d, trickle);
        }

        /**
         * Answers at once and sends the body again and again, {@code pause} apart, never ending: a portal
         * whose server hangs mid-answer (a short body, a long pause: no read timeout fires, as bytes keep
         * coming), or a stream (a big body, a short pause).
         */
        public Reply endless(Duration pause) {
            return new Reply(status, headers, body, delay, pause);
        }
    }

    /** A request the server received: decoded path and query, and the request headers (lower case). */
    public record Request(String method, String uri, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Deque<Reply>> rules = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private ReplayHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static ReplayHttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newCachedThreadPool();
            ReplayHttpServer replay = new ReplayHttpServer(server, threads);
            server.createContext("/", replay::handle);
            server.setExecutor(threads);
            server.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the replay server", e);
        }
    }

    /** The bytes of a test resource, e.g. {@code resource("x/search-page-1.json")}. */
    public static byte[] resource(String path) {
        try (InputStream in = ReplayHttpServer.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds replies for URIs containing {@code uriContains} (rules are tried in the order added). */
    public ReplayHttpServer on(String uriContains, Reply... replies) {
        rules.computeIfAbsent(uriContains, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    /** {@code http://127.0.0.1:<port>/} */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String uri = exchange.getRequestURI().getPath()
                + (query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        requests.add(new Request(exchange.getRequestMethod(), uri, headers));
        Reply reply = next(uri);
        try (exchange) {
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean noBody = reply.status() == 304 || reply.body().length == 0;
            if (reply.trickle() != null) {
                exchange.sendResponseHeaders(reply.status(), 0); // chunked: no length, no end
                OutputStream out = exchange.getResponseBody();
                out.write(reply.body());
                while (!Thread.currentThread().isInterrupted()) {
                    out.flush();
                    Thread.sleep(reply.trickle().toMillis());
                    out.write(reply.body());
                }
                return;
            }
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: nothing to answer any more
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }

    private Reply next(String uri) {
        synchronized (rules) {
            for (Map.Entry<String, Deque<Reply>> rule : rules.entrySet()) {
                if (uri.contains(rule.getKey())) {
                    Deque<Reply> replies = rule.getValue();
                    return replies.size() > 1 ? replies.poll() : replies.peek();
                }
            }
        }
        return new Reply(404, Map.of(), ("no recorded reply for " + uri).getBytes(StandardCharsets.UTF_8), Duration.ZERO,
                null);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

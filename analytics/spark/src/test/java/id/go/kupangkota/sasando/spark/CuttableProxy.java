package id.go.kupangkota.sasando.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the test Elasticsearch that goes away on cue: the node as a job sees it when
 * it stops in the middle of a batch (open connections reset, new ones refused), without stopping the
 * node every other test class shares. Everything that passes is the real node's answer.
 */
public final class CuttableProxy implements AutoCloseable {
    private static final String BULK = "/_bulk";

    private final URI target;
    private final int bulkRequestsLetThrough;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger bulkRequests = new AtomicInteger();
    private volatile boolean cut;

    /** Relays to {@code url} until the bulk request after the first {@code bulkRequestsLetThrough} begins. */
    public CuttableProxy(String url, int bulkRequestsLetThrough) throws IOException {
        this(url, bulkRequestsLetThrough, 0);
    }

    /** Relays to {@code url} on {@code port} (0: any free one), e.g. a port a job found closed before. */
    public CuttableProxy(String url, int bulkRequestsLetThrough, int port) throws IOException {
        this.target = URI.create(url);
        this.bulkRequestsLetThrough = bulkRequestsLetThrough;
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "cuttable-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public boolean isCut() {
        return cut;
    }

    /** Elasticsearch "stops": every open connection is closed and new ones are refused. */
    public synchronized void cut() {
        cut = true;
        closeQuietly(server);
        open.forEach(CuttableProxy::closeQuietly);
    }

    @Override
    public void close() {
        cut();
    }

    private void accept() {
        while (!cut) {
            try {
                Socket client = server.accept();
                Socket node = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(node);
                pump(client, node, true);
                pump(node, client, false);
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private void pump(Socket from, Socket to, boolean requests) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (requests && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(BULK)
                            && bulkRequests.incrementAndGet() > bulkRequestsLetThrough) {
                        cut();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cuttable-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}

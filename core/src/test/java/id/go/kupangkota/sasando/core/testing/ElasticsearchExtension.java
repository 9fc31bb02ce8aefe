package id.go.kupangkota.sasando.core.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.core.es.EsClients;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Gives integration tests a real Elasticsearch: one node per test JVM, started on first use from
 * the server zip Maven resolved (system property {@code sasando.es.zip}) under
 * {@code target/es-test}, reused by every test class, stopped when the JVM exits. Set
 * {@code SASANDO_TEST_ES_URL} to use a node that is already running instead.
 *
 * <p>Each test takes its own index prefix from {@link #settings(Path)}, so tests never see each
 * other's data, nor any user's.
 */
public final class ElasticsearchExtension implements BeforeAllCallback {
    private static volatile String url;
    private static volatile ElasticsearchClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("SASANDO_TEST_ES_URL");
            if (external != null && !external.isBlank()) {
                url = external;
            } else {
                String zip = System.getProperty("sasando.es.zip");
                if (zip == null) {
                    throw new IllegalStateException("system property sasando.es.zip is not set (run the tests through Maven)");
                }
                // one unpacked distribution per module, one data folder per test JVM: a node left over
                // by a killed run can never hold the lock of the next one
                Path root = Path.of("target", "es-test").toAbsolutePath();
                Path home = root.resolve("node-" + ProcessHandle.current().pid());
                EmbeddedElasticsearch es = new EmbeddedElasticsearch(Path.of(zip), root.resolve("dist"), home,
                        EmbeddedElasticsearch.freePort(), "768m");
                es.start(Duration.ofMinutes(3));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    es.stop();
                    deleteQuietly(es.home());
                }, "stop-test-elasticsearch"));
                url = es.url();
            }
        }
        return url;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // leftovers under target/ are removed by the next clean
        }
    }

    /** The shared client of the test JVM (do not close it). */
    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = EsClients.create(settings(Path.of("target")));
        }
        return client;
    }

    /** A fresh index prefix, unique to the caller. */
    public static String freshPrefix() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "-";
    }

    /** Settings pointing at the test node, with a fresh prefix and the given data home. */
    public static SasandoSettings settings(Path home) {
        return new SasandoSettings(home.toAbsolutePath(), url(), null, null, freshPrefix());
    }

    /** Settings with a fresh prefix and a new temporary data home. */
    public static SasandoSettings settings() {
        try {
            return settings(Files.createTempDirectory("sasando-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Elasticsearch a job writes to, in a form Spark can ship to executors (the core settings hold
 * a {@link Path}, which is not serialisable). Tasks write through {@link #executorClient}, one client
 * per executor JVM; the driver's short calls build their own with {@link #client}.
 */
public record EsTarget(String url, String user, String password, String prefix) implements Serializable {

    /** The flag that turns Elasticsearch off for a job (Parquet only). */
    public static final String NO_ES = "no-es";

    public static EsTarget of(SasandoSettings settings) {
        return new EsTarget(settings.esUrl(), settings.esUser(), settings.esPassword(), settings.indexPrefix());
    }

    /** The target of the settings, or null when the job was given {@code --no-es}. */
    public static EsTarget unlessNoEs(Options options, SasandoSettings settings) {
        return options.has(NO_ES) ? null : of(settings);
    }

    /**
     * The executor JVM's client for this target, made at first use and closed when the JVM exits. Tasks
     * share it (the client is thread-safe) and must not close it: a client per task built a connection
     * pool and its I/O threads for every partition of every batch, and the JIT kept compiling their
     * set-up code late into a run.
     */
    public ElasticsearchClient executorClient() {
        return EXECUTOR_CLIENTS.computeIfAbsent(this, target -> {
            ElasticsearchClient client = target.client();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> EsClients.close(client), "sasando-es-client-close"));
            return client;
        });
    }

    private static final Map<EsTarget, ElasticsearchClient> EXECUTOR_CLIENTS = new ConcurrentHashMap<>();

    /** A new client; the caller closes it with {@link EsClients#close}. */
    public ElasticsearchClient client() {
        return EsClients.create(new SasandoSettings(Path.of("."), url, user, password, prefix));
    }

    /**
     * Fails with a message that says what to do when the node does not answer, before a job has
     * written anything.
     */
    public void requireReachable() {
        ElasticsearchClient client = client();
        try {
            client.cluster().health(h -> h.timeout(t -> t.time("5s")));
        } catch (IOException | RuntimeException e) {
            throw new ElasticsearchUnavailableException(url, e);
        } finally {
            EsClients.close(client);
        }
    }

    /** Puts the indices' templates and makes sure their aliases exist. */
    public void bootstrap(SasandoIndex... indices) {
        ElasticsearchClient client = client();
        try {
            IndexBootstrap bootstrap = new IndexBootstrap(client, prefix);
            for (SasandoIndex index : indices) {
                bootstrap.ensure(index);
            }
        } finally {
            EsClients.close(client);
        }
    }

    @Override
    public String toString() {
        return "EsTarget[url=" + url + ", user=" + user + ", prefix=" + prefix + "]";
    }

    /** Elasticsearch did not answer: the landing and curated zones are unaffected. */
    public static final class ElasticsearchUnavailableException extends RuntimeException {
        ElasticsearchUnavailableException(String url, Throwable cause) {
            super("Elasticsearch at " + url + " is not reachable (" + cause.getMessage() + "). The landing and"
                    + " curated zones are unaffected: run with --no-es to write Parquet only, then --es-only"
                    + " (or any later run) loads it when Elasticsearch is back.", cause);
        }
    }
}

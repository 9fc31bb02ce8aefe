package id.go.kupangkota.sasando.ingest.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.source.JdkWebClient;
import id.go.kupangkota.sasando.ingest.source.Sleeper;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceCatalog;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.WebClient;
import id.go.kupangkota.sasando.ingest.watchlist.WatchlistRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every ingest process holds once: settings, the Elasticsearch client (optional: ingest keeps
 * working into the landing zone when Elasticsearch is down), the coverage log, the watchlists, the
 * sources settings and the web client. Builds source contexts and runners from them.
 */
public final class IngestRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestRuntime.class);
    private static final SasandoIndex[] OWN_INDICES = {SasandoIndex.COVERAGE, SasandoIndex.ALERTS, SasandoIndex.WATCHLISTS};

    private final SasandoSettings settings;
    private final ElasticsearchClient client;
    private final CoverageLog coverage;
    private final WatchlistRepository watchlists;
    private final SourceCatalog catalog;
    private final Clock clock;
    private final WebClient web;
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile boolean indicesReady;

    public IngestRuntime(SasandoSettings settings, ElasticsearchClient client, Path configDir, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.clock = clock;
        this.coverage = new CoverageLog(settings, client);
        this.watchlists = new WatchlistRepository(client, settings.indexPrefix(),
                configDir.resolve(WatchlistRepository.FILE_NAME), clock);
        this.catalog = SourceCatalog.load(configDir.resolve(SourceCatalog.FILE_NAME));
        this.web = new JdkWebClient(clock);
    }

    /** The runtime of a command: settings from the environment, config from {@link IngestPaths#configDir()}. */
    public static IngestRuntime fromEnvironment(boolean withElasticsearch) {
        SasandoSettings settings = SasandoSettings.fromEnvironment();
        return new IngestRuntime(settings, withElasticsearch ? EsClients.create(settings) : null,
                IngestPaths.configDir(), Clock.systemUTC());
    }

    public SasandoSettings settings() {
        return settings;
    }

    public ElasticsearchClient client() {
        return client;
    }

    public CoverageLog coverage() {
        return coverage;
    }

    public WatchlistRepository watchlists() {
        return watchlists;
    }

    public SourceCatalog catalog() {
        return catalog;
    }

    public Clock clock() {
        return clock;
    }

    public SourceContext context(Source source) {
        return new SourceContext(settings, catalog.config(source.name()), watchlists, clock, web);
    }

    /** A runner that stops between pages once {@link #requestStop()} was called. */
    public SourceRunner runner() {
        return new SourceRunner(settings, coverage, clock, Sleeper.REAL, stop::get);
    }

    public void requestStop() {
        stop.set(true);
    }

    public boolean stopRequested() {
        return stop.get();
    }

    /**
     * Makes sure ingest's indices exist, seeds the watchlists and sends pending coverage; harmless to
     * call again (the daemon does until Elasticsearch answers). False when Elasticsearch is unreachable.
     */
    public boolean connect() {
        if (client == null) {
            return false;
        }
        try {
            if (!indicesReady) {
                IndexBootstrap bootstrap = new IndexBootstrap(client, settings.indexPrefix());
                for (SasandoIndex index : OWN_INDICES) {
                    bootstrap.ensure(index); // also adds fields a newer template has to an existing index
                }
                watchlists.seed();
                indicesReady = true;
            }
            return coverage.flush();
        } catch (Exception e) {
            log.warn("Elasticsearch at {} not available ({}); coverage is kept locally", settings.esUrl(), e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        if (client != null) {
            EsClients.close(client);
        }
    }
}

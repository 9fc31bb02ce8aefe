package id.go.kupangkota.sasando.dashboard.base.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The application's one {@link ElasticsearchClient}, closed on shutdown, and the indexes set up at
 * start-up. Settings come from Sasando's environment variables ({@link SasandoSettings#fromEnvironment()}).
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfig {

    @Bean
    @ConditionalOnMissingBean
    SasandoSettings sasandoSettings() {
        return SasandoSettings.fromEnvironment();
    }

    @Bean(destroyMethod = "")
    ElasticsearchClient elasticsearchClient(SasandoSettings settings) {
        ElasticsearchClient client = EsClients.create(settings);
        new IndexBootstrap(client, settings.indexPrefix()).ensureAll();
        return client;
    }

    @Bean
    ClientCloser elasticsearchClientCloser(ElasticsearchClient client) {
        return new ClientCloser(client);
    }

    @Bean
    Indexes indexes(SasandoSettings settings) {
        return new Indexes(settings.indexPrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Closes the client's transport when the context stops. */
    record ClientCloser(ElasticsearchClient client) implements AutoCloseable {
        @Override
        public void close() {
            EsClients.close(client);
        }
    }
}

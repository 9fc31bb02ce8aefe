package id.go.kupangkota.sasando.ingest.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;

/**
 * The set-up of an ingest integration test: settings with a fresh index prefix on the test node, its
 * shared client, and the indices the test writes made under that prefix.
 */
public record TestIndices(SasandoSettings settings, ElasticsearchClient client) {

    /** A fresh prefix with {@code indices} made (each behind its alias, as in production). */
    public static TestIndices with(SasandoIndex... indices) {
        SasandoSettings settings = ElasticsearchExtension.settings();
        ElasticsearchClient client = ElasticsearchExtension.client();
        IndexBootstrap bootstrap = new IndexBootstrap(client, settings.indexPrefix());
        for (SasandoIndex index : indices) {
            bootstrap.ensure(index);
        }
        return new TestIndices(settings, client);
    }

    public String prefix() {
        return settings.indexPrefix();
    }

    /** The alias {@code index} is read and written through under this prefix. */
    public String alias(SasandoIndex index) {
        return index.alias(settings.indexPrefix());
    }
}

package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.post.Json;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Builds the one thread-safe {@link ElasticsearchClient} an application holds. Documents are
 * (de)serialised with Sasando's JSON conventions ({@link Json}). Close the client's transport when
 * the application stops ({@code client._transport().close()}).
 */
public final class EsClients {
    private EsClients() {
    }

    public static ElasticsearchClient create(SasandoSettings settings) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.esUrl()))
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(120_000));
        if (settings.esUser() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(settings.esUser(), settings.esPassword()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.configure(new ObjectMapper()));
        return new ElasticsearchClient(new RestClientTransport(builder.build(), mapper));
    }

    /**
     * The low-level client under {@code client} (same address, credentials and TLS), for requests the
     * typed client does not cover: a bulk body built as bytes, node stats.
     *
     * @param user who needs it, for the message when {@code client} was not made here
     */
    public static RestClient restClient(ElasticsearchClient client, String user) {
        if (!(client._transport() instanceof RestClientTransport transport)) {
            throw new IllegalArgumentException(user + " needs a client made by EsClients (RestClientTransport)");
        }
        return transport.restClient();
    }

    /** Closes the client's transport, ignoring errors on the way out. */
    public static void close(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (Exception ignored) {
            // closing on shutdown: nothing useful to do with a failure here
        }
    }
}

package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Creates Sasando's index templates and, where an alias does not exist yet, the first index of the
 * template's version behind it. Safe to run at every start of every process, concurrently.
 */
public final class IndexBootstrap {
    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final String prefix;

    public IndexBootstrap(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    public void ensureAll() {
        for (SasandoIndex index : SasandoIndex.values()) {
            ensure(index);
        }
    }

    /** Puts the template and makes sure the alias points at an index; returns the template version. */
    public int ensure(SasandoIndex index) {
        JsonNode spec = spec(index);
        int version = spec.path("version").asInt(1);
        byte[] body = Json.MAPPER.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set(
                "template", spec.get("template")).toString().getBytes(StandardCharsets.UTF_8);
        try {
            client.indices().putIndexTemplate(t -> t
                    .withJson(new ByteArrayInputStream(body))
                    .name(index.templateName(prefix))
                    .indexPatterns(index.pattern(prefix))
                    .version((long) version)
                    .priority(100L));
            String alias = index.alias(prefix);
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String concrete = index.versioned(prefix, version);
                try {
                    client.indices().create(c -> c.index(concrete)
                            .aliases(alias, a -> a.isWriteIndex(true)));
                    log.info("created index {} behind alias {}", concrete, alias);
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to set up " + index.alias(prefix), e);
        }
    }

    /** The template resource of an index: {@code {"version": N, "template": {settings, mappings}}}. */
    public static JsonNode spec(SasandoIndex index) {
        try (InputStream in = IndexBootstrap.class.getResourceAsStream(index.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing index template resource " + index.resource());
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

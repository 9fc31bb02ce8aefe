package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Creates Sasando's index templates and, where an alias does not exist yet, the first index of the
 * template's version behind it. Where the alias exists, the index behind it of the template's version
 * gets the template's mappings when they add to its own (a new field in a release), because a
 * template only shapes indices created after it. Elasticsearch cannot change a mapped field in
 * place, so a conflicting change fails loudly: it needs a new template version and a re-tag into a
 * new index. An index of an older version is left as it is (a re-tag replaces it). Safe to run at
 * every start of every process, concurrently.
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
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                updateMappings(index, version, spec.path("template").path("mappings"));
            } else {
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

    /** Puts the template's mappings on the alias's indices of that version that lack part of them. */
    private void updateMappings(SasandoIndex index, int version, JsonNode mappings) throws IOException {
        if (mappings.isMissingNode()) {
            return;
        }
        TypeMapping wanted = TypeMapping.of(m -> m.withJson(new StringReader(mappings.toString())));
        JsonNode wantedJson = json(wanted);
        String current = index.versioned(prefix, version);
        Map<String, IndexMappingRecord> existing = client.indices().getMapping(g -> g.index(index.alias(prefix))).result();
        for (Map.Entry<String, IndexMappingRecord> e : existing.entrySet()) {
            String concrete = e.getKey();
            // a re-tag names its index <versioned>-<timestamp>; "-v1" must not match "-v10"
            if (!concrete.equals(current) && !concrete.startsWith(current + "-")) {
                log.warn("index {} behind alias {} is not of template version {}: re-tag into a new index to"
                        + " bring it up to date", concrete, index.alias(prefix), version);
                continue;
            }
            if (contains(json(e.getValue().mappings()), wantedJson)) {
                continue;
            }
            try {
                client.indices().putMapping(p -> p.index(concrete)
                        .dynamic(wanted.dynamic())
                        .meta(wanted.meta())
                        .properties(wanted.properties())
                        .dynamicTemplates(wanted.dynamicTemplates()));
                log.info("put the mappings of template {} version {} on index {}", index.resource(), version, concrete);
            } catch (ElasticsearchException conflict) {
                throw new IllegalStateException("The mappings of index " + concrete + " conflict with template "
                        + index.resource() + " version " + version + " (" + conflict.error().reason() + ")."
                        + " Elasticsearch cannot change a mapped field in place: the release must raise the"
                        + " template's version, and the operator must re-tag into a new index (posts:"
                        + " sasando enrich --retag; the read models: their jobs' next run).", conflict);
            }
        }
    }

    private JsonNode json(TypeMapping mapping) throws IOException {
        return Json.MAPPER.readTree(JsonpUtils.toJsonString(mapping, client._jsonpMapper()));
    }

    /** Whether every field and setting of {@code part} is in {@code whole} with the same value. */
    static boolean contains(JsonNode whole, JsonNode part) {
        if (part.isObject()) {
            if (!whole.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : part.properties()) {
                if (!whole.has(field.getKey()) || !contains(whole.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return part.equals(whole);
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

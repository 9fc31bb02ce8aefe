package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import id.go.kupangkota.sasando.core.post.Evidence;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ElasticsearchExtension.class)
class IndexBootstrapIT {
    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private final String prefix = ElasticsearchExtension.freshPrefix();

    static Post post(int n) {
        return Post.builder("file", "row-" + n)
                .text("Jalan rusak di Sikumana nomor " + n)
                .createdAt(Instant.parse("2024-07-11T02:00:00Z"))
                .evidence(List.of(new Evidence("provokasi", "rusak", 6, 11)))
                .build();
    }

    @Test
    void everyIndexGetsAVersionedIndexBehindItsAlias() throws Exception {
        new IndexBootstrap(client, prefix).ensureAll();

        for (SasandoIndex index : SasandoIndex.values()) {
            GetAliasResponse alias = client.indices().getAlias(a -> a.name(index.alias(prefix)));
            // the version its template says (accounts and edges are at 2 since they are keyed by platform)
            int version = IndexBootstrap.spec(index).path("version").asInt();
            assertThat(alias.result()).containsOnlyKeys(index.versioned(prefix, version));
        }
    }

    @Test
    void bootstrappingTwiceChangesNothing() throws Exception {
        IndexBootstrap bootstrap = new IndexBootstrap(client, prefix);
        bootstrap.ensureAll();
        bootstrap.ensureAll();
        assertThat(client.indices().getAlias(a -> a.name(SasandoIndex.POSTS.alias(prefix))).result()).hasSize(1);
    }

    @Test
    void anIndexMadeFromAnOlderMappingGetsTheNewFieldsOnBootstrap() throws Exception {
        String concrete = existingPostsIndex(1, "author_created_at", null);

        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);

        var mapping = client.indices().getMapping(g -> g.index(concrete)).result().get(concrete).mappings();
        assertThat(mapping.properties().get(PostFields.AUTHOR_CREATED_AT).isDate()).isTrue();
        String alias = SasandoIndex.POSTS.alias(prefix);
        Post post = post(1).toBuilder().authorCreatedAt(Instant.parse("2024-07-01T00:00:00Z")).build();
        client.index(i -> i.index(alias).id(post.id()).document(post).refresh(Refresh.True));
        assertThat(client.get(g -> g.index(alias).id(post.id()), Post.class).source()).isEqualTo(post);
    }

    @Test
    void aFieldMappedOtherwiseInTheExistingIndexFailsTheBootstrapAskingForAReTag() throws Exception {
        existingPostsIndex(1, "author_created_at", "keyword");

        assertThatThrownBy(() -> new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("author_created_at")
                .hasMessageContaining("re-tag into a new index");
    }

    @Test
    void anIndexOfAnOlderTemplateVersionIsLeftForTheReTagToReplace() throws Exception {
        String older = existingPostsIndex(0, "author_created_at", "keyword");

        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);

        var mapping = client.indices().getMapping(g -> g.index(older)).result().get(older).mappings();
        assertThat(mapping.properties().get(PostFields.AUTHOR_CREATED_AT).isKeyword()).isTrue();
    }

    /**
     * The posts index of a template version as an older release created it: the template's mappings
     * with {@code field} missing, or mapped as {@code type} when given.
     */
    private String existingPostsIndex(int version, String field, String type) throws Exception {
        ObjectNode mappings = (ObjectNode) IndexBootstrap.spec(SasandoIndex.POSTS).path("template").path("mappings").deepCopy();
        ObjectNode properties = (ObjectNode) mappings.get("properties");
        properties.remove(field);
        if (type != null) {
            properties.putObject(field).put("type", type);
        }
        String concrete = SasandoIndex.POSTS.versioned(prefix, version);
        client.indices().create(c -> c.index(concrete)
                .mappings(TypeMapping.of(m -> m.withJson(new StringReader(mappings.toString()))))
                .aliases(SasandoIndex.POSTS.alias(prefix), a -> a.isWriteIndex(true)));
        return concrete;
    }

    @Test
    void writingTheSamePostsTwiceKeepsOneDocumentPerId() throws Exception {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String alias = SasandoIndex.POSTS.alias(prefix);
        for (int round = 0; round < 2; round++) {
            try (BulkWriter<Post> writer = new BulkWriter<>(client, alias, Post::id)) {
                for (int i = 0; i < 250; i++) {
                    writer.add(post(i));
                }
            }
        }
        client.indices().refresh(r -> r.index(alias));
        assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(250);
        Post back = client.get(g -> g.index(alias).id("file:row-7"), Post.class).source();
        assertThat(back).isEqualTo(post(7));
    }

    @Test
    void documentsThatAreAlreadyJsonAreWrittenAsTheyAre() throws Exception {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String alias = SasandoIndex.POSTS.alias(prefix);
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, alias)) {
            writer.addJson("file:row-1", id.go.kupangkota.sasando.core.post.Json.MAPPER.writeValueAsBytes(post(1)));
            writer.addJson("file:row-1", id.go.kupangkota.sasando.core.post.Json.MAPPER.writeValueAsBytes(post(1)));
        }
        client.indices().refresh(r -> r.index(alias));
        assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(1);
        assertThat(client.get(g -> g.index(alias).id("file:row-1"), Post.class).source()).isEqualTo(post(1));
    }

    @Test
    void aDocumentTheMappingRefusesFailsTheWriterWithItsId() {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String alias = SasandoIndex.POSTS.alias(prefix);
        BulkWriter<Map<String, Object>> writer = new BulkWriter<>(client, alias, m -> (String) m.get("id"));
        writer.add(Map.of("id", "bad:1", "not_a_field", "x"));
        assertThatThrownBy(writer::close)
                .isInstanceOf(BulkWriter.BulkWriteException.class)
                .hasMessageContaining("bad:1")
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }

    @Test
    void witaDayHistogramsCountAPostAtUtcEveningOnTheNextDay() throws Exception {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        String alias = SasandoIndex.POSTS.alias(prefix);
        client.index(i -> i.index(alias).id("x:late").refresh(Refresh.True)
                .document(Post.builder("x", "late").text("malam").createdAt(Instant.parse("2024-07-10T16:30:00Z")).build()));
        var response = client.search(s -> s.index(alias).size(0)
                .aggregations("days", a -> a.dateHistogram(h -> h.field("created_at")
                        .calendarInterval(co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval.Day)
                        .timeZone("Asia/Makassar").format("yyyy-MM-dd"))), Void.class);
        var buckets = response.aggregations().get("days").dateHistogram().buckets().array();
        assertThat(buckets).extracting(b -> b.keyAsString()).containsExactly("2024-07-11");
    }
}

package id.go.kupangkota.sasando.core.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ElasticsearchExtension.class)
class BulkWriterIT {
    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private final String index = ElasticsearchExtension.freshPrefix() + "bulk";

    @Test
    void manySmallRequestsInFlightWriteEveryDocumentOnce() throws Exception {
        try (BulkWriter<byte[]> writer = new BulkWriter<>(client, index, d -> "unused", 300, 1 << 20, 2)) {
            for (int i = 0; i < 5_000; i++) {
                writer.addJson("d" + (i % 4_000), json("{\"n\":" + i + "}"));
            }
        }
        client.indices().refresh(r -> r.index(index));
        assertThat(client.count(c -> c.index(index)).count()).isEqualTo(4_000);
        // an id written again 4,000 documents later (13 bodies on) keeps the later document
        assertThat(client.get(g -> g.index(index).id("d7"), JsonNode.class).source().path("n").asInt()).isEqualTo(4_007);
    }

    @Test
    void aVersionedDocumentIsKeptOnlyIfNoLaterVersionIsStoredWhateverTheOrder() throws Exception {
        try (BulkWriter<byte[]> writer = new BulkWriter<>(client, index, d -> "unused", 2, 1 << 20, 1)) {
            writer.addJson("late-first", 2_000, json("{\"n\":2}"));
            writer.addJson("late-first", 1_000, json("{\"n\":1}")); // same body: older, not taken
            writer.addJson("early-first", 1_000, json("{\"n\":1}"));
            writer.addJson("early-first", 2_000, json("{\"n\":2}"));
            writer.addJson("same", 1_000, json("{\"n\":1}"));
            writer.addJson("same", 1_000, json("{\"n\":3}")); // the same version again: written (a retried task)
            writer.close();
            assertThat(writer.superseded()).isEqualTo(1);
            assertThat(writer.failed()).isZero();
            assertThat(writer.written()).isEqualTo(5);
        }
        assertThat(n("late-first")).isEqualTo(2);
        assertThat(n("early-first")).isEqualTo(2);
        assertThat(n("same")).isEqualTo(3);

        // the dashboard's partial update of a versioned document (a triage decision) still works, and a
        // later version replaces the document afterwards
        client.update(u -> u.index(index).id("early-first").doc(Map.of("status", "confirmed")), JsonNode.class);
        assertThat(client.get(g -> g.index(index).id("early-first"), JsonNode.class).source().path("status").asText())
                .isEqualTo("confirmed");
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, index)) {
            writer.addJson("early-first", 3_000, json("{\"n\":4}"));
        }
        assertThat(n("early-first")).isEqualTo(4);
    }

    private int n(String id) throws Exception {
        return client.get(g -> g.index(index).id(id), JsonNode.class).source().path("n").asInt();
    }

    @Test
    void idsWithQuotesAndNonAsciiLettersAreEscapedInTheActionLine() throws Exception {
        String id = "file:\"kutip\" \\ é-ñ";
        try (BulkWriter<Map<String, Object>> writer = new BulkWriter<>(client, index, m -> (String) m.get("id"))) {
            writer.add(Map.of("id", id, "text", "air mati"));
        }
        assertThat(client.get(g -> g.index(index).id(id), JsonNode.class).source().path("text").asText())
                .isEqualTo("air mati");
    }

    @Test
    void onlyTheRefusedDocumentsAreReportedTheOthersAreWritten() throws Exception {
        client.indices().create(c -> c.index(index).mappings(m -> m.properties("n", p -> p.integer(i -> i))));
        BulkWriter<byte[]> writer = BulkWriter.forJson(client, index);
        writer.addJson("good-1", json("{\"n\":1}"));
        writer.addJson("bad-1", json("{\"n\":\"not a number\"}"));
        writer.addJson("good-2", json("{\"n\":2}"));

        assertThatThrownBy(writer::close)
                .isInstanceOf(BulkWriter.BulkWriteException.class)
                .hasMessageContaining("1 documents not written")
                .hasMessageContaining("bad-1")
                .hasMessageContaining("document_parsing_exception");
        assertThat(writer.written()).isEqualTo(2);
        assertThat(writer.failures()).singleElement().asString().startsWith("bad-1: ");
    }

    @Test
    void aSliceOfALargerBufferIsWrittenAsTheDocument() throws Exception {
        byte[] buffer = "xxx{\"n\":42}yyy".getBytes(StandardCharsets.UTF_8);
        try (BulkWriter<byte[]> writer = BulkWriter.forJson(client, index)) {
            writer.addJson("slice", buffer, 3, 8);
        }
        assertThat(client.get(g -> g.index(index).id("slice"), JsonNode.class).source().path("n").asInt()).isEqualTo(42);
    }

    @Test
    void aWriterThatIsNotClosedStillSendsWhatItHoldsAfterAFewSeconds() throws Exception {
        // created first (waiting for its shard), so looking for the document never meets a shard still starting
        client.indices().create(c -> c.index(index));
        BulkWriter<byte[]> writer = BulkWriter.forJson(client, index);
        try {
            writer.addJson("lonely", json("{\"n\":1}"));
            long deadline = System.nanoTime() + 30_000_000_000L;
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                Thread.sleep(250);
                found = client.exists(e -> e.index(index).id("lonely")).value();
            }
            assertThat(found).as("document sent by the periodic flush, before close").isTrue();
        } finally {
            writer.close();
        }
    }

    @Test
    void anUnreachableNodeFailsEveryDocumentWithTheReason() {
        ElasticsearchClient nowhere = EsClients.create(ElasticsearchExtension.settings().withEsUrl("http://127.0.0.1:1"));
        try {
            BulkWriter<byte[]> writer = BulkWriter.forJson(nowhere, index);
            writer.addJson("a", json("{}"));
            writer.addJson("b", json("{}"));
            assertThatThrownBy(writer::close).isInstanceOf(BulkWriter.BulkWriteException.class)
                    .hasMessageContaining("2 documents not written").hasMessageContaining("Connect");
        } finally {
            EsClients.close(nowhere);
        }
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

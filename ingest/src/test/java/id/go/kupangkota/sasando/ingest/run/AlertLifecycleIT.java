package id.go.kupangkota.sasando.ingest.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.coverage.Alert;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A source's alerts from raised to resolved in the real alerts index, with what an analyst records on
 * them in between (the dashboard's acknowledgement is written here as the dashboard writes it).
 */
@ExtendWith(ElasticsearchExtension.class)
class AlertLifecycleIT {
    /** 23:30 WITA on 11 July 2024: the next runs cross midnight. */
    private static final Instant LATE = Instant.parse("2024-07-11T15:30:00Z");
    private static final SourceConfig CONFIG = SourceConfig.of("x", Map.of("enabled", true, "failure_alert_after", 2));

    private SasandoSettings settings;
    private ElasticsearchClient client;
    private String alerts;

    @BeforeEach
    void readyIndex() {
        settings = ElasticsearchExtension.settings();
        client = ElasticsearchExtension.client();
        new IndexBootstrap(client, settings.indexPrefix()).ensure(SasandoIndex.ALERTS);
        alerts = SasandoIndex.ALERTS.alias(settings.indexPrefix());
    }

    private SourceRun poll(ScriptedSource source, Instant at) {
        return new SourceRunner(settings, new CoverageLog(settings, client), Clock.fixed(at, ZoneOffset.UTC),
                d -> { }, () -> false).poll(source, CONFIG);
    }

    private static SourceException refused() {
        return SourceException.permanent(ErrorCode.X_UNAUTHORIZED, Map.of(), "credentials rejected");
    }

    private ObjectNode stored(String id) throws IOException {
        return client.get(g -> g.index(alerts).id(id), ObjectNode.class).source();
    }

    private List<ObjectNode> all() throws IOException {
        client.indices().refresh(r -> r.index(alerts));
        return client.search(s -> s.index(alerts).size(100), ObjectNode.class).hits().hits().stream()
                .map(h -> h.source()).toList();
    }

    /** What the dashboard writes when an analyst acknowledges an alert, with a note. */
    private void acknowledge(String id, String analyst, Instant at) throws IOException {
        client.update(u -> u.index(alerts).id(id).refresh(Refresh.WaitFor)
                        .doc(Map.of("status", Alert.ACKNOWLEDGED, "acknowledged_by", analyst,
                                "acknowledged_at", at.toString(), "acknowledged_note", "sedang dicek")),
                ObjectNode.class);
    }

    /** What the dashboard writes when someone marks an alert resolved: who, when and why. */
    private void resolveByHand(String id, String who, Instant at, String note) throws IOException {
        client.update(u -> u.index(alerts).id(id).refresh(Refresh.WaitFor)
                        .doc(Map.of("status", Alert.RESOLVED, "resolved_by", who, "resolved_at", at.toString(),
                                "resolved_note", note)),
                ObjectNode.class);
    }

    @Test
    void a_source_that_works_again_resolves_its_open_alerts_of_every_wita_day_of_the_streak() throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused(), refused());

        poll(x, LATE);
        poll(x, LATE.plusSeconds(15 * 60)); // 23:45: second failure, the alert of 11 July
        poll(x, LATE.plusSeconds(45 * 60)); // 00:15 on 12 July: the same streak, the alert of 12 July
        assertThat(all()).hasSize(2).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo(Alert.OPEN));

        Instant works = LATE.plusSeconds(60 * 60);
        assertThat(poll(x, works).status()).isEqualTo(RunStatus.OK);

        List<ObjectNode> after = all();
        assertThat(after).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder("source_failing:x:2024-07-11", "source_failing:x:2024-07-12");
        assertThat(after).allSatisfy(a -> {
            assertThat(a.get("status").asText()).isEqualTo(Alert.RESOLVED);
            assertThat(Instant.parse(a.get("resolved_at").asText())).isEqualTo(works);
            assertThat(a.get("message").asText()).contains("works again after 3 failed runs");
            assertThat(a.has("resolved_by")).as("nobody resolved it: the source works again").isFalse();
        });
        // the record stays: how bad the streak got, and when it was last raised
        assertThat(stored("source_failing:x:2024-07-12").get("consecutive_failures").asInt()).isEqualTo(3);
        assertThat(Instant.parse(stored("source_failing:x:2024-07-12").get("raised_at").asText()))
                .isEqualTo(LATE.plusSeconds(45 * 60));

        // a later good run resolves nothing more: the streak forgot its alerts
        poll(x, works.plusSeconds(3600));
        assertThat(Instant.parse(stored("source_failing:x:2024-07-11").get("resolved_at").asText())).isEqualTo(works);
    }

    @Test
    void an_acknowledged_alert_keeps_its_acknowledgement_while_the_streak_updates_it_until_it_is_resolved()
            throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused(),
                SourceException.permanent(ErrorCode.X_UNAVAILABLE, Map.of(ErrorArg.STATUS, "503"), "HTTP 503"));
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        String id = "source_failing:x:2024-07-11";
        poll(x, morning);
        poll(x, morning.plusSeconds(600));
        Instant seen = morning.plusSeconds(900);
        acknowledge(id, "analis", seen);

        poll(x, morning.plusSeconds(1200)); // the streak grows: 3 failures, a new error

        ObjectNode grown = stored(id);
        assertThat(grown.get("status").asText()).isEqualTo(Alert.ACKNOWLEDGED);
        assertThat(grown.get("acknowledged_by").asText()).isEqualTo("analis");
        assertThat(grown.get("acknowledged_note").asText()).isEqualTo("sedang dicek");
        assertThat(Instant.parse(grown.get("acknowledged_at").asText())).isEqualTo(seen);
        assertThat(grown.get("consecutive_failures").asInt()).isEqualTo(3);
        assertThat(grown.get("last_error").asText()).isEqualTo("HTTP 503");
        assertThat(grown.get("message").asText()).contains("failed 3 runs in a row");
        assertThat(Instant.parse(grown.get("raised_at").asText())).isEqualTo(morning.plusSeconds(1200));

        Instant works = morning.plusSeconds(1800);
        poll(x, works);

        ObjectNode resolved = stored(id);
        assertThat(resolved.get("status").asText()).isEqualTo(Alert.RESOLVED);
        assertThat(Instant.parse(resolved.get("resolved_at").asText())).isEqualTo(works);
        assertThat(resolved.get("acknowledged_by").asText()).as("who looked at it stays on record").isEqualTo("analis");
        assertThat(resolved.get("acknowledged_note").asText()).as("and what they noted").isEqualTo("sedang dicek");
    }

    @Test
    void an_alert_carries_the_code_and_arguments_of_the_last_failure_for_the_dashboard_to_word() throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(),
                SourceException.permanent(ErrorCode.X_UNAVAILABLE, Map.of(ErrorArg.STATUS, "503"), "HTTP 503"),
                refused());
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        String id = "source_failing:x:2024-07-11";
        poll(x, morning);
        poll(x, morning.plusSeconds(600));

        ObjectNode raised = stored(id);
        assertThat(raised.get("error_code").asText()).isEqualTo("x.unavailable");
        assertThat(raised.get("error_args")).isEqualTo(Json.MAPPER.valueToTree(Map.of("status", "503")));
        assertThat(raised.get("last_error").asText()).isEqualTo("HTTP 503");
        assertThat(raised.has("query")).as("a source's alert names no query").isFalse();

        poll(x, morning.plusSeconds(1200)); // the streak's last error now: the token refused, no arguments

        ObjectNode grown = stored(id);
        assertThat(grown.get("error_code").asText()).isEqualTo("x.unauthorized");
        assertThat(grown.get("error_args")).isEqualTo(Json.MAPPER.createObjectNode());
        assertThat(grown.get("consecutive_failures").asInt()).isEqualTo(3);
    }

    @Test
    void an_alert_resolved_by_hand_keeps_who_when_and_why_when_its_source_works_again() throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused());
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        String id = "source_failing:x:2024-07-11";
        poll(x, morning);
        poll(x, morning.plusSeconds(600));
        Instant fixed = morning.plusSeconds(900);
        resolveByHand(id, "admin", fixed, "token X diganti");

        poll(x, morning.plusSeconds(1200)); // works: ingest resolves the streak's alerts

        ObjectNode resolved = stored(id);
        assertThat(resolved.get("status").asText()).isEqualTo(Alert.RESOLVED);
        assertThat(resolved.get("resolved_by").asText()).isEqualTo("admin");
        assertThat(Instant.parse(resolved.get("resolved_at").asText())).isEqualTo(fixed);
        assertThat(resolved.get("resolved_note").asText()).isEqualTo("token X diganti");
        assertThat(resolved.get("error_code").asText()).isEqualTo("x.unauthorized");
    }

    @Test
    void an_alerts_index_of_the_release_before_gets_the_new_fields_when_ingest_connects_and_its_alerts_stay_readable()
            throws IOException {
        settings = ElasticsearchExtension.settings(); // a prefix whose alerts index the release before made
        String prefix = settings.indexPrefix();
        alerts = SasandoIndex.ALERTS.alias(prefix);
        ObjectNode template = (ObjectNode) IndexBootstrap.spec(SasandoIndex.ALERTS).get("template").deepCopy();
        ((ObjectNode) template.path("mappings").path("properties")).remove(List.of("query", "query_value",
                "error_code", "error_args", "acknowledged_note", "resolved_note", "history"));
        client.indices().create(c -> c.index(SasandoIndex.ALERTS.versioned(prefix, 1))
                .withJson(new StringReader(template.toString())).aliases(alerts, a -> a.isWriteIndex(true)));
        ObjectNode old = Json.MAPPER.createObjectNode().put("id", "source_failing:x:2024-07-01")
                .put("kind", Alert.SOURCE_FAILING).put("source", "x").put("severity", "warning")
                .put("message", "source 'x' failed 3 runs in a row: HTTP 401").put("consecutive_failures", 3)
                .put("last_error", "HTTP 401").put("raised_at", "2024-07-01T01:00:00Z").put("status", Alert.OPEN);
        client.index(i -> i.index(alerts).id(old.get("id").asText()).document(old).refresh(Refresh.WaitFor));

        new IndexBootstrap(client, prefix).ensure(SasandoIndex.ALERTS); // as ingest does when it connects
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused());
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        poll(x, morning);
        poll(x, morning.plusSeconds(600));

        assertThat(stored("source_failing:x:2024-07-11").get("error_code").asText()).isEqualTo("x.unauthorized");
        assertThat(stored("source_failing:x:2024-07-01")).isEqualTo(old);
        assertThat(client.get(g -> g.index(alerts).id("source_failing:x:2024-07-01"), Alert.class).source()
                .errorCode()).as("an old alert reads with no code").isNull();

        // resolved by hand and raised again: its history goes into the index of the release before (strict mapping)
        resolveByHand("source_failing:x:2024-07-11", "admin", morning.plusSeconds(900), "token X diganti");
        poll(x, morning.plusSeconds(1200)); // works
        x.failFirst(refused(), refused());
        poll(x, morning.plusSeconds(1800));
        poll(x, morning.plusSeconds(2400));
        ObjectNode again = stored("source_failing:x:2024-07-11");
        assertThat(again.get("status").asText()).isEqualTo(Alert.OPEN);
        assertThat(again.path("history").path(0).path("note").asText()).isEqualTo("token X diganti");
        assertThat(client.indices().getMapping(g -> g.index(alerts)).result().values()).singleElement()
                .satisfies(m -> assertThat(m.mappings().properties()).containsKey("history"));
    }

    @Test
    void a_resolved_alert_raised_again_the_same_day_is_open_again_for_someone_to_look_at() throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused());
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        String id = "source_failing:x:2024-07-11";
        poll(x, morning);
        poll(x, morning.plusSeconds(600));
        acknowledge(id, "analis", morning.plusSeconds(700));
        poll(x, morning.plusSeconds(1200)); // works: resolved
        assertThat(stored(id).get("status").asText()).isEqualTo(Alert.RESOLVED);

        x.failFirst(refused(), refused());
        poll(x, morning.plusSeconds(3600));
        poll(x, morning.plusSeconds(4200)); // a new streak, the same WITA day: the same document

        ObjectNode again = stored(id);
        assertThat(again.get("status").asText()).isEqualTo(Alert.OPEN);
        assertThat(again.get("consecutive_failures").asInt()).isEqualTo(2);
        assertThat(again.has("acknowledged_by")).as("acknowledged in the streak before").isFalse();
        assertThat(again.has("resolved_at")).isFalse();
        assertThat(again.get("history")).as("but who acknowledged it then, and why, stays on it")
                .isEqualTo(Json.MAPPER.valueToTree(List.of(Map.of("action", Alert.ACKNOWLEDGED, "by", "analis",
                        "at", morning.plusSeconds(700).toString(), "note", "sedang dicek"))));
    }

    @Test
    void an_alert_resolved_by_hand_then_raised_again_and_again_keeps_every_note_in_its_history() throws IOException {
        ScriptedSource x = new ScriptedSource("x", 10, 5).failFirst(refused(), refused());
        Instant morning = Instant.parse("2024-07-11T01:00:00Z");
        String id = "source_failing:x:2024-07-11";
        poll(x, morning);
        poll(x, morning.plusSeconds(600));
        resolveByHand(id, "admin", morning.plusSeconds(900), "token X diganti");

        x.failFirst(refused(), refused()); // the new token is refused too
        poll(x, morning.plusSeconds(1200));
        poll(x, morning.plusSeconds(1800));
        ObjectNode second = stored(id);
        assertThat(second.get("status").asText()).isEqualTo(Alert.OPEN);
        assertThat(second.has("resolved_note")).isFalse();
        acknowledge(id, "analis", morning.plusSeconds(2000));
        resolveByHand(id, "admin", morning.plusSeconds(2400), "token X diganti lagi, kali ini dari akun dinas");

        x.failFirst(refused(), refused());
        poll(x, morning.plusSeconds(3000));
        poll(x, morning.plusSeconds(3600));

        ObjectNode third = stored(id);
        assertThat(third.get("status").asText()).isEqualTo(Alert.OPEN);
        assertThat(third.get("history")).extracting(e -> e.get("action").asText(), e -> e.get("by").asText(),
                        e -> Instant.parse(e.get("at").asText()), e -> e.get("note").asText())
                .containsExactly(
                        tuple(Alert.RESOLVED, "admin", morning.plusSeconds(900),
                                "token X diganti"),
                        tuple(Alert.ACKNOWLEDGED, "analis", morning.plusSeconds(2000),
                                "sedang dicek"),
                        tuple(Alert.RESOLVED, "admin", morning.plusSeconds(2400),
                                "token X diganti lagi, kali ini dari akun dinas"));
    }
}

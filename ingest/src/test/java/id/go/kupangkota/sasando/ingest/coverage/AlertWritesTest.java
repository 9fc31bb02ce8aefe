package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How an alert ingest sends is merged into the stored one (the rules; AlertLifecycleIT runs them in Elasticsearch). */
class AlertWritesTest {
    private static final Instant AT = Instant.parse("2024-07-11T02:00:00Z");
    private static final String ID = "source_failing:x:2024-07-11";

    private static ObjectNode raised(int failures, String error) {
        return raised(failures, error, "x.unauthorized", Map.of());
    }

    private static ObjectNode raised(int failures, String error, String code, Map<String, String> args) {
        CoverageRecord failed = new CoverageRecord("r:x:all", "r", "x", "all", null, "poll", AT, AT, 0, 0, 0, 0, 1, 0,
                0, 0, List.of(), RunStatus.FAILED, error, code, args, false, 0, List.of());
        return Json.MAPPER.valueToTree(Alert.raised(ID, Alert.SOURCE_FAILING, "warning",
                "source 'x' failed " + failures + " runs in a row", failures, failed, AT.plusSeconds(failures * 600L)));
    }

    private static ObjectNode resolution(Instant at) {
        return Json.MAPPER.valueToTree(new Alert(ID, Alert.SOURCE_FAILING, "x", null, null, "warning",
                "source 'x' works again after 3 failed runs", 3, "HTTP 401", null, null, AT, Alert.RESOLVED, at));
    }

    /** As the dashboard writes a person's handling: who, when, and their note. */
    private static ObjectNode handled(ObjectNode alert, String status, String who) {
        ObjectNode doc = alert.deepCopy();
        boolean resolved = status.equals(Alert.RESOLVED);
        doc.put("status", status);
        doc.put(resolved ? "resolved_by" : "acknowledged_by", who);
        doc.put(resolved ? "resolved_at" : "acknowledged_at", AT.plusSeconds(60).toString());
        doc.put(resolved ? "resolved_note" : "acknowledged_note", resolved ? "token diganti" : "sedang dicek");
        return doc;
    }

    @Test
    void a_new_alert_is_stored_as_sent() {
        assertThat(AlertWrites.merge(null, raised(3, "HTTP 401"))).isEqualTo(raised(3, "HTTP 401"));
    }

    @Test
    void a_growing_streak_updates_the_figures_of_an_acknowledged_alert_but_not_its_acknowledgement() {
        ObjectNode acknowledged = handled(raised(3, "HTTP 401"), Alert.ACKNOWLEDGED, "analis");

        ObjectNode merged = AlertWrites.merge(acknowledged, raised(4, "HTTP 503"));

        assertThat(merged.get("status").asText()).isEqualTo(Alert.ACKNOWLEDGED);
        assertThat(merged.get("acknowledged_by").asText()).isEqualTo("analis");
        assertThat(merged.get("consecutive_failures").asInt()).isEqualTo(4);
        assertThat(merged.get("last_error").asText()).isEqualTo("HTTP 503");
        assertThat(acknowledged.get("consecutive_failures").asInt()).as("the stored node is left as it is")
                .isEqualTo(3);
    }

    @Test
    void ingest_resolves_an_acknowledged_alert_and_leaves_one_resolved_by_hand_as_it_is() {
        Instant works = AT.plusSeconds(7200);
        ObjectNode acknowledged = handled(raised(3, "HTTP 401"), Alert.ACKNOWLEDGED, "analis");
        ObjectNode byHand = handled(raised(3, "HTTP 401"), Alert.RESOLVED, "admin");

        ObjectNode resolved = AlertWrites.merge(acknowledged, resolution(works));
        assertThat(resolved.get("status").asText()).isEqualTo(Alert.RESOLVED);
        assertThat(resolved.get("resolved_at").asText()).isEqualTo(works.toString());
        assertThat(resolved.get("acknowledged_by").asText()).isEqualTo("analis");
        assertThat(resolved.get("acknowledged_note").asText()).as("what the analyst noted stays").isEqualTo("sedang dicek");
        assertThat(resolved.get("error_code").asText()).as("what failed stays").isEqualTo("x.unauthorized");
        assertThat(resolved.has("resolved_by")).isFalse();
        assertThat(resolved.has("resolved_note")).isFalse();

        assertThat(AlertWrites.merge(byHand, resolution(works))).isEqualTo(byHand);
    }

    @Test
    void a_growing_streak_carries_the_code_of_its_last_error_and_drops_one_the_last_error_has_not() {
        ObjectNode stored = raised(3, "rate limited", "x.rate_limited", Map.of("reset", "2024-07-11T03:00:00Z"));

        ObjectNode unavailable = AlertWrites.merge(stored, raised(4, "HTTP 503", "x.unavailable", Map.of("status", "503")));
        assertThat(unavailable.get("error_code").asText()).isEqualTo("x.unavailable");
        assertThat(unavailable.get("error_args")).isEqualTo(Json.MAPPER.valueToTree(Map.of("status", "503")));

        ObjectNode uncoded = AlertWrites.merge(unavailable, raised(5, "HTTP 503", null, null));
        assertThat(uncoded.has("error_code")).as("not the code of an error before").isFalse();
        assertThat(uncoded.has("error_args")).isFalse();
        assertThat(uncoded.get("last_error").asText()).isEqualTo("HTTP 503");
    }

    @Test
    void a_resolved_alert_raised_again_is_open_with_who_handled_it_before_and_why_in_its_history() {
        ObjectNode byHand = handled(handled(raised(3, "HTTP 401"), Alert.ACKNOWLEDGED, "analis"), Alert.RESOLVED,
                "admin");

        ObjectNode again = AlertWrites.merge(byHand, raised(4, "HTTP 401"));

        ObjectNode expected = raised(4, "HTTP 401");
        expected.set("history", Json.MAPPER.valueToTree(List.of(
                Map.of("action", "acknowledged", "by", "analis", "at", AT.plusSeconds(60).toString(),
                        "note", "sedang dicek"),
                Map.of("action", "resolved", "by", "admin", "at", AT.plusSeconds(60).toString(),
                        "note", "token diganti"))));
        assertThat(again).as("open, with nobody's handling but in the history").isEqualTo(expected);
    }

    @Test
    void an_alert_opened_again_and_again_keeps_every_handling_oldest_first_but_not_ingests_resolutions() {
        ObjectNode first = handled(raised(3, "HTTP 401"), Alert.RESOLVED, "admin");
        ObjectNode second = AlertWrites.merge(first, raised(2, "HTTP 401"));
        ObjectNode acknowledged = handled(second, Alert.ACKNOWLEDGED, "analis");
        ObjectNode recovered = AlertWrites.merge(acknowledged, resolution(AT.plusSeconds(7200)));

        ObjectNode third = AlertWrites.merge(recovered, raised(2, "HTTP 503"));

        assertThat(third.get("status").asText()).isEqualTo(Alert.OPEN);
        assertThat(third.get("history")).extracting(e -> e.get("action").asText() + " " + e.get("by").asText())
                .containsExactly("resolved admin", "acknowledged analis");
        assertThat(AlertWrites.merge(third, resolution(AT.plusSeconds(9000))).get("history"))
                .as("ingest's resolution keeps the history").isEqualTo(third.get("history"));
        assertThat(AlertWrites.merge(third, raised(3, "HTTP 503")).get("history"))
                .as("so does a growing streak").isEqualTo(third.get("history"));
    }

    @Test
    void an_alert_resolved_by_ingest_alone_opens_again_without_a_history() {
        ObjectNode recovered = AlertWrites.merge(raised(3, "HTTP 401"), resolution(AT.plusSeconds(7200)));

        assertThat(AlertWrites.merge(recovered, raised(2, "HTTP 401"))).isEqualTo(raised(2, "HTTP 401"));
    }
}

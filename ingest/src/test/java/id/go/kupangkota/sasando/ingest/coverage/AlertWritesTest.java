package id.go.kupangkota.sasando.ingest.coverage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** How an alert ingest sends is merged into the stored one (the rules; AlertLifecycleIT runs them in Elasticsearch). */
class AlertWritesTest {
    private static final Instant AT = Instant.parse("2024-07-11T02:00:00Z");
    private static final String ID = "source_failing:x:2024-07-11";

    private static ObjectNode raised(int failures, String error) {
        return Json.MAPPER.valueToTree(Alert.raised(ID, Alert.SOURCE_FAILING, "x", "warning",
                "source 'x' failed " + failures + " runs in a row", failures, error, AT.plusSeconds(failures * 600L)));
    }

    private static ObjectNode resolution(Instant at) {
        return Json.MAPPER.valueToTree(new Alert(ID, Alert.SOURCE_FAILING, "x", "warning",
                "source 'x' works again after 3 failed runs", 3, "HTTP 401", AT, Alert.RESOLVED, at));
    }

    private static ObjectNode handled(ObjectNode alert, String status, String who) {
        ObjectNode doc = alert.deepCopy();
        doc.put("status", status);
        doc.put(status.equals(Alert.RESOLVED) ? "resolved_by" : "acknowledged_by", who);
        doc.put(status.equals(Alert.RESOLVED) ? "resolved_at" : "acknowledged_at", AT.plusSeconds(60).toString());
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
        assertThat(resolved.has("resolved_by")).isFalse();

        assertThat(AlertWrites.merge(byHand, resolution(works))).isEqualTo(byHand);
    }

    @Test
    void a_resolved_alert_raised_again_is_open_without_who_handled_it_before() {
        ObjectNode byHand = handled(handled(raised(3, "HTTP 401"), Alert.ACKNOWLEDGED, "analis"), Alert.RESOLVED,
                "admin");

        assertThat(AlertWrites.merge(byHand, raised(4, "HTTP 401"))).isEqualTo(raised(4, "HTTP 401"));
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.post.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTrackerTest {

    private static FieldTracker tracker(String json) throws Exception {
        return new FieldTracker(Json.MAPPER.readTree(json));
    }

    @Test
    void fields_not_read_are_reported_as_dotted_paths() throws Exception {
        FieldTracker t = tracker("{\"id\":\"1\",\"text\":\"banjir\",\"user\":{\"name\":\"Ina\",\"location\":\"Kupang\"},\"geo\":null}");

        assertThat(t.text("id")).isEqualTo("1");
        assertThat(t.text("user.name")).isEqualTo("Ina");

        assertThat(t.unmapped()).containsExactly("text", "user.location");
    }

    @Test
    void an_object_read_whole_counts_as_mapped_and_ignored_fields_are_not_reported() throws Exception {
        FieldTracker t = tracker("{\"entities\":{\"hashtags\":[{\"tag\":\"Kupang\"}]},\"lang\":\"in\",\"count\":\"12\"}");

        t.node("entities");
        t.ignore("lang");

        assertThat(t.number("count")).isEqualTo(12L);
        assertThat(t.unmapped()).isEmpty();
    }
}

package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row read by the streaming reader gives the mapper what the row's Jackson tree would give it. */
class ExportRowTest {
    private static final ExportRow.Reader READER = new ExportRow.Reader(ColumnMapping.load("sasando"));

    /** What the mapper read from the tree before: the value's text, or the JSON of a container. */
    private static String treeText(JsonNode v) {
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    /** Unmapped columns as the mapper listed them from the tree. */
    private static List<String> treeUnmapped(JsonNode row, ColumnMapping mapping) {
        List<String> out = new ArrayList<>();
        row.fieldNames().forEachRemaining(name -> {
            if (!mapping.columns().containsValue(name) && !row.get(name).isNull() && !row.get(name).asText().isEmpty()) {
                out.add(name);
            }
        });
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"demo-1\",\"text\":\"Air mati\",\"created_at\":\"2024-07-11T08:00:00+08:00\",\"like_count\":19,\"hashtags\":[\"Kupang\",\"NTT\"]}",
            "{\"text\":\"angka\",\"like_count\":-0,\"reply_count\":12345678901234,\"repost_count\":123456789012345678901234567890,"
                    + "\"quote_count\":1.50,\"view_count\":2e3,\"lang\":true,\"title\":false}",
            "{\"text\":\"kosong\",\"title\":\"\",\"url\":null,\"author_name\":{\"nama\":\"Maria\",\"umur\":[1,2]},\"hashtags\":null,"
                    + "\"mentions\":[\"a\",1,null,{\"b\":2},[\"c\"],true,2.5],\"links\":\"https://a.example https://b.example\"}",
            "{\"text\":\"pertama\",\"text\":\"kedua menang\",\"ekstra\":\"x\",\"ekstra\":\"\",\"lain\":\"\",\"lain\":7,"
                    + "\"kosong\":[],\"objek\":{},\"nol\":null,\"angka\":0,\"teks\":\"\\\"kutip\\\" \\\\ \\u00e9\"}",
            "{}"})
    void every_mapped_value_and_the_unmapped_columns_read_as_from_the_tree(String raw) throws Exception {
        JsonNode tree = Json.MAPPER.readTree(raw);
        ColumnMapping mapping = READER.mapping();

        ExportRow row = READER.read(raw);

        for (Map.Entry<String, String> column : mapping.columns().entrySet()) {
            JsonNode node = tree.get(column.getValue());
            Object value = row.get(column.getKey());
            assertThat(value == null).as(column.getKey() + " present").isEqualTo(node == null);
            if (value != null) {
                assertThat(ExportRow.isNull(value)).as(column.getKey() + " null").isEqualTo(node.isNull());
                assertThat(ExportRow.isNull(value) ? null : ExportRow.text(value)).as(column.getKey()).isEqualTo(treeText(node));
                assertThat(ExportRow.asText(value)).as(column.getKey() + " as text").isEqualTo(node.asText());
                assertThat(value instanceof JsonNode n && n.isArray()).isEqualTo(node.isArray());
                if (node.isArray()) {
                    assertThat(value).isEqualTo(node);
                }
            }
        }
        assertThat(row.unmapped()).isEqualTo(treeUnmapped(tree, mapping));
    }

    @Test
    void two_fields_read_from_one_column_both_get_its_value() throws Exception {
        ColumnMapping shared = ColumnMapping.parse("bersama", Json.MAPPER.readTree(
                "{\"columns\":{\"text\":\"isi\",\"created_at\":\"waktu\",\"url\":\"tautan\",\"links\":\"tautan\"}}"));

        ExportRow row = new ExportRow.Reader(shared).read("{\"isi\":\"a\",\"tautan\":\"https://a.example\",\"lain\":1}");

        assertThat(row.get("url")).isEqualTo("https://a.example");
        assertThat(row.get("links")).isEqualTo("https://a.example");
        assertThat(row.get("title")).isNull();
        assertThat(row.unmapped()).containsExactly("lain");
    }

    @Test
    void a_row_that_is_not_one_json_object_is_refused_with_the_reason() {
        assertThatThrownBy(() -> READER.read("[1,2]")).isInstanceOf(MappingException.class)
                .hasMessage("expected a JSON object per line, found ARRAY");
        assertThatThrownBy(() -> READER.read("\"teks\"")).isInstanceOf(MappingException.class)
                .hasMessage("expected a JSON object per line, found STRING");
        assertThatThrownBy(() -> READER.read("{\"text\":\"terpotong")).isInstanceOf(MappingException.class)
                .hasMessageStartingWith("broken JSON: ");
        assertThatThrownBy(() -> READER.read("{\"text\":\"a\",}")).isInstanceOf(MappingException.class)
                .hasMessageStartingWith("broken JSON: ");
    }
}

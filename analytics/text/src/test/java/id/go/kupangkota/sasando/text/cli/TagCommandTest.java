package id.go.kupangkota.sasando.text.cli;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.text.Tagger;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagCommandTest {

    private static List<JsonNode> run(String input, TagCommand.Summary[] summary) throws IOException {
        StringWriter out = new StringWriter();
        summary[0] = TagCommand.run(new BufferedReader(new StringReader(input)), out, Tagger.shared());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void everyInputLineGetsOneOutputLineAndBrokenLinesDoNotStopTheRest() throws IOException {
        String input = """
                {"id": "p1", "text": "Beta sonde tau kenapa air PDAM di Oesapa mati su tiga hari"}
                {"id": "p2", "text": "Tegakkan khilafah sekarang, ganti Pancasila!"}
                this is not json
                {"id": "p3", "txt": "wrong field"}

                {"id": 4, "text": "Promo bom diskon di Lippo Plaza Kupang"}
                """;
        TagCommand.Summary[] summary = new TagCommand.Summary[1];
        List<JsonNode> out = run(input, summary);

        assertThat(out).hasSize(5);
        assertThat(summary[0]).isEqualTo(new TagCommand.Summary(3, 2));

        JsonNode p1 = out.get(0);
        assertThat(p1.get("id").asText()).isEqualTo("p1");
        assertThat(p1.get("sentiment").asText()).isEqualTo("negative");
        assertThat(p1.get("sentiment_score").asDouble()).isBetween(0.0, 1.0);
        assertThat(p1.get("kecamatan").asText()).isEqualTo("Kelapa Lima");
        assertThat(p1.get("topics").toString()).contains("layanan_publik");
        assertThat(p1.get("risk")).isEmpty();

        JsonNode p2 = out.get(1);
        assertThat(p2.get("risk").get(0).asText()).isEqualTo("radikalisme");
        assertThat(p2.get("stance").asText()).isEqualTo("promoting");
        JsonNode evidence = p2.get("evidence").get(0);
        assertThat(evidence.get("category").asText()).isEqualTo("radikalisme");
        assertThat(evidence.get("term").asText()).isEqualTo("Tegakkan khilafah");
        assertThat(evidence.get("start").asInt()).isZero();
        assertThat(evidence.get("end").asInt()).isEqualTo(17);

        JsonNode broken = out.get(2);
        assertThat(broken.get("id").isNull()).isTrue();
        assertThat(broken.get("line").asInt()).isEqualTo(3);
        assertThat(broken.get("error").asText()).startsWith("not valid JSON");

        JsonNode missing = out.get(3);
        assertThat(missing.get("id").asText()).isEqualTo("p3");
        assertThat(missing.get("line").asInt()).isEqualTo(4);
        assertThat(missing.get("error").asText()).contains("\"text\"");

        JsonNode p4 = out.get(4);
        assertThat(p4.get("id").asText()).isEqualTo("4");
        assertThat(p4.get("risk")).isEmpty();
        assertThat(p4.has("kecamatan")).isTrue();
    }

    @Test
    void oddLinesGetOneErrorEachAndAHugeLineAndDuplicateIdsAreTagged() throws IOException {
        String huge = "kafir dibunuh ".repeat(100_000); // 1.4 MB in one line
        String input = String.join("\n", "[1, 2]", "\"text\"", "42", "null",
                "{\"id\": \"a\", \"text\": null}", "{\"id\": \"b\", \"text\": 5}",
                "{\"id\": \"c\", \"text\": \"x\"} trailing",
                "{\"id\": \"d\", \"text\": \"" + huge + "\"}",
                "{\"id\": \"d\", \"text\": \"Ayo bom gereja itu\"}", "{\"id\": \"d\", \"text\": \"Ayo bom gereja itu\"}",
                "{\"id\": \"e\", \"text\": \"\\ud800 lone \\u0000 \\ud835\\udc01om\"}");
        TagCommand.Summary[] summary = new TagCommand.Summary[1];
        List<JsonNode> out = run(input, summary);

        assertThat(out).hasSize(11);
        assertThat(summary[0]).isEqualTo(new TagCommand.Summary(4, 7));
        for (int i = 0; i < 4; i++) {
            assertThat(out.get(i).get("error").asText()).startsWith("expected a JSON object");
        }
        assertThat(out.get(4).get("error").asText()).contains("\"text\"");
        assertThat(out.get(5).get("error").asText()).contains("\"text\"");
        assertThat(out.get(6).get("error").asText()).startsWith("not valid JSON");
        assertThat(out.get(7).get("risk").get(0).asText()).isEqualTo("intoleransi");
        assertThat(out.get(8)).isEqualTo(out.get(9));
        assertThat(out.get(10).get("id").asText()).isEqualTo("e");
        assertThat(out.get(10).has("error")).isFalse();
    }
}

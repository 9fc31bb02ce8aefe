package id.go.kupangkota.sasando.text.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sasando tag}: reads JSON lines {@code {"id": ..., "text": ..., "title": ...}} (title optional)
 * on stdin and writes one JSON line per input line with the tags. A line that cannot be tagged
 * yields {@code {"id": <id or null>, "line": <n>, "error": "..."}} and the following lines go on;
 * the exit code is 1 when any line failed, so scripts notice.
 */
public final class TagCommand {
    private TagCommand() {
    }

    /** One tagged line; field names follow {@link PostFields} through the snake_case mapper. */
    record Tagged(String id, String sentiment, double sentimentScore, String emotion, List<String> risk,
                  List<String> topics, String stance, String kecamatan, List<Evidence> evidence) {
    }

    /** One line that could not be tagged, with its 1-based line number. */
    record Failed(String id, int line, String error) {
    }

    /** What a run did: lines tagged and lines that failed. */
    public record Summary(int tagged, int failed) {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        Summary summary = run(in, out, Tagger.shared());
        out.flush();
        System.err.printf("tagged %d line(s), %d failed (pipeline %s)%n", summary.tagged(), summary.failed(),
                Tagger.shared().pipelineVersion());
        if (summary.failed() > 0) {
            System.exit(1);
        }
    }

    /** Tags every non-blank line of {@code in} into {@code out}. */
    public static Summary run(BufferedReader in, Writer out, Tagger tagger) throws IOException {
        int tagged = 0;
        int failed = 0;
        int number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Object result = tagLine(line, number, tagger);
            if (result instanceof Failed) {
                failed++;
            } else {
                tagged++;
            }
            out.write(Json.MAPPER.writeValueAsString(result));
            out.write('\n');
        }
        return new Summary(tagged, failed);
    }

    static Object tagLine(String line, int number, Tagger tagger) {
        JsonNode node;
        try {
            // a line is one value: '{"id":"4","text":"x"} trailing' is broken, not tagged on its first half
            node = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(line);
        } catch (JsonProcessingException e) {
            return new Failed(null, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Failed(null, number, "expected a JSON object with \"id\" and \"text\"");
        }
        JsonNode idNode = node.get(PostFields.ID);
        String id = idNode == null || idNode.isNull() || idNode.isContainerNode() ? null : idNode.asText();
        JsonNode text = node.get(PostFields.TEXT);
        if (text == null || !text.isTextual()) {
            return new Failed(id, number, "missing or non-string \"" + PostFields.TEXT + "\"");
        }
        JsonNode title = node.get(PostFields.TITLE);
        TagResult r = tagger.tag(text.asText(), title != null && title.isTextual() ? title.asText() : null);
        return new Tagged(id, r.sentiment(), r.sentimentScore(), r.emotion(), r.risk(), r.topics(), r.stance(),
                r.kecamatan(), r.evidence());
    }
}

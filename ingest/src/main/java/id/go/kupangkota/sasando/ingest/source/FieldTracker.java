package id.go.kupangkota.sasando.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON payload while remembering which fields a mapper used, so that
 * {@link #unmapped()} can report the rest (as dotted paths, e.g. {@code user.location}). Reading a
 * field marks it and its parents; an object field that is read whole (e.g. with {@link #node})
 * counts as mapped with everything below it.
 */
public final class FieldTracker {
    private final JsonNode root;
    private final Set<String> used = new HashSet<>();

    public FieldTracker(JsonNode root) {
        this.root = root;
    }

    /** The node at a dotted path (missing node when absent), marked as mapped. */
    public JsonNode node(String path) {
        used.add(path);
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    /** Text at a dotted path, or null when absent, null or empty. */
    public String text(String path) {
        JsonNode n = node(path);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.isEmpty() ? null : s;
    }

    /** A whole number at a dotted path, or null. */
    public Long number(String path) {
        JsonNode n = node(path);
        if (n.isNumber()) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().matches("-?\\d+")) {
            return Long.parseLong(n.asText());
        }
        return null;
    }

    /** Marks fields as deliberately ignored (e.g. duplicates of mapped ones), so they are not reported. */
    public void ignore(String... paths) {
        used.addAll(List.of(paths));
    }

    /** Leaf paths of the payload that no read covered, in document order. */
    public List<String> unmapped() {
        List<String> out = new ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private void collect(JsonNode node, String prefix, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            if (used.contains(path)) {
                continue;
            }
            JsonNode value = f.getValue();
            if (value.isObject() && value.size() > 0) {
                collect(value, path, out);
            } else if (!value.isNull()) {
                out.add(path);
            }
        }
    }
}

package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.MappingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one export row (a JSON object) that a {@link ColumnMapping} reads, taken with the
 * streaming parser: no tree of the whole row. Building that tree (a node and a map entry per column)
 * was a quarter of a file import's CPU. A value reads exactly as its node in {@code
 * Json.MAPPER.readTree(row)} would: strings, whole numbers and booleans are kept as their node's
 * text, anything else (null, fractions, arrays, objects) as the very node the tree would hold. As in
 * the tree, the last of repeated columns wins.
 */
final class ExportRow {
    private final Reader reader;
    /** By column number: null when the row lacks the column, else a String or a JsonNode. */
    private final Object[] values;
    private final List<String> unmapped;

    private ExportRow(Reader reader, Object[] values, List<String> unmapped) {
        this.reader = reader;
        this.values = values;
        this.unmapped = unmapped;
    }

    /** A mapping's columns, numbered once per mapping. */
    static final class Reader {
        private final ColumnMapping mapping;
        private final Map<String, Integer> numberOfColumn = new HashMap<>();
        private final Map<String, Integer> numberOfField = new HashMap<>();

        Reader(ColumnMapping mapping) {
            this.mapping = mapping;
            mapping.columns().forEach((field, column) -> {
                numberOfColumn.putIfAbsent(column, numberOfColumn.size());
                numberOfField.put(field, numberOfColumn.get(column));
            });
        }

        ColumnMapping mapping() {
            return mapping;
        }

        /** The mapped columns of a row; a row that is not one JSON object is refused with the reason. */
        ExportRow read(String raw) throws MappingException {
            Object[] values = new Object[numberOfColumn.size()];
            List<String> others = new ArrayList<>();
            List<Boolean> othersFilled = new ArrayList<>();
            try (JsonParser parser = Json.MAPPER.getFactory().createParser(raw)) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new MappingException("expected a JSON object per line, found "
                            + (first == null ? "nothing" : Json.MAPPER.readTree(raw).getNodeType()));
                }
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    JsonToken token = parser.nextToken();
                    Integer number = numberOfColumn.get(name);
                    if (number != null) {
                        values[number] = value(parser, token);
                    } else {
                        // as the tree's field order: a repeated column keeps its first place, its last value
                        int seen = others.indexOf(name);
                        boolean filled = filled(parser, token);
                        if (seen < 0) {
                            others.add(name);
                            othersFilled.add(filled);
                        } else {
                            othersFilled.set(seen, filled);
                        }
                    }
                }
            } catch (JsonProcessingException e) {
                throw new MappingException("broken JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("reading a row held in memory", e);
            }
            List<String> unmapped = new ArrayList<>(others.size());
            for (int i = 0; i < others.size(); i++) {
                if (othersFilled.get(i)) {
                    unmapped.add(others.get(i));
                }
            }
            return new ExportRow(this, values, unmapped);
        }

        private static Object value(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> parser.getText();
                case VALUE_NUMBER_INT -> parser.getNumberValue().toString(); // the int/long/big node's text
                case VALUE_NULL -> NullNode.getInstance();
                case START_ARRAY -> array(parser);
                default -> parser.readValueAsTree();
            };
        }

        /** An array as the tree reads it; its strings without a detour through the tree reader. */
        private static ArrayNode array(JsonParser parser) throws IOException {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    array.add(parser.getText());
                } else {
                    array.add((JsonNode) parser.readValueAsTree());
                }
            }
            return array;
        }

        /** Whether an unmapped column holds something a person would miss: its node's text is not empty. */
        private static boolean filled(JsonParser parser, JsonToken token) throws IOException {
            return switch (token) {
                case VALUE_STRING -> parser.getTextLength() > 0;
                case VALUE_NULL -> false;
                case START_ARRAY, START_OBJECT -> {
                    parser.skipChildren();
                    yield false; // a container node's text is empty
                }
                default -> true; // numbers and booleans
            };
        }
    }

    /** The value of a post field's column: null when unmapped or absent, else a String or a JsonNode. */
    Object get(String field) {
        Integer number = reader.numberOfField.get(field);
        return number == null ? null : values[number];
    }

    /** Columns the mapping does not read that hold a value, in row order. */
    List<String> unmapped() {
        return unmapped;
    }

    static boolean isNull(Object value) {
        return value instanceof JsonNode node && node.isNull();
    }

    /** {@code JsonNode.asText()} of the value. */
    static String asText(Object value) {
        return value instanceof String s ? s : ((JsonNode) value).asText();
    }

    /** The value's text, or the JSON of an array or object. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        JsonNode node = (JsonNode) value;
        return node.isValueNode() ? node.asText() : node.toString();
    }
}

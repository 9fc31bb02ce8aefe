package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of an export holds which post field, and how to read dates and lists. A mapping is a
 * JSON file: a preset shipped in {@code mappings/<name>.json} next to this class, or any file given
 * by path. Keys of {@code columns} are post field names ({@link PostFields}); the column named
 * under {@code id} gives the native id ({@code file:<id>}), without one the row's hash is the id.
 * Month and day names are read in the mapping's {@code locale} (a language tag), English and
 * Indonesian.
 *
 * @param name          preset name or file name
 * @param columns       post field to column name
 * @param dates         how {@code created_at} is read
 * @param listSeparator separator of list columns (hashtags, mentions, links) when not a JSON array
 * @param delimiter     CSV delimiter; 0 to detect it from the header line
 * @param uniqueIds     key {@code ids}: {@code "unique"} when the id column is unique across exports
 *                      (a platform's post id: used as it is), {@code "per_export"} (the default of a
 *                      mapping file) when an export may number its rows anew, so the id is the
 *                      post's identity instead (see {@link FileMapper})
 * @param platform      key {@code platform}: the network every row of the export comes from (the
 *                      {@code twitter-csv} preset says {@code x}), or null; a {@code platform} column
 *                      (key {@value #PLATFORM} of {@code columns}, not a post field) says it row by
 *                      row. Rows of X get the X source's ids ({@link XPosts}); the column under key
 *                      {@value #AUTHOR_ID} of {@code columns} (no post field either) holds the X user id of
 *                      their author
 */
record ColumnMapping(String name, Map<String, String> columns, DateParser dates, Pattern listSeparator,
                     char delimiter, boolean uniqueIds, String platform) {

    static final String UNIQUE_IDS = "unique";
    static final String PER_EXPORT_IDS = "per_export";

    /** Post fields a column can fill. */
    static final Set<String> FIELDS = Set.of(PostFields.ID, PostFields.TEXT, PostFields.TITLE,
            PostFields.CREATED_AT, PostFields.AUTHOR_HANDLE, PostFields.AUTHOR_NAME, PostFields.URL, PostFields.LANG,
            PostFields.LIKE_COUNT, PostFields.REPLY_COUNT, PostFields.REPOST_COUNT, PostFields.QUOTE_COUNT,
            PostFields.VIEW_COUNT, PostFields.HASHTAGS, PostFields.MENTIONS, PostFields.LINKS, PostFields.REPLY_TO,
            PostFields.QUOTE_OF, PostFields.REPOST_OF);
    /** The column naming the network a row comes from (Twitter, Facebook, ...): no post field, it decides the id. */
    static final String PLATFORM = "platform";
    /**
     * The column holding the X user id of a tweet's author (no post field): an imported tweet is keyed by it as
     * the X source keys its author ({@link FileMapper}).
     */
    static final String AUTHOR_ID = "author_id";

    static final List<String> DEFAULT_DATE_FORMATS = List.of("iso", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
            "yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd-MM-yyyy HH:mm:ss",
            "dd-MM-yyyy HH:mm", "EEE MMM dd HH:mm:ss Z yyyy", "d MMMM yyyy HH:mm", "d MMM yyyy HH:mm",
            "yyyy-MM-dd", "dd/MM/yyyy", "dd-MM-yyyy", "d MMMM yyyy", "d MMM yyyy", "epoch_seconds", "epoch_millis");

    /** The column of a post field, or null when the export has none. */
    String column(String field) {
        return columns.get(field);
    }

    /** The columns every row needs: those of text and created_at. */
    List<String> requiredColumns() {
        return List.of(columns.get(PostFields.TEXT), columns.get(PostFields.CREATED_AT)).stream().distinct().toList();
    }

    /** Whether a file with these columns has everything the mapping requires. */
    boolean fits(List<String> fileColumns) {
        return fileColumns.containsAll(requiredColumns());
    }

    /** A preset name (e.g. {@code sasando}) or the path of a mapping file. */
    static ColumnMapping load(String nameOrPath) {
        String resource = "mappings/" + nameOrPath + ".json";
        try (InputStream in = ColumnMapping.class.getResourceAsStream(resource)) {
            if (in != null) {
                return parse(nameOrPath, Json.MAPPER.readTree(in));
            }
        } catch (IOException e) {
            throw new InvalidSettingsException("mapping preset " + nameOrPath + " is unreadable: " + e.getMessage());
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingsException("no mapping preset or file '" + nameOrPath + "' (presets: "
                    + String.join(", ", presets()) + ")");
        }
        try {
            return parse(file.getFileName().toString(), Json.MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            throw new InvalidSettingsException("mapping file " + file + " is not valid JSON: " + e.getMessage());
        }
    }

    /** Names of the presets shipped with Sasando. */
    static List<String> presets() {
        return List.of("sasando", "twitter-csv");
    }

    static ColumnMapping parse(String name, JsonNode spec) {
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode cols = spec.path("columns");
        if (!cols.isObject() || cols.isEmpty()) {
            throw new InvalidSettingsException("mapping " + name + ": 'columns' must map post fields to column names");
        }
        cols.fields().forEachRemaining(e -> {
            if (!FIELDS.contains(e.getKey()) && !PLATFORM.equals(e.getKey()) && !AUTHOR_ID.equals(e.getKey())) {
                throw new InvalidSettingsException("mapping " + name + ": unknown post field '" + e.getKey()
                        + "' (known: " + FIELDS.stream().sorted().toList() + ", and " + PLATFORM + ", " + AUTHOR_ID
                        + ")");
            }
            columns.put(e.getKey(), e.getValue().asText());
        });
        if (!columns.containsKey(PostFields.TEXT) || !columns.containsKey(PostFields.CREATED_AT)) {
            throw new InvalidSettingsException("mapping " + name + ": columns for 'text' and 'created_at' are required");
        }
        List<String> formats = new ArrayList<>();
        spec.path("date_formats").forEach(f -> formats.add(f.asText()));
        ZoneId zone;
        try {
            zone = spec.hasNonNull("zone") ? ZoneId.of(spec.get("zone").asText()) : Wita.ZONE;
        } catch (DateTimeException e) {
            throw new InvalidSettingsException("mapping " + name + ": unknown zone " + spec.get("zone"));
        }
        List<Locale> locales = new ArrayList<>();
        if (spec.hasNonNull("locale")) {
            Locale declared = Locale.forLanguageTag(spec.get("locale").asText());
            if (declared.getLanguage().isEmpty()) {
                throw new InvalidSettingsException("mapping " + name + ": unknown locale " + spec.get("locale")
                        + " (a language tag such as \"id\" or \"en\")");
            }
            locales.add(declared);
        }
        DateParser.DEFAULT_LOCALES.stream().filter(l -> !locales.contains(l)).forEach(locales::add);
        DateParser dates;
        try {
            dates = new DateParser(formats.isEmpty() ? DEFAULT_DATE_FORMATS : formats, zone, locales);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("mapping " + name + ": bad date format: " + e.getMessage());
        }
        String delimiter = spec.path("delimiter").asText("");
        if (delimiter.length() > 1) {
            throw new InvalidSettingsException("mapping " + name + ": delimiter must be one character");
        }
        String separator = spec.path("list_separator").asText("[,;\\s]+");
        // a mapping that says nothing is not trusted to have unique ids: a row number would let
        // one export's rows replace another's
        String ids = spec.path("ids").asText(PER_EXPORT_IDS);
        if (!ids.equals(UNIQUE_IDS) && !ids.equals(PER_EXPORT_IDS)) {
            throw new InvalidSettingsException("mapping " + name + ": 'ids' must be \"" + UNIQUE_IDS + "\" (the id column "
                    + "is unique across exports) or \"" + PER_EXPORT_IDS + "\" (an export numbers its rows anew), was " + ids);
        }
        JsonNode platform = spec.path(PLATFORM);
        boolean given = !platform.isMissingNode() && !platform.isNull();
        if (given && (!platform.isTextual() || platform.asText().isBlank())) {
            throw new InvalidSettingsException("mapping " + name + ": 'platform' must name the network every "
                    + "row comes from, e.g. \"x\", was " + platform);
        }
        return new ColumnMapping(name, Map.copyOf(columns), dates, Pattern.compile(separator),
                delimiter.isEmpty() ? 0 : delimiter.charAt(0), ids.equals(UNIQUE_IDS),
                platform.isTextual() ? platform.asText().strip() : null);
    }
}

package id.go.kupangkota.sasando.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The sources on the classpath (found with {@link ServiceLoader}, never listed in code) and their
 * settings from {@code sources.json}: an object with one section per source name, e.g.
 * {@code {"x": {"enabled": true, "interval": "PT15M", ...}, "file": {...}}}. A source without a
 * section gets an empty one (disabled).
 */
public final class SourceCatalog {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SourceCatalog.class);
    public static final String FILE_NAME = "sources.json";

    private final Map<String, JsonNode> sections;
    private final Function<String, String> env;

    private SourceCatalog(Map<String, JsonNode> sections, Function<String, String> env) {
        this.sections = sections;
        this.env = env;
    }

    /** Reads the settings file; a missing file means every source is disabled. */
    public static SourceCatalog load(Path settingsFile) {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        if (Files.exists(settingsFile)) {
            try {
                JsonNode root = Json.MAPPER.readTree(settingsFile.toFile());
                if (!(root instanceof ObjectNode)) {
                    throw new InvalidSettingsException(settingsFile + " must hold a JSON object with one section per source");
                }
                root.fields().forEachRemaining(e -> {
                    if (!e.getKey().startsWith("_")) { // "_comment" keys document the file
                        sections.put(e.getKey(), e.getValue());
                    }
                });
            } catch (IOException e) {
                throw new InvalidSettingsException("cannot read " + settingsFile + ": " + e.getMessage());
            }
        }
        return new SourceCatalog(sections, System::getenv);
    }

    /** A catalog with the given sections, e.g. in tests. */
    public static SourceCatalog of(Map<String, ?> sections) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, Json.MAPPER.valueToTree(v)));
        return new SourceCatalog(copy, System::getenv);
    }

    /**
     * Every source on the classpath, new instances, sorted by name. A source that cannot be loaded
     * (missing class, failing constructor) is logged and left out: it must not take the others down.
     */
    public static List<Source> discover() {
        List<Source> sources = new ArrayList<>();
        Iterator<Source> it = ServiceLoader.load(Source.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                sources.add(it.next());
            } catch (ServiceConfigurationError e) {
                log.error("a source cannot be loaded and is skipped: {}", e.getMessage());
            }
        }
        sources.sort(Comparator.comparing(Source::name));
        return sources;
    }

    /** A new instance of the named source. */
    public static Source discover(String name) {
        return discover().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                new InvalidSettingsException("no source named '" + name + "'; known: "
                        + discover().stream().map(Source::name).toList()));
    }

    public SourceConfig config(String source) {
        return new SourceConfig(source, sections.get(source), env);
    }

    /** Names with a section in the settings file. */
    public List<String> configured() {
        return List.copyOf(sections.keySet());
    }
}

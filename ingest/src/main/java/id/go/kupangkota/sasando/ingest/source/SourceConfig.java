package id.go.kupangkota.sasando.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One source's section of the sources settings file ({@code config/sources.json}), with the settings
 * every source shares (read by the runner and the daemon) and typed, validated getters for the
 * source's own settings. Every error names the source and the key.
 *
 * <p>Shared keys: {@code enabled} (default false), {@code interval} (ISO-8601 duration, default
 * PT15M), {@code max_retries} (4), {@code retry_backoff} (PT2S, doubled per retry),
 * {@code max_rate_limit_wait} (PT15M), {@code failure_alert_after} (3 failed runs in a row),
 * {@code max_pages_per_run} (1000), {@code commit_every} (5000 records per landing file).
 */
public final class SourceConfig {
    private final String source;
    private final ObjectNode node;
    private final Function<String, String> env;

    public SourceConfig(String source, JsonNode node, Function<String, String> env) {
        this.source = source;
        this.node = node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        this.env = env;
    }

    /** A config from a map of key to value, e.g. in tests: {@code SourceConfig.of("x", Map.of("enabled", true))}. */
    public static SourceConfig of(String source, Map<String, ?> values) {
        return new SourceConfig(source, Json.MAPPER.valueToTree(values), System::getenv);
    }

    public String source() {
        return source;
    }

    public JsonNode node() {
        return node;
    }

    public boolean enabled() {
        return bool("enabled", false);
    }

    public Duration interval() {
        return duration("interval", Duration.ofMinutes(15));
    }

    public int maxRetries() {
        return integer("max_retries", 4);
    }

    public Duration retryBackoff() {
        return duration("retry_backoff", Duration.ofSeconds(2));
    }

    public Duration maxRateLimitWait() {
        return duration("max_rate_limit_wait", Duration.ofMinutes(15));
    }

    public int failureAlertAfter() {
        return integer("failure_alert_after", 3);
    }

    public int maxPagesPerRun() {
        return integer("max_pages_per_run", 1000);
    }

    public int commitEvery() {
        return integer("commit_every", 5000);
    }

    public boolean has(String key) {
        return node.hasNonNull(key);
    }

    public String string(String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    public String requiredString(String key) {
        String v = string(key, null);
        if (v == null || v.isBlank()) {
            throw invalid(key, "is required");
        }
        return v;
    }

    public int integer(String key, int fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.asInt();
        }
        if (v.isTextual() && v.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText());
        }
        throw invalid(key, "must be a whole number, was " + v);
    }

    public boolean bool(String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw invalid(key, "must be true or false, was " + v);
        }
        return v.asBoolean();
    }

    /** An ISO-8601 duration such as {@code PT15M} or {@code PT30S}. */
    public Duration duration(String key, Duration fallback) {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative()) {
                throw invalid(key, "must not be negative, was " + v);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw invalid(key, "must be an ISO-8601 duration like PT15M, was " + v);
        }
    }

    public List<String> strings(String key) {
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw invalid(key, "must be a list, was " + v);
        }
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    /**
     * A secret, never written in the settings file itself: {@code <key>_env} names the environment
     * variable (or system property) that holds it. Returns null when not set.
     */
    public String secret(String key) {
        String variable = string(key + "_env", null);
        if (variable == null) {
            return null;
        }
        String v = System.getProperty(variable);
        if (v == null || v.isBlank()) {
            v = env.apply(variable);
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** Binds the section to a settings type with Sasando's JSON conventions (snake_case keys). */
    public <T> T bind(Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            throw new InvalidSettingsException("settings of source '" + source + "' are invalid: " + e.getMessage());
        }
    }

    public InvalidSettingsException invalid(String key, String problem) {
        return new InvalidSettingsException("setting '" + key + "' of source '" + source + "' " + problem);
    }

    @Override
    public String toString() {
        return "SourceConfig[" + source + "]";
    }
}

package id.go.kupangkota.sasando.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Settings every module shares, read from system properties ({@code -Dsasando.home=...}) first and
 * the environment ({@code SASANDO_HOME}) second, with defaults for a local run.
 *
 * @param home        data home: landing zone, curated Parquet, checkpoints, the embedded
 *                    Elasticsearch (default {@code ./.sasando}, ignored by git)
 * @param esUrl       Elasticsearch base URL (default {@code http://127.0.0.1:9200})
 * @param esUser      user for Elasticsearch with security on; null for none
 * @param esPassword  its password (or from the file named by {@code SASANDO_ES_PASSWORD_FILE}); never logged
 * @param indexPrefix prefix of every index and alias (default {@code sasando-}); tests use their own
 */
public record SasandoSettings(Path home, String esUrl, String esUser, String esPassword, String indexPrefix) {

    public static final String DEFAULT_ES_URL = "http://127.0.0.1:9200";
    public static final String DEFAULT_PREFIX = "sasando-";

    public SasandoSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(esUrl, "esUrl");
        if (indexPrefix == null || !indexPrefix.equals(indexPrefix.toLowerCase()) || indexPrefix.contains("*")) {
            throw new IllegalArgumentException("index prefix must be lower case without '*': " + indexPrefix);
        }
    }

    public static SasandoSettings fromEnvironment() {
        return from(System.getenv());
    }

    static SasandoSettings from(Map<String, String> env) {
        String home = value(env, "sasando.home", "SASANDO_HOME", ".sasando");
        String password = value(env, "sasando.es.password", "SASANDO_ES_PASSWORD", null);
        String passwordFile = value(env, "sasando.es.password.file", "SASANDO_ES_PASSWORD_FILE", null);
        if (password == null && passwordFile != null) {
            try {
                password = Files.readString(Path.of(passwordFile)).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Elasticsearch password file " + passwordFile, e);
            }
        }
        return new SasandoSettings(Path.of(home).toAbsolutePath().normalize(),
                value(env, "sasando.es.url", "SASANDO_ES_URL", DEFAULT_ES_URL),
                value(env, "sasando.es.user", "SASANDO_ES_USER", null),
                password,
                value(env, "sasando.index.prefix", "SASANDO_INDEX_PREFIX", DEFAULT_PREFIX));
    }

    private static String value(Map<String, String> env, String property, String variable, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = env.get(variable);
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    public SasandoSettings withIndexPrefix(String prefix) {
        return new SasandoSettings(home, esUrl, esUser, esPassword, prefix);
    }

    public SasandoSettings withEsUrl(String url) {
        return new SasandoSettings(home, url, esUser, esPassword, indexPrefix);
    }

    public SasandoSettings withHome(Path dir) {
        return new SasandoSettings(dir, esUrl, esUser, esPassword, indexPrefix);
    }

    public Path landingDir() {
        return home.resolve("landing");
    }

    public Path curatedDir() {
        return home.resolve("curated");
    }

    public Path checkpointDir() {
        return home.resolve("checkpoints");
    }

    @Override
    public String toString() {
        // the password never reaches a log line
        return "SasandoSettings[home=" + home + ", esUrl=" + esUrl + ", esUser=" + esUser
                + ", esPassword=" + (esPassword == null ? "none" : "***") + ", indexPrefix=" + indexPrefix + "]";
    }
}

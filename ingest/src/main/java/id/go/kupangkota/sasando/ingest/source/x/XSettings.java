package id.go.kupangkota.sasando.ingest.source.x;

import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Settings of the X source: the {@code x} section of {@code sources.json} plus the bearer token,
 * which never appears in that file (nor in logs, {@link #toString} or exception messages).
 *
 * @param baseUrl        API v2 base URL, ending in {@code /} ({@code base_url}, default
 *                       {@value #DEFAULT_BASE_URL}); tests point it at a local replay server
 * @param bearerToken    app-only bearer token, from the variable named by {@code bearer_token_env},
 *                       else {@value #TOKEN_ENV}, else the file named by {@value #TOKEN_FILE_ENV}
 * @param maxResults     posts per page, 10 to 100 ({@code max_results}, default 100)
 * @param connectTimeout TCP connect timeout ({@code connect_timeout}, default PT10S)
 * @param readTimeout    read timeout of one page ({@code read_timeout}, default PT30S)
 * @param querySuffix    operators appended to every search ({@code query_suffix}, e.g. {@code lang:id}),
 *                       default none
 * @param accounts       handles whose timelines are collected besides the watchlists' accounts
 *                       ({@code accounts}, default none)
 */
public record XSettings(URI baseUrl, String bearerToken, int maxResults, Duration connectTimeout,
                        Duration readTimeout, String querySuffix, List<String> accounts) {

    public static final String DEFAULT_BASE_URL = "https://api.twitter.com/2/";
    public static final String TOKEN_ENV = "SASANDO_X_BEARER_TOKEN";
    public static final String TOKEN_FILE_ENV = "SASANDO_X_BEARER_TOKEN_FILE";

    public XSettings {
        if (baseUrl == null || !baseUrl.toString().endsWith("/")
                || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new InvalidSettingsException("setting 'base_url' of source 'x' must be an http(s) URL ending in '/', was "
                    + baseUrl);
        }
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new InvalidSettingsException(ErrorCode.X_NO_TOKEN, "source 'x' needs a bearer token: set " + TOKEN_ENV
                    + " or name a file holding it in " + TOKEN_FILE_ENV);
        }
        if (maxResults < 10 || maxResults > 100) {
            throw new InvalidSettingsException("setting 'max_results' of source 'x' must be 10 to 100, was " + maxResults);
        }
        if (connectTimeout.isZero() || readTimeout.isZero()) {
            throw new InvalidSettingsException("timeouts of source 'x' must be positive");
        }
        querySuffix = querySuffix == null ? "" : querySuffix.strip();
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** Reads the settings; the token from the process environment (system properties first). */
    public static XSettings from(SourceConfig config) {
        return from(config, System::getenv);
    }

    static XSettings from(SourceConfig config, Function<String, String> env) {
        String url = config.string("base_url", DEFAULT_BASE_URL);
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw config.invalid("base_url", "is not a URL: " + url);
        }
        String token = config.secret("bearer_token");
        return new XSettings(base, token != null ? token : bearerToken(env), config.integer("max_results", 100),
                config.duration("connect_timeout", Duration.ofSeconds(10)),
                config.duration("read_timeout", Duration.ofSeconds(30)),
                config.string("query_suffix", ""),
                config.strings("accounts").stream().map(XSettings::bareHandle).toList());
    }

    private static String bearerToken(Function<String, String> env) {
        String token = lookup(env, TOKEN_ENV);
        String file = lookup(env, TOKEN_FILE_ENV);
        if (token == null && file != null) {
            try {
                token = Files.readString(Path.of(file)).strip();
            } catch (IOException e) {
                // the file name is not secret, its content is
                throw new InvalidSettingsException(ErrorCode.X_NO_TOKEN,
                        "cannot read the X bearer token file named by " + TOKEN_FILE_ENV
                        + " (" + file + "): " + e.getClass().getSimpleName());
            }
        }
        return token;
    }

    private static String lookup(Function<String, String> env, String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = env.apply(name);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String bareHandle(String handle) {
        String h = handle.strip();
        return h.startsWith("@") ? h.substring(1) : h;
    }

    @Override
    public String toString() {
        return "XSettings[baseUrl=" + baseUrl + ", bearerToken=***, maxResults=" + maxResults
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", querySuffix=" + querySuffix + ", accounts=" + accounts + "]";
    }
}

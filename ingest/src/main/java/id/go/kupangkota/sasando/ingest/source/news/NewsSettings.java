package id.go.kupangkota.sasando.ingest.source.news;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the news source: the {@code news} section of {@code sources.json} and the feeds list.
 *
 * @param feeds          the feeds to read: {@code feeds} in the section, else the file named by
 *                       {@code feeds_file} (relative to the config directory), else the bundled
 *                       {@value #DEFAULT_FEEDS}
 * @param minTextChars   an item without full content ({@code content:encoded}, Atom {@code content}),
 *                       or with less than this many characters of it, carries only a summary: its
 *                       article page is fetched for the full text ({@code min_text_chars}, default 200)
 * @param maxArticles    article pages fetched per feed and run at most ({@code max_articles}, default 50);
 *                       items beyond keep their summary
 */
public record NewsSettings(List<Feed> feeds, int minTextChars, int maxArticles) {

    /** The bundled feeds list (a commented JSON resource next to this class). */
    public static final String DEFAULT_FEEDS = "feeds.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * One feed.
     *
     * @param id       stable slug: the query key is {@code feed.<id>}
     * @param name     the outlet's name, shown to analysts
     * @param url      the RSS or Atom URL
     * @param fullText false for feeds whose links do not lead to the article (Google News redirects)
     */
    public record Feed(String id, String name, URI url, boolean fullText) {
        public Feed {
            if (id == null || !ID.matcher(id).matches()) {
                throw new InvalidSettingsException("news feed id must match " + ID + ": " + id);
            }
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new InvalidSettingsException("news feed '" + id + "' needs an http(s) url, was " + url);
            }
            name = name == null || name.isBlank() ? id : name;
        }
    }

    public NewsSettings {
        feeds = List.copyOf(feeds);
        Set<String> ids = new HashSet<>();
        for (Feed f : feeds) {
            if (!ids.add(f.id())) {
                throw new InvalidSettingsException("news feed id '" + f.id() + "' is used twice");
            }
        }
        if (minTextChars < 0 || maxArticles < 0) {
            throw new InvalidSettingsException("min_text_chars and max_articles of source 'news' must not be negative");
        }
    }

    public static NewsSettings from(SourceConfig config) {
        JsonNode list = config.node().get("feeds");
        if (list == null || list.isNull()) {
            list = feedsFile(config).path("feeds");
        }
        if (!list.isArray()) {
            throw config.invalid("feeds", "must be a list of {id, name, url, full_text}");
        }
        List<Feed> feeds = new ArrayList<>();
        for (JsonNode f : list) {
            String url = f.path("url").asText(null);
            URI uri;
            try {
                uri = url == null ? null : URI.create(url);
            } catch (IllegalArgumentException e) {
                throw config.invalid("feeds", "has a bad url: " + url);
            }
            feeds.add(new Feed(f.path("id").asText(null), f.path("name").asText(null), uri,
                    f.path("full_text").asBoolean(true)));
        }
        return new NewsSettings(feeds, config.integer("min_text_chars", 200), config.integer("max_articles", 50));
    }

    private static JsonNode feedsFile(SourceConfig config) {
        String file = config.string("feeds_file", null);
        try {
            if (file != null) {
                return Json.MAPPER.readTree(Files.readString(IngestPaths.configDir().resolve(file)));
            }
            try (InputStream in = NewsSettings.class.getResourceAsStream(DEFAULT_FEEDS)) {
                return Json.MAPPER.readTree(in);
            }
        } catch (IOException e) {
            throw config.invalid("feeds_file", "cannot be read (" + (file == null ? DEFAULT_FEEDS : file) + "): "
                    + e.getMessage());
        }
    }

    /** The query key of a feed. */
    static String key(Feed feed) {
        return "feed." + feed.id().toLowerCase(Locale.ROOT);
    }
}

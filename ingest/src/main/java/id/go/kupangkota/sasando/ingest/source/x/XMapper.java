package id.go.kupangkota.sasando.ingest.source.x;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.FieldTracker;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps one X raw item to a {@code Post}. The item is the API's own single-post shape
 * ({@code {"data": <post verbatim>, "includes": {"users": [...], "tweets": [...]}}}, see
 * {@link XItems}), so it maps on its own, today or when a better mapper re-reads the landing zone.
 *
 * <ul>
 *   <li>id {@code x:<post id>}; url {@code https://x.com/<username>/status/<id>};</li>
 *   <li>text: {@code note_tweet.text} when the post is longer than 280 characters, and for a repost the
 *       full text of the reposted post instead of the truncated {@code RT @…} copy;</li>
 *   <li>author handle, name and account creation time ({@code created_at}, a bot-likeness signal)
 *       from {@code includes.users}; the author key is a pseudonym of the author id, so it is set
 *       even when the author is missing from the includes;</li>
 *   <li>{@code created_at}, or when absent the time encoded in the post id (a Snowflake);</li>
 *   <li>{@code public_metrics} to like/reply/repost/quote counts and impressions to views;</li>
 *   <li>{@code lang}, with X's {@code in} for Indonesian written as {@code id};</li>
 *   <li>hashtags, mentioned usernames, expanded links; {@code referenced_tweets} to the replyTo,
 *       quoteOf and repostOf edges.</li>
 * </ul>
 * Fields it does not use (e.g. {@code conversation_id}, {@code edit_history_tweet_ids}) are reported
 * as unmapped. A missing author, an absent {@code created_at} and text that was not valid UTF-8 are
 * marked as unmapped too (with what was done instead) and returned as warnings, which the runner
 * logs and counts in coverage.
 */
public final class XMapper implements Mapper {
    public static final String SOURCE = "x";
    /** Bump when the mapping changes: landing records carry it. */
    public static final String VERSION = "x-2";
    /** Twitter's Snowflake epoch: the post id's top bits are milliseconds since this instant. */
    private static final long SNOWFLAKE_EPOCH_MILLIS = 1288834974657L;

    private final Function<String, String> authorKeys;

    /** @param authorKeys pseudonym of an X author id (stable, not reversible) */
    public XMapper(Function<String, String> authorKeys) {
        this.authorKeys = authorKeys;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Mapped map(RawItem item, SourceQuery query) throws MappingException {
        JsonNode root = parse(item.raw());
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new MappingException("X item has no 'data' object");
        }
        XItems.Includes includes = XItems.Includes.of(root.path("includes"));
        FieldTracker tweet = new FieldTracker(data);

        String id = tweet.text("id");
        if (id == null || !id.matches("\\d+")) {
            throw new MappingException("X post without a numeric 'id': " + id);
        }
        String text = tweet.text("note_tweet.text");
        if (text == null) {
            text = tweet.text("text");
        } else {
            tweet.ignore("text"); // the truncated copy of note_tweet.text
        }
        if (text == null) {
            throw new MappingException("X post " + id + " has no text");
        }
        Post.Builder post = Post.builder(SOURCE, id).lang(language(tweet.text("lang")));

        String authorId = tweet.text("author_id");
        JsonNode author = authorId == null ? null : includes.user(authorId);
        if (authorId != null) {
            post.authorKey(authorKeys.apply(authorId));
        }
        List<String> unmappedHere = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (authorId == null) {
            unmappedHere.add("author_id (absent: no handle, no author key)");
            warnings.add("no author_id: no handle, no author key");
        } else if (author == null) {
            unmappedHere.add("author_id (not in includes.users: no handle or name)");
            warnings.add("author " + authorId + " is not in includes.users: no handle or name");
        }
        String username = author == null ? null : text(author, "username");
        post.authorHandle(username).authorName(author == null ? null : text(author, "name"));
        post.authorCreatedAt(authorCreatedAt(author, unmappedHere, warnings));
        post.url("https://x.com/" + (username == null ? "i/web" : username) + "/status/" + id);

        post.createdAt(createdAt(tweet, id));
        if (data.path("created_at").isMissingNode()) {
            unmappedHere.add("created_at (absent: time taken from the post id)");
            warnings.add("no created_at: time taken from the post id");
        }

        JsonNode refs = tweet.node("referenced_tweets");
        for (JsonNode ref : refs) {
            String type = text(ref, "type");
            String refId = text(ref, "id");
            if (refId == null || type == null) {
                continue;
            }
            String edge = Post.idOf(SOURCE, refId);
            switch (type) {
                case "replied_to" -> post.replyTo(edge);
                case "quoted" -> post.quoteOf(edge);
                case "retweeted" -> {
                    post.repostOf(edge);
                    JsonNode original = includes.tweet(refId);
                    String full = original == null ? null : fullText(original);
                    if (full != null) {
                        text = full;
                    }
                }
                default -> unmappedHere.add("referenced_tweets.type=" + type);
            }
        }
        post.text(text);
        if (text.indexOf('\uFFFD') >= 0) {
            unmappedHere.add("text (bytes that were not UTF-8, replaced with U+FFFD)");
            warnings.add("text had bytes that are not UTF-8: replaced with U+FFFD");
        }

        post.likeCount(tweet.number("public_metrics.like_count"))
                .replyCount(tweet.number("public_metrics.reply_count"))
                .repostCount(tweet.number("public_metrics.retweet_count"))
                .quoteCount(tweet.number("public_metrics.quote_count"))
                .viewCount(tweet.number("public_metrics.impression_count"));

        // a long post's entities are under note_tweet (the top-level ones cover the first 280 characters)
        post.hashtags(values(both(tweet, "hashtags"), "tag"))
                .mentions(values(both(tweet, "mentions"), "username"))
                .links(links(both(tweet, "urls")));

        List<String> unmapped = new ArrayList<>(tweet.unmapped());
        unmapped.addAll(unmappedHere);
        return new Mapped(post.build(), unmapped, warnings);
    }

    /** X still tags Indonesian with the withdrawn ISO 639 code {@code in}; Sasando uses {@code id}. */
    static String language(String xLang) {
        return "in".equals(xLang) ? "id" : xLang;
    }

    private static JsonNode parse(String raw) throws MappingException {
        try {
            return Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new MappingException("X item is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Instant createdAt(FieldTracker tweet, String id) throws MappingException {
        String created = tweet.text("created_at");
        if (created == null) {
            return snowflakeTime(id);
        }
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new MappingException("X post " + id + " has an unreadable created_at: " + created);
        }
    }

    /** An unreadable account creation time loses the account age only, never the post. */
    private static Instant authorCreatedAt(JsonNode author, List<String> unmapped, List<String> warnings) {
        String created = author == null ? null : text(author, "created_at");
        if (created == null) {
            return null;
        }
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException e) {
            unmapped.add("includes.users.created_at (unreadable: " + created + ")");
            warnings.add("author " + text(author, "id") + " has an unreadable created_at: no account age");
            return null;
        }
    }

    /** The creation time encoded in a post id (exact to the millisecond for posts since late 2010). */
    static Instant snowflakeTime(String id) {
        return Instant.ofEpochMilli((Long.parseLong(id) >> 22) + SNOWFLAKE_EPOCH_MILLIS);
    }

    private static String fullText(JsonNode tweet) {
        String note = tweet.path("note_tweet").path("text").asText(null);
        return note != null && !note.isEmpty() ? note : text(tweet, "text");
    }

    private static List<JsonNode> both(FieldTracker tweet, String entity) {
        List<JsonNode> out = new ArrayList<>();
        tweet.node("entities." + entity).forEach(out::add);
        tweet.node("note_tweet.entities." + entity).forEach(out::add);
        return out;
    }

    private static List<String> values(List<JsonNode> array, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : array) {
            String v = text(e, field);
            if (v != null) {
                out.add(v);
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    /** Expanded (or unwound, when X followed the redirects) URLs instead of t.co short links. */
    private static List<String> links(List<JsonNode> urls) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode u : urls) {
            String v = text(u, "unwound_url");
            if (v == null) {
                v = text(u, "expanded_url");
            }
            if (v == null) {
                v = text(u, "url");
            }
            if (v != null) {
                out.add(v);
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.asText().isEmpty() ? v.asText() : null;
    }
}

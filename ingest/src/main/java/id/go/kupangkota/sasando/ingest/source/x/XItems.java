package id.go.kupangkota.sasando.ingest.source.x;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an API v2 response page ({@code data}, {@code includes}, {@code meta}, {@code errors}) into
 * one raw item per post. Each item has the shape of the API's single-post response: the post
 * verbatim under {@code data}, and under {@code includes} only the users and posts it refers to
 * (author, mentioned users, referenced posts and their authors). The {@code errors} of a partial
 * response become {@link Rejected} entries (kept, counted in coverage) without losing the data part.
 */
final class XItems {
    private XItems() {
    }

    /** A page cut into items, with what the page said about paging and what went wrong. */
    record Split(List<RawItem> items, List<Rejected> errors, String newestId, String nextToken) {
    }

    /** {@code includes.users} and {@code includes.tweets} by id. */
    record Includes(Map<String, JsonNode> users, Map<String, JsonNode> tweets) {
        static Includes of(JsonNode includes) {
            return new Includes(byId(includes.path("users")), byId(includes.path("tweets")));
        }

        JsonNode user(String id) {
            return users.get(id);
        }

        JsonNode tweet(String id) {
            return tweets.get(id);
        }

        private static Map<String, JsonNode> byId(JsonNode array) {
            Map<String, JsonNode> out = new HashMap<>();
            for (JsonNode n : array) {
                String id = XMapper.text(n, "id");
                if (id != null) {
                    out.put(id, n);
                }
            }
            return out;
        }
    }

    static Split split(JsonNode page, String location) {
        Includes includes = Includes.of(page.path("includes"));
        List<RawItem> items = new ArrayList<>();
        for (JsonNode tweet : page.path("data")) {
            items.add(new RawItem(item(tweet, includes), location + "#" + XMapper.text(tweet, "id")));
        }
        List<Rejected> errors = new ArrayList<>();
        for (JsonNode error : page.path("errors")) {
            errors.add(new Rejected(location, error.toString(), "X partial error: " + describe(error)));
        }
        JsonNode meta = page.path("meta");
        return new Split(items, errors, XMapper.text(meta, "newest_id"), XMapper.text(meta, "next_token"));
    }

    private static String item(JsonNode tweet, Includes includes) {
        Set<String> userIds = new LinkedHashSet<>();
        Set<String> tweetIds = new LinkedHashSet<>();
        addUser(userIds, XMapper.text(tweet, "author_id"));
        for (JsonNode m : tweet.path("entities").path("mentions")) {
            addUser(userIds, XMapper.text(m, "id"));
        }
        for (JsonNode ref : tweet.path("referenced_tweets")) {
            String refId = XMapper.text(ref, "id");
            JsonNode referenced = refId == null ? null : includes.tweet(refId);
            if (referenced != null) {
                tweetIds.add(refId);
                addUser(userIds, XMapper.text(referenced, "author_id"));
            }
        }
        ObjectNode item = Json.MAPPER.createObjectNode();
        item.set("data", tweet);
        ObjectNode inc = item.putObject("includes");
        ArrayNode users = inc.putArray("users");
        userIds.stream().map(includes::user).filter(u -> u != null).forEach(users::add);
        ArrayNode tweets = inc.putArray("tweets");
        tweetIds.stream().map(includes::tweet).forEach(tweets::add);
        try {
            return Json.MAPPER.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree back", e);
        }
    }

    private static void addUser(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String describe(JsonNode error) {
        String title = XMapper.text(error, "title");
        String detail = XMapper.text(error, "detail");
        String value = XMapper.text(error, "value");
        return (title == null ? "error" : title) + (detail == null ? "" : ": " + detail)
                + (value == null ? "" : " (value " + value + ")");
    }
}

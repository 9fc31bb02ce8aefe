package id.go.kupangkota.sasando.ingest.watchlist;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.watchlist.WatchlistId;

import java.time.Instant;
import java.util.List;

/**
 * One watched topic, stored as one document of the watchlists index under {@code id}.
 *
 * @param id          stable slug ({@code [a-z0-9-]}), the document id and the sources' query key
 * @param name        display name (Indonesian)
 * @param description what the topic is about and why it is watched
 * @param keywords    words or phrases, any of which matches (a phrase matches as a phrase)
 * @param hashtags    hashtags with or without {@code #}
 * @param accounts    account handles with or without {@code @}, whose posts are collected
 * @param topics      {@code Vocabulary.TOPICS} codes this watchlist is about (for the dashboard)
 * @param sources     source names that collect it; empty means every source
 * @param enabled     false pauses collection without deleting the watchlist
 * @param updatedAt   last change
 * @param updatedBy   who changed it last ({@code seed} for the settings file)
 * @param deleted     deleted by the admin: kept as a tombstone under its id, so seeding does not add it again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Watchlist(String id, String name, String description, List<String> keywords,
                        List<String> hashtags, List<String> accounts, List<String> topics,
                        List<String> sources, boolean enabled, Instant updatedAt, String updatedBy,
                        boolean deleted) {
    public Watchlist {
        if (!WatchlistId.valid(id)) {
            throw new IllegalArgumentException("watchlist id must match " + WatchlistId.PATTERN + ": " + id);
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        topics = topics == null ? List.of() : List.copyOf(topics);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** True when the named source should collect this watchlist. */
    public boolean collectedBy(String source) {
        return enabled && !deleted && (sources.isEmpty() || sources.contains(source));
    }

    /** Hashtags without the leading {@code #}. */
    public List<String> bareHashtags() {
        return hashtags.stream().map(h -> h.startsWith("#") ? h.substring(1) : h).toList();
    }

    /** Account handles without the leading {@code @}. */
    public List<String> bareAccounts() {
        return accounts.stream().map(a -> a.startsWith("@") ? a.substring(1) : a).toList();
    }
}

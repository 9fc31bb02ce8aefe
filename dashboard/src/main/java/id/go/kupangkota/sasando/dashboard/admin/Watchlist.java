package id.go.kupangkota.sasando.dashboard.admin;

import java.time.Instant;
import java.util.List;

/**
 * A watchlist in the document shape ingest reads (see ingest's {@code Watchlist}): keywords,
 * hashtags and accounts to collect, for the listed sources (empty: every source).
 */
public record Watchlist(String id, String name, String description, List<String> keywords, List<String> hashtags,
                        List<String> accounts, List<String> topics, List<String> sources, boolean enabled,
                        Instant updatedAt, String updatedBy) {
    public Watchlist {
        keywords = copy(keywords);
        hashtags = copy(hashtags);
        accounts = copy(accounts);
        topics = copy(topics);
        sources = copy(sources);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}

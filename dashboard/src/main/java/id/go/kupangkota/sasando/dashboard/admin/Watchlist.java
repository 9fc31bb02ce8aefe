package id.go.kupangkota.sasando.dashboard.admin;

import java.time.Instant;
import java.util.List;

/**
 * A watchlist in the document shape ingest reads (see ingest's {@code Watchlist}): keywords,
 * hashtags and accounts to collect, for the listed sources (empty: every source). A deleted one is
 * a tombstone under its id ({@link #deletedBy}): ingest seeds the ids its file has and the index has
 * not, so a removed document would come back at ingest's next start.
 */
public record Watchlist(String id, String name, String description, List<String> keywords, List<String> hashtags,
                        List<String> accounts, List<String> topics, List<String> sources, boolean enabled,
                        Instant updatedAt, String updatedBy, boolean deleted) {
    public Watchlist {
        keywords = copy(keywords);
        hashtags = copy(hashtags);
        accounts = copy(accounts);
        topics = copy(topics);
        sources = copy(sources);
    }

    /** What is left of this watchlist once deleted: its id and name, nothing to collect. */
    public Watchlist deletedBy(String username, Instant at) {
        return new Watchlist(id, name, "", List.of(), List.of(), List.of(), List.of(), List.of(), false, at, username,
                true);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}

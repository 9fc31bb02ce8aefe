package id.go.kupangkota.sasando.ingest.source;

import java.util.List;
import java.util.Objects;

/**
 * One page a source fetched.
 *
 * @param items    raw payloads, to be mapped and written to the landing zone
 * @param rejected input that could not be read as an item, kept in the rejects folder
 * @param next     the cursor after this page: stored as the checkpoint once {@code items} are durable
 * @param more     true when {@link Source#fetch} should be called again with {@code next} in this run
 * @param gaps     windows this page found it cannot collect
 */
public record Page(List<RawItem> items, List<Rejected> rejected, Cursor next, boolean more, List<Gap> gaps) {
    public Page {
        items = List.copyOf(items);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        Objects.requireNonNull(next, "next cursor");
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    public static Page of(List<RawItem> items, Cursor next, boolean more) {
        return new Page(items, List.of(), next, more, List.of());
    }

    /** The last page: nothing new, the cursor stays where it is. */
    public static Page empty(Cursor cursor) {
        return of(List.of(), cursor, false);
    }

    public Page withGaps(List<Gap> found) {
        return new Page(items, rejected, next, more, found);
    }

    public Page withRejected(List<Rejected> bad) {
        return new Page(items, bad, next, more, gaps);
    }
}

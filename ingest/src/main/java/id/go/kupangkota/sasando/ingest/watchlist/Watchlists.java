package id.go.kupangkota.sasando.ingest.watchlist;

import java.util.List;

/** The current watchlists, read again at every run. */
@FunctionalInterface
public interface Watchlists {

    /** Every watchlist, enabled or not. */
    List<Watchlist> all();

    /** The enabled watchlists the named source collects. */
    default List<Watchlist> forSource(String source) {
        return all().stream().filter(w -> w.collectedBy(source)).toList();
    }

    /** A fixed list, e.g. in tests or for a one-shot run. */
    static Watchlists of(List<Watchlist> list) {
        List<Watchlist> copy = List.copyOf(list);
        return () -> copy;
    }
}

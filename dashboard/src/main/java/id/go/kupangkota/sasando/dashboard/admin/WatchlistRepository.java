package id.go.kupangkota.sasando.dashboard.admin;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** Watchlists by id; a deleted one is saved as its tombstone ({@link Watchlist#deletedBy}). */
@Repository
class WatchlistRepository {
    private final ElasticsearchClient client;
    private final String index;

    WatchlistRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.WATCHLISTS);
    }

    /** The watchlists, without the deleted ones' tombstones. */
    List<Watchlist> all() {
        try {
            return client.search(s -> s.index(index).size(1000)
                            .query(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("deleted").value(true))))),
                    Watchlist.class).hits().hits().stream()
                    .map(Hit::source).sorted(Comparator.comparing(Watchlist::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list watchlists", e);
        }
    }

    void save(Watchlist w) {
        try {
            client.index(i -> i.index(index).id(w.id()).document(w).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save watchlist " + w.id(), e);
        }
    }
}

package id.go.kupangkota.sasando.dashboard.risk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** The triage index: append-only decisions, newest first per post, and a full scan for export. */
@Repository
class TriageRepository {
    static final String POST_ID = "post_id";
    static final String DECIDED_AT = "decided_at";
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String index;

    TriageRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.TRIAGE);
    }

    void append(TriageDecision decision) {
        try {
            client.index(i -> i.index(index).document(decision).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the decision on " + decision.postId(), e);
        }
    }

    List<TriageDecision> history(String postId) {
        try {
            return client.search(s -> s.index(index).size(100)
                            .query(PostQueries.term(POST_ID, postId))
                            .sort(o -> o.field(f -> f.field(DECIDED_AT).order(SortOrder.Desc))), TriageDecision.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decisions on " + postId, e);
        }
    }

    /** Every decision, oldest first, page by page with search_after (no deep from/size paging). */
    void scan(Consumer<TriageDecision> each) {
        List<SortOptions> sort = List.of(
                SortOptions.of(o -> o.field(f -> f.field(DECIDED_AT).order(SortOrder.Asc))),
                SortOptions.of(o -> o.field(f -> f.field(POST_ID).order(SortOrder.Asc))));
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> cursor = after;
                SearchResponse<TriageDecision> page = client.search(s -> {
                    s.index(index).size(PAGE).sort(sort);
                    if (cursor != null) {
                        s.searchAfter(cursor);
                    }
                    return s;
                }, TriageDecision.class);
                List<Hit<TriageDecision>> hits = page.hits().hits();
                hits.forEach(h -> each.accept(h.source()));
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export decisions", e);
        }
    }
}

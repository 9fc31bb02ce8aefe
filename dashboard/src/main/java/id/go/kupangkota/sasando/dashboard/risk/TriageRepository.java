package id.go.kupangkota.sasando.dashboard.risk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The triage index: append-only decisions, newest first per post, and the latest per post for export. */
@Repository
class TriageRepository {
    static final String POST_ID = "post_id";
    static final String DECIDED_AT = "decided_at";
    private static final String BY_POST = "by_post";
    private static final String LATEST = "latest";
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String index;

    TriageRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.TRIAGE);
    }

    /**
     * Refreshes at once rather than waiting for the index's own refresh: a decision is an analyst's click,
     * rare and small, and its history is read right after it.
     */
    void append(TriageDecision decision) {
        try {
            client.index(i -> i.index(index).document(decision).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the decision on " + decision.postId(), e);
        }
    }

    /** Many decisions at once (the copies of one text): one bulk request, one refresh. */
    void appendAll(List<TriageDecision> all) {
        if (all.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(b -> b.index(index).refresh(Refresh.True).operations(all.stream()
                    .map(d -> BulkOperation.of(o -> o.index(i -> i.document(d)))).toList()));
            if (response.errors()) {
                throw new IllegalStateException("could not save every decision: " + response.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.error().reason()).distinct().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + all.size() + " decisions", e);
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

    /** When the newest decision on any of these posts was taken, if any was. */
    Optional<Instant> latestDecidedAt(List<String> postIds) {
        try {
            return client.search(s -> s.index(index).size(1)
                            .query(q -> q.terms(t -> t.field(POST_ID).terms(v -> v.value(
                                    postIds.stream().map(FieldValue::of).toList()))))
                            .sort(o -> o.field(f -> f.field(DECIDED_AT).order(SortOrder.Desc))), TriageDecision.class)
                    .hits().hits().stream().map(h -> h.source().decidedAt()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decisions on " + postIds, e);
        }
    }

    /**
     * The latest decision on each decided post, by post id, page by page: a composite aggregation over
     * the post id with a top_hits of the newest decision in each bucket. Older decisions stay in the
     * index as the post's history; labelled data wants one answer per post.
     */
    void latestPerPost(Consumer<TriageDecision> each) {
        Map<String, FieldValue> after = null;
        try {
            while (true) {
                Map<String, FieldValue> cursor = after;
                SearchResponse<Void> page = client.search(s -> s.index(index).size(0)
                        .aggregations(BY_POST, a -> a.composite(c -> {
                            c.size(PAGE).sources(Map.of(POST_ID, CompositeAggregationSource.of(
                                    x -> x.terms(t -> t.field(POST_ID)))));
                            if (cursor != null) {
                                c.after(cursor);
                            }
                            return c;
                        }).aggregations(LATEST, l -> l.topHits(t -> t.size(1)
                                .sort(o -> o.field(f -> f.field(DECIDED_AT).order(SortOrder.Desc)))))), Void.class);
                CompositeAggregate posts = page.aggregations().get(BY_POST).composite();
                for (CompositeBucket bucket : posts.buckets().array()) {
                    bucket.aggregations().get(LATEST).topHits().hits().hits().forEach(h ->
                            each.accept(h.source().to(TriageDecision.class, client._jsonpMapper())));
                }
                if (posts.buckets().array().size() < PAGE || posts.afterKey() == null) {
                    return;
                }
                after = posts.afterKey();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export decisions", e);
        }
    }
}

package id.go.kupangkota.sasando.dashboard.risk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Flagged posts in the posts index, and the triage status copied onto them. */
@Repository
class RiskRepository {
    private static final String COPIES = "copies";
    private static final String TEXTS = "texts";
    private final ElasticsearchClient client;
    private final String index;

    RiskRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.POSTS);
    }

    /**
     * One page of the flagged posts of the filter: newest WITA day first, then highest risk score, then
     * newest, then post id so that pages never overlap or skip a post. {@code grouped}: one row per
     * distinct text (its first copy in queue order), with the number of copies; only posts with an exact
     * text ({@link #ungroupable} counts the others) take part.
     */
    List<RiskPost> page(PostFilter filter, boolean undecidedOnly, boolean grouped, int offset, int size) {
        try {
            return client.search(s -> {
                s.index(index).from(offset).size(size).query(queueQuery(filter, undecidedOnly, grouped))
                        .docvalueFields(f -> f.field(PostFields.TRIAGE_STATUS))
                        .sort(o -> o.field(f -> f.field(PostFields.DAY).order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field(PostFields.RISK_SCORE).order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field(PostFields.CREATED_AT).order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field(PostFields.ID).order(SortOrder.Asc)));
                if (grouped) {
                    s.collapse(c -> c.field(PostFields.TEXT_EXACT).innerHits(i -> i.name(COPIES).size(0)));
                }
                return s;
            }, Post.class).hits().hits().stream().map(h -> riskPost(h, grouped)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the risk queue", e);
        }
    }

    /** How many distinct texts the grouped queue has (exact below 40,000, Elasticsearch's cardinality). */
    long countTexts(PostFilter filter, boolean undecidedOnly) {
        try {
            return client.search(s -> s.index(index).size(0).query(queueQuery(filter, undecidedOnly, true))
                            .aggregations(TEXTS, a -> a.cardinality(c -> c.field(PostFields.TEXT_EXACT)
                                    .precisionThreshold(40_000))), Void.class)
                    .aggregations().get(TEXTS).cardinality().value();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the texts of the risk queue", e);
        }
    }

    /** Flagged posts the grouped queue cannot show: texts over 8,000 characters, or indexed before text.exact. */
    long ungroupable(PostFilter filter, boolean undecidedOnly) {
        Query noExactText = Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field(PostFields.TEXT_EXACT)))));
        try {
            return client.count(c -> c.index(index).query(q -> q.bool(b -> b
                    .filter(queueQuery(filter, undecidedOnly, false)).filter(noExactText)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the risk queue", e);
        }
    }

    /** The flagged posts of the queue whose text is exactly {@code text}, in queue order (at most 10,000). */
    List<RiskPost> copies(PostFilter filter, boolean undecidedOnly, String text) {
        Query same = Query.of(q -> q.term(t -> t.field(PostFields.TEXT_EXACT).value(text)));
        try {
            return client.search(s -> s.index(index).size(10_000)
                            .query(q -> q.bool(b -> b.filter(queueQuery(filter, undecidedOnly, true)).filter(same)))
                            .docvalueFields(f -> f.field(PostFields.TRIAGE_STATUS))
                            .sort(o -> o.field(f -> f.field(PostFields.ID).order(SortOrder.Asc))), Post.class)
                    .hits().hits().stream().map(h -> riskPost(h, false)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the copies of a text", e);
        }
    }

    /** How many flagged posts the filter has: exact, not the 10,000 a search would stop counting at. */
    long count(PostFilter filter, boolean undecidedOnly) {
        try {
            return client.count(c -> c.index(index).query(queueQuery(filter, undecidedOnly, false))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the risk queue", e);
        }
    }

    /** {@code grouped}: only posts with an exact text, since collapsing puts all without one in a single group. */
    private static Query queueQuery(PostFilter filter, boolean undecidedOnly, boolean grouped) {
        Query flagged = Query.of(q -> q.exists(e -> e.field(PostFields.RISK)));
        Query decided = Query.of(q -> q.exists(e -> e.field(PostFields.TRIAGE_STATUS)));
        return Query.of(q -> q.bool(b -> {
            b.filter(PostQueries.filter(filter)).filter(flagged);
            if (grouped) {
                b.filter(f -> f.exists(e -> e.field(PostFields.TEXT_EXACT)));
            }
            if (undecidedOnly) {
                b.mustNot(decided);
            }
            return b;
        }));
    }

    Optional<RiskPost> find(String postId) {
        try {
            return client.search(s -> s.index(index).size(1)
                                    .query(PostQueries.term(PostFields.ID, postId))
                                    .docvalueFields(f -> f.field(PostFields.TRIAGE_STATUS)), Post.class)
                    .hits().hits().stream().findFirst().map(h -> riskPost(h, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read post " + postId, e);
        }
    }

    /**
     * Copies the latest decision onto the post: a partial document update (no scripts on this cluster).
     * A null status (the decision taken back) is written as JSON null, which no query sees as a status.
     * It refreshes at once: waiting for the posts index's own refresh (5 s, set for bulk loads) kept the
     * analyst up to 5 s on every decision, and the queue is read again right after it.
     */
    void setTriageStatus(String postId, String status) {
        try {
            client.update(u -> u.index(index).id(postId)
                    .doc(statusDocument(status))
                    .refresh(Refresh.True), Post.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update post " + postId, e);
        }
    }

    /** Copies the same decision onto many posts at once: one bulk request, one refresh. */
    void setTriageStatus(List<String> postIds, String status) {
        if (postIds.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(b -> b.index(index).refresh(Refresh.True).operations(postIds.stream()
                    .map(id -> BulkOperation.of(o -> o.update(u -> u.id(id)
                            .action(a -> a.doc(statusDocument(status))))))
                    .toList()));
            if (response.errors()) {
                throw new IllegalStateException("could not mark every copy " + status + ": " + response.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.id() + " " + i.error().reason()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + postIds.size() + " posts", e);
        }
    }

    /** A Jackson node, not a map: the client's mapper leaves null map values out, and null is the point here. */
    private static ObjectNode statusDocument(String status) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        return status == null ? doc.putNull(PostFields.TRIAGE_STATUS) : doc.put(PostFields.TRIAGE_STATUS, status);
    }

    private static RiskPost riskPost(Hit<Post> hit, boolean grouped) {
        JsonData values = hit.fields().get(PostFields.TRIAGE_STATUS);
        String[] status = values == null ? new String[0] : values.to(String[].class);
        String s = status.length == 0 ? null : status[0];
        long copies = 1;
        if (grouped && hit.innerHits().containsKey(COPIES) && hit.innerHits().get(COPIES).hits().total() != null) {
            copies = hit.innerHits().get(COPIES).hits().total().value();
        }
        return new RiskPost(hit.source(), s, copies);
    }
}

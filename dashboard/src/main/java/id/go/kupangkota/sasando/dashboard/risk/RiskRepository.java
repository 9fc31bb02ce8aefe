package id.go.kupangkota.sasando.dashboard.risk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Flagged posts in the posts index, and the triage status copied onto them. */
@Repository
class RiskRepository {
    private final ElasticsearchClient client;
    private final String index;

    RiskRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.POSTS);
    }

    /**
     * One page of the flagged posts of the filter: newest WITA day first, then highest risk score, then
     * newest, then post id so that pages never overlap or skip a post.
     */
    List<RiskPost> page(PostFilter filter, boolean undecidedOnly, int offset, int size) {
        try {
            return client.search(s -> s.index(index).from(offset).size(size).query(queueQuery(filter, undecidedOnly))
                                    .docvalueFields(f -> f.field(PostFields.TRIAGE_STATUS))
                                    .sort(o -> o.field(f -> f.field(PostFields.DAY).order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(PostFields.RISK_SCORE).order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(PostFields.CREATED_AT).order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(PostFields.ID).order(SortOrder.Asc))),
                            Post.class)
                    .hits().hits().stream().map(RiskRepository::riskPost).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the risk queue", e);
        }
    }

    /** How many flagged posts the filter has: exact, not the 10,000 a search would stop counting at. */
    long count(PostFilter filter, boolean undecidedOnly) {
        try {
            return client.count(c -> c.index(index).query(queueQuery(filter, undecidedOnly))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the risk queue", e);
        }
    }

    private static Query queueQuery(PostFilter filter, boolean undecidedOnly) {
        Query flagged = Query.of(q -> q.exists(e -> e.field(PostFields.RISK)));
        Query decided = Query.of(q -> q.exists(e -> e.field(PostFields.TRIAGE_STATUS)));
        return Query.of(q -> q.bool(b -> {
            b.filter(PostQueries.filter(filter)).filter(flagged);
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
                    .hits().hits().stream().findFirst().map(RiskRepository::riskPost);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read post " + postId, e);
        }
    }

    /** Copies the latest decision onto the post: a partial document update (no scripts on this cluster). */
    void setTriageStatus(String postId, String status) {
        try {
            client.update(u -> u.index(index).id(postId)
                    .doc(Map.of(PostFields.TRIAGE_STATUS, status))
                    .refresh(Refresh.WaitFor), Post.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update post " + postId, e);
        }
    }

    private static RiskPost riskPost(Hit<Post> hit) {
        JsonData values = hit.fields().get(PostFields.TRIAGE_STATUS);
        String[] status = values == null ? new String[0] : values.to(String[].class);
        String s = status.length == 0 ? null : status[0];
        return new RiskPost(hit.source(), s);
    }
}

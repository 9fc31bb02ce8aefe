package id.go.kupangkota.sasando.dashboard.accounts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One search: terms on the author with engagement sums, and the author's top mentions. */
@Repository
class AccountsRepository {
    static final String TOP = "top";
    static final String LIKES = "likes";
    static final String REPOSTS = "reposts";
    static final String REPLIES = "replies";
    static final String MENTIONS = "mentions";

    private final ElasticsearchClient client;
    private final String index;

    AccountsRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.POSTS);
    }

    AccountsData load(PostFilter filter, int accounts, int mentionsPerAccount) {
        try {
            var response = client.search(s -> s.index(index).size(0)
                    .query(PostQueries.filter(filter))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(accounts))
                            .aggregations(LIKES, m -> m.sum(x -> x.field(PostFields.LIKE_COUNT)))
                            .aggregations(REPOSTS, m -> m.sum(x -> x.field(PostFields.REPOST_COUNT)))
                            .aggregations(REPLIES, m -> m.sum(x -> x.field(PostFields.REPLY_COUNT)))
                            .aggregations(MENTIONS, m -> m.terms(x -> x.field(PostFields.MENTIONS)
                                    .size(mentionsPerAccount)))), Void.class);
            Aggregate top = response.aggregations().get(TOP);
            List<AccountStat> stats = new ArrayList<>();
            List<Edge> edges = new ArrayList<>();
            if (top.isSterms()) {
                for (StringTermsBucket b : top.sterms().buckets().array()) {
                    Map<String, Aggregate> sub = b.aggregations();
                    String handle = b.key().stringValue();
                    stats.add(new AccountStat(handle, b.docCount(), Math.round(sub.get(LIKES).sum().value()
                            + sub.get(REPOSTS).sum().value() + sub.get(REPLIES).sum().value())));
                    Aggregate mentions = sub.get(MENTIONS);
                    if (mentions.isSterms()) {
                        mentions.sterms().buckets().array().forEach(m ->
                                edges.add(new Edge(handle, m.key().stringValue(), m.docCount())));
                    }
                }
            }
            return new AccountsData(stats, edges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load accounts", e);
        }
    }
}

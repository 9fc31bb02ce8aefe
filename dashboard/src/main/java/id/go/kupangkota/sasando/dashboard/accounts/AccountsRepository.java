package id.go.kupangkota.sasando.dashboard.accounts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;
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

/**
 * Accounts and their interactions, all counted by Elasticsearch: from the accounts job's weekly
 * ACCOUNTS and EDGES indices, or, without them, from the posts index (authors and their mentions).
 */
@Repository
class AccountsRepository {
    // Field names of the accounts job's documents (analytics/spark accounts.AccountsJob).
    static final String POSTS = "posts";
    static final String ENGAGEMENT = "engagement";
    static final String REACH = "reach";
    static final String BOT_SCORE = "bot_score";
    static final String BOT_REASONS = "bot_reasons";
    static final String KIND = "kind";
    static final String FROM_HANDLE = "from_handle";
    static final String TO_HANDLE = "to_handle";
    static final String COUNT = "count";

    private static final String TOP = "top";
    private static final String MENTIONS = "mentions";
    private static final String WORST_WEEK = "worst_week";
    private static final String BY_KIND = "by_kind";
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String WEIGHT = "weight";

    private final ElasticsearchClient client;
    private final String posts;
    private final String accounts;
    private final String edges;

    AccountsRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.posts = indexes.alias(SasandoIndex.POSTS);
        this.accounts = indexes.alias(SasandoIndex.ACCOUNTS);
        this.edges = indexes.alias(SasandoIndex.EDGES);
    }

    /** Whether the job has written any edge for these weeks (and source, when given). */
    boolean hasEdges(List<String> weeks, String source) {
        try {
            return client.count(c -> c.index(edges).query(weeks(weeks, source))).count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count account edges", e);
        }
    }

    /**
     * The job's accounts of the weeks, most posts first, summed over the weeks; the bot-likeness
     * score shown is the account's highest week, with that week's reasons.
     */
    List<AccountStat> jobAccounts(List<String> weeks, String source, int size) {
        try {
            var response = client.search(s -> s.index(accounts).size(0).query(weeks(weeks, source))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(size)
                                    .order(heaviestFirst(POSTS)))
                            .aggregations(POSTS, m -> m.sum(x -> x.field(POSTS)))
                            .aggregations(ENGAGEMENT, m -> m.sum(x -> x.field(ENGAGEMENT)))
                            .aggregations(REACH, m -> m.sum(x -> x.field(REACH)))
                            .aggregations(WORST_WEEK, m -> m.topHits(h -> h.size(1)
                                    .source(src -> src.filter(f -> f.includes(PostFields.WEEK, BOT_SCORE, BOT_REASONS)))
                                    .sort(o -> o.field(f -> f.field(BOT_SCORE).order(SortOrder.Desc)))))),
                    Void.class);
            List<AccountStat> stats = new ArrayList<>();
            for (StringTermsBucket b : stringBuckets(response.aggregations().get(TOP))) {
                Map<String, Aggregate> sub = b.aggregations();
                BotWeek worst = sub.get(WORST_WEEK).topHits().hits().hits().stream().findFirst()
                        .map(h -> h.source().to(BotWeek.class, client._jsonpMapper())).orElse(null);
                stats.add(new AccountStat(b.key().stringValue(), Math.round(sub.get(POSTS).sum().value()),
                        Math.round(sub.get(ENGAGEMENT).sum().value()), Math.round(sub.get(REACH).sum().value()),
                        worst == null ? null : worst.botScore(), worst == null ? List.of() : worst.botReasons()));
            }
            return stats;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load accounts", e);
        }
    }

    /** The bot-likeness part of one account-week document. */
    record BotWeek(String week, Double botScore, List<String> botReasons) {
    }

    /**
     * The job's edges of the weeks, summed over the weeks: per kind, the {@code sources} accounts with
     * the heaviest outgoing interactions and, for each, its {@code targets} heaviest targets.
     */
    List<Edge> jobEdges(List<String> weeks, String source, int sources, int targets) {
        try {
            var response = client.search(s -> s.index(edges).size(0).query(weeks(weeks, source))
                    .aggregations(BY_KIND, k -> k.terms(t -> t.field(KIND).size(AccountsData.KINDS.size() * 2))
                            .aggregations(FROM, f -> f.terms(t -> t.field(FROM_HANDLE).size(sources)
                                            .order(heaviestFirst(WEIGHT)))
                                    .aggregations(WEIGHT, w -> w.sum(x -> x.field(COUNT)))
                                    .aggregations(TO, to -> to.terms(t -> t.field(TO_HANDLE).size(targets)
                                                    .order(heaviestFirst(WEIGHT)))
                                            .aggregations(WEIGHT, w -> w.sum(x -> x.field(COUNT)))))), Void.class);
            List<Edge> result = new ArrayList<>();
            for (StringTermsBucket kind : stringBuckets(response.aggregations().get(BY_KIND))) {
                for (StringTermsBucket from : stringBuckets(kind.aggregations().get(FROM))) {
                    for (StringTermsBucket to : stringBuckets(from.aggregations().get(TO))) {
                        result.add(new Edge(from.key().stringValue(), to.key().stringValue(), kind.key().stringValue(),
                                Math.round(to.aggregations().get(WEIGHT).sum().value())));
                    }
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load account edges", e);
        }
    }

    /** One search over posts: terms on the author with engagement sums, and the author's top mentions. */
    AccountsData fromPosts(PostFilter filter, AccountsData.Basis basis, int size, int mentionsPerAccount) {
        try {
            var response = client.search(s -> s.index(posts).size(0)
                    .query(PostQueries.filter(filter))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(size))
                            .aggregations(PostQueries.engagementSums())
                            .aggregations(MENTIONS, m -> m.terms(x -> x.field(PostFields.MENTIONS)
                                    .size(mentionsPerAccount)))), Void.class);
            List<AccountStat> stats = new ArrayList<>();
            List<Edge> result = new ArrayList<>();
            for (StringTermsBucket b : stringBuckets(response.aggregations().get(TOP))) {
                Map<String, Aggregate> sub = b.aggregations();
                String handle = b.key().stringValue();
                stats.add(AccountStat.fromPosts(handle, b.docCount(), PostQueries.engagement(sub)));
                stringBuckets(sub.get(MENTIONS)).forEach(m ->
                        result.add(new Edge(handle, m.key().stringValue(), AccountsData.MENTION, m.docCount())));
            }
            return new AccountsData(basis, List.of(), stats, result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load accounts", e);
        }
    }

    /** By a sum sub-aggregation, largest first; ties by key so the order is stable. */
    private static List<NamedValue<SortOrder>> heaviestFirst(String sum) {
        return List.of(NamedValue.of(sum, SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));
    }

    private static Query weeks(List<String> weeks, String source) {
        List<FieldValue> values = weeks.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.terms(t -> t.field(PostFields.WEEK).terms(v -> v.value(values))));
            if (source != null) {
                b.filter(PostQueries.term(PostFields.SOURCE, source));
            }
            return b;
        }));
    }

    /** The buckets of a terms aggregation; an unmapped or empty field comes back as another kind. */
    private static List<StringTermsBucket> stringBuckets(Aggregate terms) {
        return terms.isSterms() ? terms.sterms().buckets().array() : List.of();
    }
}

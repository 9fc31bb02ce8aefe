package id.go.kupangkota.sasando.dashboard.accounts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.BotWeek;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts and their interactions, all counted by Elasticsearch: the accounts of a period from the
 * posts index, their bot-likeness scores from the accounts job's weekly ACCOUNTS index, their
 * interactions from its EDGES index (per WITA day; per week from a job older than that), or, without
 * them, the interactions from the posts index too (mentions only).
 */
@Repository
class AccountsRepository {
    // Field names of the accounts job's documents (analytics/spark accounts.AccountsJob).
    static final String BOT_SCORE = "bot_score";
    static final String BOT_REASONS = "bot_reasons";
    static final String KIND = "kind";
    static final String FROM_HANDLE = "from_handle";
    static final String TO_HANDLE = "to_handle";
    static final String COUNT = "count";
    /** The sources that delivered an account's (an edge's) posts; its key is the platform's account. */
    static final String SOURCES = "sources";

    private static final String TOP = "top";
    private static final String REACH = "reach";
    private static final String MENTIONS = "mentions";
    private static final String WORST_WEEK = "worst_week";
    private static final String BY_KIND = "by_kind";
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String WEIGHT = "weight";
    private static final String BY_DAY = "by_day";

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

    /** How the job has kept the edges of some weeks. */
    enum EdgeGrain {
        /** It has written none for them. */
        NONE,
        /** Per whole ISO week: the edges index was written by a job older than the day-level edges. */
        WEEK,
        /** Per WITA day ({@code day}, with the day's week). */
        DAY
    }

    /**
     * Whether the job has written edges for these weeks (and source, when given), and at which grain. It
     * rewrites the whole index each run, so its edges are all per day or (from an older job) all per week;
     * a period's days may well have none while their weeks have some, which is still {@link EdgeGrain#DAY}.
     */
    EdgeGrain edgeGrain(List<String> weeks, String source) {
        try {
            var response = client.search(s -> s.index(edges).size(0).query(weeks(weeks, source))
                    .aggregations(BY_DAY, a -> a.filter(f -> f.exists(e -> e.field(PostFields.DAY)))), Void.class);
            if (response.hits().total() == null || response.hits().total().value() == 0) {
                return EdgeGrain.NONE;
            }
            return response.aggregations().get(BY_DAY).filter().docCount() > 0 ? EdgeGrain.DAY : EdgeGrain.WEEK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count account edges", e);
        }
    }

    /**
     * The accounts of the exact period (WITA days) from the posts index, most posts first: their posts,
     * engagement and reach (views, summed as the accounts job sums them). The job's own counts are per
     * whole ISO week, so a period that cuts a week would count posts outside it.
     */
    List<AccountStat> periodAccounts(PostFilter filter, int size) {
        List<AccountStat> stats = new ArrayList<>();
        for (StringTermsBucket b : topAuthors(filter, size, REACH,
                Aggregation.of(m -> m.sum(x -> x.field(PostFields.VIEW_COUNT))))) {
            Map<String, Aggregate> sub = b.aggregations();
            stats.add(new AccountStat(b.key().stringValue(), b.docCount(), PostQueries.engagement(sub),
                    Math.round(sub.get(REACH).sum().value()), null, List.of(), null));
        }
        return stats;
    }

    /**
     * The period's most prolific authors from the posts index, each bucket with its engagement sums and
     * {@code extra} under {@code extraName}.
     */
    private List<StringTermsBucket> topAuthors(PostFilter filter, int size, String extraName, Aggregation extra) {
        try {
            var response = client.search(s -> s.index(posts).size(0)
                    .query(PostQueries.filter(filter))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(size))
                            .aggregations(PostQueries.engagementSums())
                            .aggregations(extraName, extra)), Void.class);
            return stringBuckets(response.aggregations().get(TOP));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load accounts", e);
        }
    }

    /**
     * For each of {@code handles} the job scored in {@code weeks}, its highest bot-likeness week with that
     * week's reasons. The job has one document per account (platform and author key) and week; they are
     * looked up by handle because the period's accounts are counted by handle from the posts index. An index
     * an older job wrote (one document per delivering source) still gives one row per handle: its worst week.
     */
    Map<String, BotWeek> botWeeks(List<String> handles, List<String> weeks, String source) {
        if (handles.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> handleValues = handles.stream().map(FieldValue::of).toList();
        try {
            var response = client.search(s -> s.index(accounts).size(0)
                    .query(q -> q.bool(b -> b.filter(weeks(weeks, source))
                            .filter(f -> f.terms(t -> t.field(PostFields.AUTHOR_HANDLE)
                                    .terms(v -> v.value(handleValues))))))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(handles.size()))
                            .aggregations(WORST_WEEK, m -> m.topHits(h -> h.size(1)
                                    .source(src -> src.filter(f -> f.includes(PostFields.WEEK, BOT_SCORE, BOT_REASONS)))
                                    .sort(o -> o.field(f -> f.field(BOT_SCORE).order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(PostFields.WEEK).order(SortOrder.Desc)))))),
                    Void.class);
            Map<String, BotWeek> result = new HashMap<>();
            for (StringTermsBucket b : stringBuckets(response.aggregations().get(TOP))) {
                b.aggregations().get(WORST_WEEK).topHits().hits().hits().stream().findFirst()
                        .map(h -> h.source().to(BotWeek.class, client._jsonpMapper()))
                        .filter(w -> w.botScore() != null)
                        .ifPresent(w -> result.put(b.key().stringValue(), w));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load bot-likeness scores", e);
        }
    }

    /** The job's edges of the WITA days {@code from} to {@code to}, summed over the days (see {@link #edges}). */
    List<Edge> dayEdges(LocalDate from, LocalDate to, String source, int sources, int targets) {
        return edges(days(from, to, source), sources, targets);
    }

    /** The job's edges of whole ISO weeks, summed over the weeks (see {@link #edges}). */
    List<Edge> weekEdges(List<String> weeks, String source, int sources, int targets) {
        return edges(weeks(weeks, source), sources, targets);
    }

    /**
     * The job's edges in {@code scope}, summed: per kind, the {@code sources} accounts with the heaviest
     * outgoing interactions and, for each, its {@code targets} heaviest targets.
     */
    private List<Edge> edges(Query scope, int sources, int targets) {
        try {
            var response = client.search(s -> s.index(edges).size(0).query(scope)
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
        List<AccountStat> stats = new ArrayList<>();
        List<Edge> result = new ArrayList<>();
        for (StringTermsBucket b : topAuthors(filter, size, MENTIONS,
                Aggregation.of(m -> m.terms(x -> x.field(PostFields.MENTIONS).size(mentionsPerAccount))))) {
            Map<String, Aggregate> sub = b.aggregations();
            String handle = b.key().stringValue();
            stats.add(AccountStat.fromPosts(handle, b.docCount(), PostQueries.engagement(sub)));
            stringBuckets(sub.get(MENTIONS)).forEach(m ->
                    result.add(new Edge(handle, m.key().stringValue(), AccountsData.MENTION, m.docCount())));
        }
        return new AccountsData(basis, List.of(), stats, result);
    }

    /** By a sum sub-aggregation, largest first; ties by key so the order is stable. */
    private static List<NamedValue<SortOrder>> heaviestFirst(String sum) {
        return List.of(NamedValue.of(sum, SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));
    }

    private static Query weeks(List<String> weeks, String source) {
        List<FieldValue> values = weeks.stream().map(FieldValue::of).toList();
        return ofSource(Query.of(q -> q.terms(t -> t.field(PostFields.WEEK).terms(v -> v.value(values)))), source);
    }

    /** The WITA days {@code from} to {@code to}; {@code yyyy-MM-dd} keywords sort as the days do. */
    private static Query days(LocalDate from, LocalDate to, String source) {
        return ofSource(Query.of(q -> q.range(r -> r.term(t -> t.field(PostFields.DAY)
                .gte(from.toString()).lte(to.toString())))), source);
    }

    /**
     * The job's documents in {@code scope} with a post {@code source} delivered: its {@code sources}, or the
     * single {@code source} of a document an older job wrote (keyed by delivering source, not by platform).
     */
    private static Query ofSource(Query scope, String source) {
        return Query.of(q -> q.bool(b -> {
            b.filter(scope);
            if (source != null) {
                b.filter(f -> f.bool(any -> any.should(PostQueries.term(SOURCES, source))
                        .should(PostQueries.term(PostFields.SOURCE, source)).minimumShouldMatch("1")));
            }
            return b;
        }));
    }

    /** The buckets of a terms aggregation; an unmapped or empty field comes back as another kind. */
    private static List<StringTermsBucket> stringBuckets(Aggregate terms) {
        return terms.isSterms() ? terms.sterms().buckets().array() : List.of();
    }
}

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
import java.util.Comparator;
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
    private static final String NO_KEY = "no_key";
    private static final String HANDLE = "handle";
    private static final String LATEST = "latest";
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
        for (Author a : topAuthors(filter, size, REACH,
                Aggregation.of(m -> m.sum(x -> x.field(PostFields.VIEW_COUNT))))) {
            stats.add(new AccountStat(a.key(), a.handle(), a.posts(), PostQueries.engagement(a.sub()),
                    Math.round(a.sub().get(REACH).sum().value()), null, List.of(), null));
        }
        return stats;
    }

    /**
     * An author of the period's posts: the account ({@code key}, null for posts without one) with its most
     * recent handle, its posts and the sub-aggregations of its bucket.
     */
    private record Author(String key, String handle, long posts, Map<String, Aggregate> sub) {
    }

    /**
     * The period's most prolific authors from the posts index, each with its engagement sums and {@code extra}
     * under {@code extraName}. An author is its {@code author_key}, as the accounts job keys it, so the handle's
     * spellings (an export's "Nona", X's "nona") are one account and two accounts that once shared a handle are
     * two; it shows its latest handle. Posts without a key (a news feed's) are counted by handle, so that none
     * is left out; most posts first, ties by handle.
     */
    private List<Author> topAuthors(PostFilter filter, int size, String extraName, Aggregation extra) {
        Map<String, Aggregation> perAuthor = new HashMap<>(PostQueries.engagementSums());
        perAuthor.put(extraName, extra);
        Map<String, Aggregation> perKey = new HashMap<>(perAuthor);
        perKey.put(HANDLE, Aggregation.of(h -> h.terms(t -> t.field(PostFields.AUTHOR_HANDLE).size(1)
                        .order(List.of(NamedValue.of(LATEST, SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))
                .aggregations(LATEST, l -> l.max(m -> m.field(PostFields.CREATED_AT)))));
        try {
            var response = client.search(s -> s.index(posts).size(0)
                    .query(PostQueries.filter(filter))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_KEY).size(size))
                            .aggregations(perKey))
                    .aggregations(NO_KEY, a -> a.filter(f -> f.bool(b -> b.mustNot(
                                    n -> n.exists(e -> e.field(PostFields.AUTHOR_KEY)))))
                            .aggregations(TOP, t -> t.terms(x -> x.field(PostFields.AUTHOR_HANDLE).size(size))
                                    .aggregations(perAuthor))), Void.class);
            List<Author> authors = new ArrayList<>();
            for (StringTermsBucket b : stringBuckets(response.aggregations().get(TOP))) {
                String handle = stringBuckets(b.aggregations().get(HANDLE)).stream().findFirst()
                        .map(h -> h.key().stringValue()).orElse(null);
                authors.add(new Author(b.key().stringValue(), handle, b.docCount(), b.aggregations()));
            }
            for (StringTermsBucket b : stringBuckets(response.aggregations().get(NO_KEY).filter().aggregations()
                    .get(TOP))) {
                authors.add(new Author(null, b.key().stringValue(), b.docCount(), b.aggregations()));
            }
            authors.sort(Comparator.comparingLong(Author::posts).reversed()
                    .thenComparing(Author::handle, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Author::key, Comparator.nullsLast(Comparator.naturalOrder())));
            return authors.subList(0, Math.min(size, authors.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load accounts", e);
        }
    }

    /**
     * For each of the accounts ({@code authorKeys}) the job scored in {@code weeks}, its highest bot-likeness
     * week with that week's reasons. The job has one document per account (platform and author key) and week.
     * An index an older job wrote (one document per delivering source, with the author key too) still gives
     * one score per account: its worst week.
     */
    Map<String, BotWeek> botWeeks(List<String> authorKeys, List<String> weeks, String source) {
        if (authorKeys.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> keyValues = authorKeys.stream().map(FieldValue::of).toList();
        try {
            var response = client.search(s -> s.index(accounts).size(0)
                    .query(q -> q.bool(b -> b.filter(weeks(weeks, source))
                            .filter(f -> f.terms(t -> t.field(PostFields.AUTHOR_KEY)
                                    .terms(v -> v.value(keyValues))))))
                    .aggregations(TOP, a -> a.terms(t -> t.field(PostFields.AUTHOR_KEY).size(authorKeys.size()))
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

    /** One search over posts: the top authors (see {@link #topAuthors}) with engagement sums and their top mentions. */
    AccountsData fromPosts(PostFilter filter, AccountsData.Basis basis, int size, int mentionsPerAccount) {
        List<AccountStat> stats = new ArrayList<>();
        List<Edge> result = new ArrayList<>();
        for (Author a : topAuthors(filter, size, MENTIONS,
                Aggregation.of(m -> m.terms(x -> x.field(PostFields.MENTIONS).size(mentionsPerAccount))))) {
            AccountStat stat = AccountStat.fromPosts(a.key(), a.handle(), a.posts(), PostQueries.engagement(a.sub()));
            stats.add(stat);
            stringBuckets(a.sub().get(MENTIONS)).forEach(m ->
                    result.add(new Edge(stat.name(), m.key().stringValue(), AccountsData.MENTION, m.docCount())));
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

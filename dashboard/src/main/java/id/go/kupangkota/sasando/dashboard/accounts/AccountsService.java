package id.go.kupangkota.sasando.dashboard.accounts;

import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Basis;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.BotWeek;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Top accounts and their interaction network. The accounts and their counts are always those of the
 * period's own days, from the posts index; the Spark accounts job adds the bot-likeness scores (per ISO
 * week) and the network (summed over the period's WITA days) when it holds edges for the period's weeks.
 * Edges an older job kept per week only give the network of the whole weeks, and the view says so.
 * Without job edges, and when the filter has facets the job does not split by, the network comes from
 * the posts index too (mentions only).
 */
@Service
public class AccountsService {
    static final int TOP_ACCOUNTS = 30;
    static final int MENTIONS_PER_ACCOUNT = 5;
    /** Per interaction kind: the accounts with the heaviest outgoing edges, and targets of each. */
    static final int EDGE_SOURCES_PER_KIND = 20;
    static final int EDGE_TARGETS_PER_SOURCE = 5;

    private final AccountsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountsService(AccountsRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The period's accounts and network, for analysts and admins: handles name citizens. */
    public AccountsData load(PostFilter filter) {
        currentUser.requireReadsPosts("accounts are for analysts and admins");
        if (!jobCanAnswer(filter)) {
            return repository.fromPosts(filter, Basis.POSTS_FACET, TOP_ACCOUNTS, MENTIONS_PER_ACCOUNT);
        }
        List<String> weeks = weeks(filter);
        String source = filter.source();
        return switch (repository.edgeGrain(weeks, source)) {
            case NONE -> repository.fromPosts(filter, Basis.POSTS_NO_JOB_DATA, TOP_ACCOUNTS, MENTIONS_PER_ACCOUNT);
            case DAY -> new AccountsData(Basis.ACCOUNTS_JOB, weeks, scored(filter, weeks), repository.dayEdges(
                    filter.from(), filter.to(), source, EDGE_SOURCES_PER_KIND, EDGE_TARGETS_PER_SOURCE));
            case WEEK -> new AccountsData(Basis.ACCOUNTS_JOB_WHOLE_WEEKS, weeks, scored(filter, weeks),
                    repository.weekEdges(weeks, source, EDGE_SOURCES_PER_KIND, EDGE_TARGETS_PER_SOURCE));
        };
    }

    /** The period's own accounts (its days, not its weeks), each with its highest weekly bot-likeness score. */
    private List<AccountStat> scored(PostFilter filter, List<String> weeks) {
        List<AccountStat> top = repository.periodAccounts(filter, TOP_ACCOUNTS);
        // the job scores accounts by author key: posts without one (news feeds) have no score
        Map<String, BotWeek> scores = repository.botWeeks(
                top.stream().map(AccountStat::authorKey).filter(Objects::nonNull).toList(), weeks, filter.source());
        return top.stream().map(a -> a.authorKey() == null ? a : a.scored(scores.get(a.authorKey()))).toList();
    }

    /**
     * The job's documents are per week (or day) and account, with the sources that delivered its posts, so it
     * can answer a source: any other facet needs the posts themselves.
     */
    static boolean jobCanAnswer(PostFilter filter) {
        return filter.equals(PostFilter.range(filter.from(), filter.to()).with(PostFilter.SOURCE, filter.source()));
    }

    /** The ISO weeks (WITA) the period's days fall in, oldest first. */
    static List<String> weeks(PostFilter filter) {
        return filter.from().datesUntil(filter.to().plusDays(1)).map(Wita::weekKey).distinct().toList();
    }

    Clock clock() {
        return clock;
    }
}

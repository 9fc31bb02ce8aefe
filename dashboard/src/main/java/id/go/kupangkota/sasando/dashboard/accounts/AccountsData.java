package id.go.kupangkota.sasando.dashboard.accounts;

import java.util.List;

/**
 * Top accounts of a period and the interaction edges among them, with where the figures come from.
 *
 * @param basis what answered: the Spark accounts job's weekly indices, or the posts index
 * @param weeks the ISO weeks (WITA) the job's figures cover; the job counts whole weeks only
 */
public record AccountsData(Basis basis, List<String> weeks, List<AccountStat> top, List<Edge> edges) {

    /** Interaction kinds, as the Spark accounts job writes them to the edges index. */
    public static final List<String> KINDS = List.of("mention", "reply", "quote", "repost");
    /** The one kind the posts index can answer without the job: who mentions whom. */
    public static final String MENTION = "mention";

    /** Where the figures come from. */
    public enum Basis {
        /** The accounts job's ACCOUNTS and EDGES indices for the period's weeks. */
        ACCOUNTS_JOB,
        /** The posts index, because the job has written no edges for the period yet. */
        POSTS_NO_JOB_DATA,
        /** The posts index, because the filter has facets (topic, risk...) the job does not split by. */
        POSTS_FACET
    }

    /**
     * An account's posts and the engagement they drew; from the job also its reach (views) and
     * bot-likeness score with the reasons behind it (null and empty from the posts index).
     */
    public record AccountStat(String handle, long posts, long engagement, Long reach, Double botScore,
                              List<String> botReasons) {
        public AccountStat {
            botReasons = botReasons == null ? List.of() : List.copyOf(botReasons);
        }

        /** An account as the posts index alone can describe it. */
        static AccountStat fromPosts(String handle, long posts, long engagement) {
            return new AccountStat(handle, posts, engagement, null, null, List.of());
        }
    }

    /** {@code from} interacted with {@code to} ({@code kind}) in {@code count} posts. */
    public record Edge(String from, String to, String kind, long count) {
    }
}

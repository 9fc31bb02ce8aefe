package id.go.kupangkota.sasando.dashboard.accounts;

import java.util.List;

/**
 * Top accounts of a period and the interaction edges among them, with where the figures come from.
 *
 * @param basis what answered: the posts of the period with the accounts job's weekly scores and its
 *              edges of the period's days (or, from an older job, of its whole weeks), or the posts index alone
 * @param weeks the ISO weeks (WITA) the job's bot-likeness scores come from (the job scores by week), and
 *              with {@link Basis#ACCOUNTS_JOB_WHOLE_WEEKS} its edges too; empty when the job did not answer
 */
public record AccountsData(Basis basis, List<String> weeks, List<AccountStat> top, List<Edge> edges) {

    /** Interaction kinds, as the Spark accounts job writes them to the edges index. */
    public static final List<String> KINDS = List.of("mention", "reply", "quote", "repost");
    /** The one kind the posts index can answer without the job: who mentions whom. */
    public static final String MENTION = "mention";

    /** Where the figures come from. */
    public enum Basis {
        /**
         * Posts, engagement and reach counted from the posts of the exact period; the edges from the
         * accounts job's EDGES index for the period's WITA days; the bot-likeness score from its
         * ACCOUNTS index for the period's weeks.
         */
        ACCOUNTS_JOB,
        /**
         * As {@link #ACCOUNTS_JOB}, but the edges are those of the period's whole ISO weeks: the EDGES
         * index was written by a job older than the day-level edges, and is until the job runs again.
         */
        ACCOUNTS_JOB_WHOLE_WEEKS,
        /** The posts index, because the job has written no edges for the period yet. */
        POSTS_NO_JOB_DATA,
        /** The posts index, because the filter has facets (topic, risk...) the job does not split by. */
        POSTS_FACET;

        /** Whether the accounts job answered, so there are reach figures and bot-likeness scores. */
        public boolean fromJob() {
            return this == ACCOUNTS_JOB || this == ACCOUNTS_JOB_WHOLE_WEEKS;
        }
    }

    /**
     * An account's posts in the period and the engagement they drew; with the job also their reach
     * (views) and the account's bot-likeness score with the reasons behind it and the ISO week it was
     * scored for (null and empty from the posts index alone, and for an account the job has not scored).
     *
     * @param authorKey the account ({@code author_key}, as the accounts job keys it); null for posts whose
     *                  source gives no key (news feeds), which are then counted by their handle
     * @param handle    the account's most recent handle in the period (its posts may spell it differently);
     *                  null when none of its posts names one
     */
    public record AccountStat(String authorKey, String handle, long posts, long engagement, Long reach,
                              Double botScore, List<String> botReasons, String botWeek) {
        public AccountStat {
            botReasons = botReasons == null ? List.of() : List.copyOf(botReasons);
        }

        /** An account as the posts index alone can describe it. */
        static AccountStat fromPosts(String authorKey, String handle, long posts, long engagement) {
            return new AccountStat(authorKey, handle, posts, engagement, null, null, List.of(), null);
        }

        /** What the view calls the account: its handle, or its (pseudonymous) key when its posts name none. */
        public String name() {
            return handle != null ? handle : authorKey;
        }

        /** This account with the score of its highest week, or as it is when the job has not scored it. */
        AccountStat scored(BotWeek week) {
            if (week == null) {
                return this;
            }
            return new AccountStat(authorKey, handle, posts, engagement, reach, week.botScore(), week.botReasons(),
                    week.week());
        }
    }

    /** An account's bot-likeness score in one ISO week, as the accounts job wrote it, with its reasons. */
    public record BotWeek(String week, Double botScore, List<String> botReasons) {
        public BotWeek {
            botReasons = botReasons == null ? List.of() : List.copyOf(botReasons);
        }
    }

    /** {@code from} interacted with {@code to} ({@code kind}) in {@code count} posts. */
    public record Edge(String from, String to, String kind, long count) {
    }
}

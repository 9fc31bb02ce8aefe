package id.go.kupangkota.sasando.dashboard.accounts;

import java.util.List;

/**
 * Top accounts of a period and the interaction edges among them, with where the figures come from.
 *
 * @param basis what answered: the posts of the period with the accounts job's weekly scores and edges,
 *              or the posts index alone
 * @param weeks the ISO weeks (WITA) the job's bot-likeness scores and edges come from (the job works by
 *              week); empty when the job did not answer
 */
public record AccountsData(Basis basis, List<String> weeks, List<AccountStat> top, List<Edge> edges) {

    /** Interaction kinds, as the Spark accounts job writes them to the edges index. */
    public static final List<String> KINDS = List.of("mention", "reply", "quote", "repost");
    /** The one kind the posts index can answer without the job: who mentions whom. */
    public static final String MENTION = "mention";

    /** Where the figures come from. */
    public enum Basis {
        /**
         * Posts, engagement and reach counted from the posts of the exact period; the bot-likeness
         * score and the edges from the accounts job's ACCOUNTS and EDGES indices for the period's weeks.
         */
        ACCOUNTS_JOB,
        /** The posts index, because the job has written no edges for the period yet. */
        POSTS_NO_JOB_DATA,
        /** The posts index, because the filter has facets (topic, risk...) the job does not split by. */
        POSTS_FACET
    }

    /**
     * An account's posts in the period and the engagement they drew; with the job also their reach
     * (views) and the account's bot-likeness score with the reasons behind it and the ISO week it was
     * scored for (null and empty from the posts index alone, and for an account the job has not scored).
     */
    public record AccountStat(String handle, long posts, long engagement, Long reach, Double botScore,
                              List<String> botReasons, String botWeek) {
        public AccountStat {
            botReasons = botReasons == null ? List.of() : List.copyOf(botReasons);
        }

        /** An account as the posts index alone can describe it. */
        static AccountStat fromPosts(String handle, long posts, long engagement) {
            return new AccountStat(handle, posts, engagement, null, null, List.of(), null);
        }

        /** This account with the score of its highest week, or as it is when the job has not scored it. */
        AccountStat scored(BotWeek week) {
            if (week == null) {
                return this;
            }
            return new AccountStat(handle, posts, engagement, reach, week.botScore(), week.botReasons(), week.week());
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

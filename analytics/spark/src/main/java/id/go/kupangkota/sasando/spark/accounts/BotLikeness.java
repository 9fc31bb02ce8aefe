package id.go.kupangkota.sasando.spark.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple, explainable bot-likeness score of one account in one week, from signals an analyst can
 * check by hand. The three behaviour signals (posting rate, duplicate texts, bursts) are each scaled
 * to [0, 1] and the score starts as their mean; an account younger than {@value #YOUNG_DAYS} days at
 * the end of the week adds {@value #YOUNG_WEIGHT} (throwaway accounts are young), capped at 1. Age
 * only ever adds: an old account, or one whose age the source does not report, scores on behaviour
 * alone. Every behaviour signal at or above {@value #REASON_AT}, and a young age, is listed as a
 * reason, so the dashboard shows WHY an account scores high. It is a hint for a human, never a verdict.
 */
public final class BotLikeness {
    /** Posts per active day at which the rate signal saturates: one every 30 minutes, around the clock. */
    static final double HIGH_RATE = 48.0;
    /** Below this many posts in the week, duplicates and bursts say nothing. */
    static final long MIN_POSTS = 5;
    static final double REASON_AT = 0.5;
    /** An account younger than this many days at the end of the week counts as young. */
    static final int YOUNG_DAYS = 30;
    /** What a young age adds: less than a behaviour signal can, because many new accounts are people. */
    static final double YOUNG_WEIGHT = 0.25;

    public static final String REASON_RATE = "high_posting_rate";
    public static final String REASON_DUPLICATES = "duplicate_texts";
    public static final String REASON_BURST = "bursty_posting";
    public static final String REASON_YOUNG = "young_account";

    private BotLikeness() {
    }

    /**
     * @param score   0 (human-like) .. 1 (bot-like)
     * @param reasons the codes of the signals that drove it
     */
    public record Explanation(double score, List<String> reasons) {
    }

    /**
     * @param posts          posts in the week
     * @param postsPerDay    posts per day the account was active
     * @param duplicateShare share of its posts whose text repeats another of its posts that week
     * @param burstShare     share of its posts made in its busiest single hour
     * @param accountAgeDays the account's age in days at the end of the week; null when unknown
     */
    public static Explanation explain(long posts, double postsPerDay, double duplicateShare, double burstShare,
                                      Integer accountAgeDays) {
        double rate = Math.min(1.0, postsPerDay / HIGH_RATE);
        double duplicates = posts >= MIN_POSTS ? duplicateShare : 0.0;
        double burst = posts >= MIN_POSTS ? burstShare : 0.0;
        boolean young = accountAgeDays != null && accountAgeDays < YOUNG_DAYS;
        List<String> reasons = new ArrayList<>();
        if (rate >= REASON_AT) {
            reasons.add(REASON_RATE);
        }
        if (duplicates >= REASON_AT) {
            reasons.add(REASON_DUPLICATES);
        }
        if (burst >= REASON_AT) {
            reasons.add(REASON_BURST);
        }
        if (young) {
            reasons.add(REASON_YOUNG);
        }
        double score = Math.min(1.0, (rate + duplicates + burst) / 3.0 + (young ? YOUNG_WEIGHT : 0.0));
        return new Explanation(Math.round(score * 1000.0) / 1000.0, reasons);
    }
}

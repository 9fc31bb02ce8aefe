package id.go.kupangkota.sasando.spark.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple, explainable bot-likeness score of one account in one week, from three signals an analyst
 * can check by hand. Each signal is scaled to [0, 1]; the score is their mean; every signal at or
 * above {@value #REASON_AT} is listed as a reason, so the dashboard shows WHY an account scores high.
 * It is a hint for a human, never a verdict. Account age would be a fourth signal, but the sources
 * Sasando reads do not report it.
 */
public final class BotLikeness {
    /** Posts per active day at which the rate signal saturates: one every 30 minutes, around the clock. */
    static final double HIGH_RATE = 48.0;
    /** Below this many posts in the week, duplicates and bursts say nothing. */
    static final long MIN_POSTS = 5;
    static final double REASON_AT = 0.5;

    public static final String REASON_RATE = "high_posting_rate";
    public static final String REASON_DUPLICATES = "duplicate_texts";
    public static final String REASON_BURST = "bursty_posting";

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
     */
    public static Explanation explain(long posts, double postsPerDay, double duplicateShare, double burstShare) {
        double rate = Math.min(1.0, postsPerDay / HIGH_RATE);
        double duplicates = posts >= MIN_POSTS ? duplicateShare : 0.0;
        double burst = posts >= MIN_POSTS ? burstShare : 0.0;
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
        double score = Math.round((rate + duplicates + burst) / 3.0 * 1000.0) / 1000.0;
        return new Explanation(score, reasons);
    }
}

package id.go.kupangkota.sasando.spark.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotLikenessTest {
    static final Integer UNKNOWN_AGE = null;

    @Test
    void anOrdinaryAccountScoresLowWithoutReasons() {
        BotLikeness.Explanation e = BotLikeness.explain(6, 2.0, 0.0, 0.33, 900);
        assertThat(e.score()).isLessThan(0.2);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void repeatedTextsInOneHourAreNamedAsReasons() {
        BotLikeness.Explanation e = BotLikeness.explain(10, 10.0, 0.9, 1.0, UNKNOWN_AGE);
        assertThat(e.score()).isEqualTo(0.703);
        assertThat(e.reasons()).containsExactly(BotLikeness.REASON_DUPLICATES, BotLikeness.REASON_BURST);
    }

    @Test
    void postingAroundTheClockSaturatesTheRateSignal() {
        BotLikeness.Explanation e = BotLikeness.explain(400, 100.0, 0.0, 0.05, UNKNOWN_AGE);
        assertThat(e.reasons()).containsExactly(BotLikeness.REASON_RATE);
        assertThat(e.score()).isEqualTo(Math.round((1.0 + 0.05) / 3 * 1000) / 1000.0);
    }

    @Test
    void aFewPostsSayNothingAboutDuplicatesOrBursts() {
        BotLikeness.Explanation e = BotLikeness.explain(2, 2.0, 0.5, 1.0, UNKNOWN_AGE);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void anAccountYoungerThanThirtyDaysAddsAQuarterAndSaysSo() {
        BotLikeness.Explanation young = BotLikeness.explain(6, 2.0, 0.0, 0.33, 12);
        BotLikeness.Explanation unknown = BotLikeness.explain(6, 2.0, 0.0, 0.33, UNKNOWN_AGE);

        assertThat(young.score()).isEqualTo(Math.round((unknown.score() + 0.25) * 1000) / 1000.0);
        assertThat(young.reasons()).containsExactly(BotLikeness.REASON_YOUNG);
    }

    @Test
    void anOldAccountScoresTheSameAsOneOfUnknownAge() {
        BotLikeness.Explanation old = BotLikeness.explain(10, 10.0, 0.9, 1.0, 30);
        BotLikeness.Explanation unknown = BotLikeness.explain(10, 10.0, 0.9, 1.0, UNKNOWN_AGE);

        assertThat(old).isEqualTo(unknown);
        assertThat(old.reasons()).doesNotContain(BotLikeness.REASON_YOUNG);
    }

    @Test
    void aYoungAccountThatAlsoBehavesLikeABotIsCappedAtOne() {
        BotLikeness.Explanation e = BotLikeness.explain(400, 100.0, 0.9, 1.0, 3);
        assertThat(e.score()).isEqualTo(1.0);
        assertThat(e.reasons()).containsExactly(BotLikeness.REASON_RATE, BotLikeness.REASON_DUPLICATES,
                BotLikeness.REASON_BURST, BotLikeness.REASON_YOUNG);
    }
}

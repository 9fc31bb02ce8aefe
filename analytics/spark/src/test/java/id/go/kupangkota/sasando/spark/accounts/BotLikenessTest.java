package id.go.kupangkota.sasando.spark.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotLikenessTest {

    @Test
    void anOrdinaryAccountScoresLowWithoutReasons() {
        BotLikeness.Explanation e = BotLikeness.explain(6, 2.0, 0.0, 0.33);
        assertThat(e.score()).isLessThan(0.2);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void repeatedTextsInOneHourAreNamedAsReasons() {
        BotLikeness.Explanation e = BotLikeness.explain(10, 10.0, 0.9, 1.0);
        assertThat(e.score()).isEqualTo(0.703);
        assertThat(e.reasons()).containsExactly(BotLikeness.REASON_DUPLICATES, BotLikeness.REASON_BURST);
    }

    @Test
    void postingAroundTheClockSaturatesTheRateSignal() {
        BotLikeness.Explanation e = BotLikeness.explain(400, 100.0, 0.0, 0.05);
        assertThat(e.reasons()).containsExactly(BotLikeness.REASON_RATE);
        assertThat(e.score()).isEqualTo(Math.round((1.0 + 0.05) / 3 * 1000) / 1000.0);
    }

    @Test
    void aFewPostsSayNothingAboutDuplicatesOrBursts() {
        BotLikeness.Explanation e = BotLikeness.explain(2, 2.0, 0.5, 1.0);
        assertThat(e.reasons()).isEmpty();
    }
}

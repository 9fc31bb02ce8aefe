package id.go.kupangkota.sasando.core.watchlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WatchlistIdTest {
    @Test
    void aSlugOfLettersDigitsAndHyphensIsAnId() {
        assertThat(WatchlistId.valid("banjir")).isTrue();
        assertThat(WatchlistId.valid("pilkada-2024")).isTrue();
        assertThat(WatchlistId.valid("a".repeat(64))).isTrue();
    }

    @Test
    void dotsUnderscoresCapitalsAndLongIdsAreNot() {
        for (String id : new String[]{null, "", "-banjir", "banjir.kupang", "banjir_kupang", "Banjir", "banjir kupang",
                "a".repeat(65)}) {
            assertThat(WatchlistId.valid(id)).as(id).isFalse();
        }
    }
}

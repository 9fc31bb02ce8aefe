package id.go.kupangkota.sasando.core.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WitaTest {

    @Test
    void aPostLateInTheUtcEveningBelongsToTheNextWitaDay() {
        Instant utcEvening = Instant.parse("2024-07-10T16:30:00Z");
        assertThat(Wita.dayKey(utcEvening)).isEqualTo("2024-07-11");
    }

    @Test
    void isoWeeksAreCutOnMondayMidnightWita() {
        // Sunday 16:30 UTC is Monday 00:30 in Kupang: the next ISO week
        assertThat(Wita.weekKey(Instant.parse("2024-07-14T15:59:59Z"))).isEqualTo("2024-W28");
        assertThat(Wita.weekKey(Instant.parse("2024-07-14T16:00:00Z"))).isEqualTo("2024-W29");
    }

    @Test
    void weekKeysUseTheWeekBasedYear() {
        assertThat(Wita.weekKey(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(Wita.weekKey(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
    }

    @Test
    void aWitaDayStartsAtFourPmUtcTheDayBefore() {
        assertThat(Wita.startOfDay(LocalDate.of(2024, 7, 11))).isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
        assertThat(Wita.weekStart(LocalDate.of(2024, 7, 11))).isEqualTo(LocalDate.of(2024, 7, 8));
    }
}

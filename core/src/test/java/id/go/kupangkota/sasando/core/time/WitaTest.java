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
    void newYearsEveLateInTheUtcEveningIsNewYearsDayInWeek53() {
        // 2026 has 53 ISO weeks: 2026-W53 runs Monday 28 December 2026 to Sunday 3 January 2027
        Instant utcEvening = Instant.parse("2026-12-31T16:30:00Z");
        assertThat(Wita.dayKey(utcEvening)).isEqualTo("2027-01-01");
        assertThat(Wita.weekKey(utcEvening)).isEqualTo("2026-W53");
        assertThat(Wita.weekStart(Wita.day(utcEvening))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Wita.weekKey(Instant.parse("2027-01-03T15:59:59Z"))).isEqualTo("2026-W53");
        assertThat(Wita.weekKey(Instant.parse("2027-01-03T16:00:00Z"))).isEqualTo("2027-W01");
    }

    @Test
    void aWitaDayStartsAtFourPmUtcTheDayBefore() {
        assertThat(Wita.startOfDay(LocalDate.of(2024, 7, 11))).isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
        assertThat(Wita.weekStart(LocalDate.of(2024, 7, 11))).isEqualTo(LocalDate.of(2024, 7, 8));
    }
}

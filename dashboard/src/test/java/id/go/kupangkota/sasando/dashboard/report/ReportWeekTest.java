package id.go.kupangkota.sasando.dashboard.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWeekTest {

    @Test
    void aWeekRunsFromMondayMidnightWitaToTheNextMonday() {
        ReportWeek week = ReportWeek.parse("2024-W28");
        assertThat(week.monday()).isEqualTo(LocalDate.parse("2024-07-08"));
        assertThat(week.sunday()).isEqualTo(LocalDate.parse("2024-07-14"));
        // WITA is UTC+8: Monday 00:00 WITA is Sunday 16:00 UTC
        assertThat(week.start()).isEqualTo(Instant.parse("2024-07-07T16:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2024-07-14T16:00:00Z"));
    }

    @Test
    void sundayHalfPastFourUtcIsAlreadyTheNextWitaWeek() {
        assertThat(ReportWeek.containing(Instant.parse("2024-07-14T15:59:59Z")).key()).isEqualTo("2024-W28");
        assertThat(ReportWeek.containing(Instant.parse("2024-07-14T16:30:00Z")).key()).isEqualTo("2024-W29");
    }

    @Test
    void isoWeeksCrossYearsTheIsoWay() {
        // 30 December 2024 is a Monday of ISO week 2025-W01
        assertThat(ReportWeek.containing(LocalDate.parse("2024-12-31")).key()).isEqualTo("2025-W01");
        assertThat(ReportWeek.parse("2025-W01").monday()).isEqualTo(LocalDate.parse("2024-12-30"));
        assertThat(ReportWeek.parse("2020-W53").monday()).isEqualTo(LocalDate.parse("2020-12-28"));
        assertThat(ReportWeek.parse("2025-W01").previous().key()).isEqualTo("2024-W52");
    }

    @Test
    void week53Of2026RunsIntoJanuary2027AndStepsToItsNeighbours() {
        ReportWeek w53 = ReportWeek.parse("2026-W53");
        assertThat(w53.monday()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(w53.sunday()).isEqualTo(LocalDate.parse("2027-01-03"));
        assertThat(w53.start()).isEqualTo(Instant.parse("2026-12-27T16:00:00Z"));
        assertThat(w53.end()).isEqualTo(Instant.parse("2027-01-03T16:00:00Z"));
        assertThat(w53.previous().key()).isEqualTo("2026-W52");
        assertThat(w53.next().key()).isEqualTo("2027-W01");
        assertThat(ReportWeek.parse("2027-W01").previous()).isEqualTo(w53);
        assertThat(ReportWeek.parse("2026-W52").next()).isEqualTo(w53);
        // New Year's Day in Kupang begins at 16:00 UTC on 31 December, still in week 53
        assertThat(ReportWeek.containing(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo(w53);
        assertThat(ReportWeek.containing(Instant.parse("2027-01-03T16:00:00Z")).key()).isEqualTo("2027-W01");
        assertThat(List.of(ReportWeek.parse("2027-W01"), w53, ReportWeek.parse("2026-W52")).stream().sorted()
                .map(ReportWeek::key)).containsExactly("2026-W52", "2026-W53", "2027-W01");
    }

    @Test
    void keysRoundTrip() {
        ReportWeek week = ReportWeek.containing(LocalDate.parse("2024-07-10"));
        assertThat(ReportWeek.parse(week.key())).isEqualTo(week);
        assertThat(week.next().previous()).isEqualTo(week);
    }

    @Test
    void anythingElseIsAClearError() {
        for (String bad : new String[]{"2024-28", "2024-W1", "2024-W00", "2024-W54", "2021-W53", "2027-W53", "../etc", "", null}) {
            assertThatThrownBy(() -> ReportWeek.parse(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("week");
        }
        assertThatThrownBy(() -> new ReportWeek(LocalDate.parse("2024-07-09")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Monday");
    }
}

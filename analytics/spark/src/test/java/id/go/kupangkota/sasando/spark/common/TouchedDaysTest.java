package id.go.kupangkota.sasando.spark.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TouchedDaysTest {
    private static final LocalDate LAST = LocalDate.parse("2024-12-31");

    @Test
    void aSundayAndTheFollowingMondayAreTwoIsoWeeksWithAllTheirDays() {
        TouchedDays touched = TouchedDays.of(List.of("2024-07-15", "2024-07-14"));

        assertThat(touched.dayKeys()).containsExactly("2024-07-14", "2024-07-15");
        assertThat(touched.weekKeys()).containsExactly("2024-W28", "2024-W29");
        assertThat(touched.daysOfWeeks()).hasSize(14).startsWith("2024-07-08").endsWith("2024-07-21");
    }

    @Test
    void aTouchedDayChangesTheTrendScoresOfItselfAndTheBaselineAfterIt() {
        TouchedDays touched = TouchedDays.of(List.of("2024-07-01"));

        assertThat(touched.scoredDays(28, LAST)).hasSize(29).startsWith("2024-07-01").endsWith("2024-07-29");
        assertThat(touched.countedDays(28, LAST)).hasSize(57).startsWith("2024-06-03").endsWith("2024-07-29");
    }

    @Test
    void trendDaysStopAtTheLastDayOfHistory() {
        TouchedDays touched = TouchedDays.of(List.of("2024-07-01", "2024-07-03"));

        assertThat(touched.scoredDays(28, LocalDate.parse("2024-07-04")))
                .containsExactly("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-04");
    }

    @Test
    void theTurnOf2026Is2026W53WithTheDaysOfBothYears() {
        // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027
        TouchedDays touched = TouchedDays.of(List.of("2027-01-04", "2027-01-01", "2026-12-27"));

        assertThat(touched.weekKeys()).containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(TouchedDays.of(List.of("2027-01-01")).daysOfWeeks()).containsExactly("2026-12-28", "2026-12-29",
                "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03");
        // a trend baseline of 28 days reaches back across the year end
        TouchedDays newYear = TouchedDays.of(List.of("2027-01-01"));
        assertThat(newYear.scoredDays(28, LocalDate.parse("2027-12-31"))).hasSize(29).endsWith("2027-01-29");
        assertThat(newYear.countedDays(28, LocalDate.parse("2027-12-31"))).hasSize(57)
                .startsWith("2026-12-04").contains("2026-12-31", "2027-01-01");
    }

    @Test
    void plusAddsDaysOnce() {
        assertThat(TouchedDays.of(List.of("2024-07-01")).plus(List.of("2024-07-01", "2024-06-30")).dayKeys())
                .containsExactly("2024-06-30", "2024-07-01");
    }
}

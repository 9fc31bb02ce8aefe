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
    void plusAddsDaysOnce() {
        assertThat(TouchedDays.of(List.of("2024-07-01")).plus(List.of("2024-07-01", "2024-06-30")).dayKeys())
                .containsExactly("2024-06-30", "2024-07-01");
    }
}

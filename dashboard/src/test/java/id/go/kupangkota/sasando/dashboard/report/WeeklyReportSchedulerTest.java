package id.go.kupangkota.sasando.dashboard.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the catch-up at start begins; WeeklyReportCatchUpIT makes the reports. */
class WeeklyReportSchedulerTest {
    private static final ReportWeek W43 = ReportWeek.parse("2024-W43");

    @Test
    void theCatchUpBeginsAfterTheNewestFinalReport() {
        assertThat(WeeklyReportScheduler.firstMissed(W43, Optional.of(ReportWeek.parse("2024-W40")),
                Optional.empty())).isEqualTo(ReportWeek.parse("2024-W41"));
        // the last complete week has its final report: nothing left, the first "missed" week is the running one
        assertThat(WeeklyReportScheduler.firstMissed(W43, Optional.of(W43), Optional.empty())).isEqualTo(W43.next());
    }

    @Test
    void anArchiveWithoutAFinalReportIsCaughtUpFromTheWeekThePostsStart() {
        assertThat(WeeklyReportScheduler.firstMissed(W43, Optional.empty(), Optional.of(ReportWeek.parse("2024-W30"))))
                .isEqualTo(ReportWeek.parse("2024-W30"));
    }

    @Test
    void withoutPostsBeforeTheRunningWeekOnlyTheLastCompleteWeekIsReportedAsTheMondayRunWould() {
        assertThat(WeeklyReportScheduler.firstMissed(W43, Optional.empty(), Optional.empty())).isEqualTo(W43);
        assertThat(WeeklyReportScheduler.firstMissed(W43, Optional.empty(), Optional.of(W43.next()))).isEqualTo(W43);
    }

    @Test
    void theMondayRunIsAtSevenWitaTheDayAfterTheWeek() {
        // Monday 28 October 2024 07:00 WITA is 27 October 23:00 UTC
        assertThat(WeeklyReportScheduler.runOf(W43)).isEqualTo(Instant.parse("2024-10-27T23:00:00Z"));
    }

    @Test
    void theSummaryNamesOneWeekARunOfWeeksOrAListWithGaps() {
        ReportWeek w41 = ReportWeek.parse("2024-W41");
        ReportWeek w42 = ReportWeek.parse("2024-W42");
        assertThat(WeeklyReportScheduler.span(List.of(w42))).isEqualTo("2024-W42");
        assertThat(WeeklyReportScheduler.span(List.of(w41, w42, W43))).isEqualTo("2024-W41 to 2024-W43");
        assertThat(WeeklyReportScheduler.span(List.of(w41, W43))).isEqualTo("[2024-W41, 2024-W43]");
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.dashboard.report.ReportRecord.KeyFigures;
import id.go.kupangkota.sasando.dashboard.report.WeeklyFigures.WeekNow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportServiceTest {
    /** A final report of 2024-W27 that counted 4 flagged posts: 2 confirmed and, when kept, 1 undecided. */
    private static ReportRecord report(Long pending) {
        return new ReportRecord("2024-W27", LocalDate.parse("2024-07-01"), Instant.parse("2024-07-08T00:00:00Z"),
                "scheduler", 1000, "sha", "2024-W27.pdf", List.of(),
                new KeyFigures(8, 6, 33.3, 25.0, 4, 2, "hoaks", 0, pending));
    }

    @Test
    void aFalseAlarmDecidedSinceTheReportChangesItsFiguresThoughNoneWasConfirmed() {
        Map<String, Long> asReported = Map.of("confirmed", 2L, "false_alarm", 1L, "pending", 1L);
        assertThat(ReportService.decisionsChanged(report(1L), new WeekNow(8, asReported))).isFalse();
        assertThat(ReportService.decisionsChanged(report(1L),
                new WeekNow(8, Map.of("confirmed", 2L, "false_alarm", 2L)))).isTrue();
        assertThat(ReportService.decisionsChanged(report(1L),
                new WeekNow(8, Map.of("confirmed", 3L, "false_alarm", 1L)))).isTrue();
    }

    @Test
    void aReportArchivedBeforeItsUndecidedWereKeptIsComparedByItsConfirmedOnly() {
        assertThat(ReportService.decisionsChanged(report(null),
                new WeekNow(8, Map.of("confirmed", 2L, "false_alarm", 2L)))).isFalse();
        assertThat(ReportService.decisionsChanged(report(null), new WeekNow(8, Map.of("confirmed", 3L, "pending", 1L))))
                .isTrue();
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The archive record of one weekly report (a document in the reports index, id = week): who made
 * the PDF and when, the file's size and SHA-256, whom it was mailed to, and the key numbers it
 * reported, so the archive list shows them without opening the PDF.
 *
 * @param week        ISO week in WITA, {@code YYYY-Www}
 * @param weekStart   its Monday
 * @param generatedAt when the PDF was made
 * @param generatedBy the user, or {@code scheduler} for the Monday run
 * @param size        PDF size in bytes
 * @param sha256      hex SHA-256 of the PDF, to show a download is the archived file
 * @param file        file name under {@code <sasando home>/reports}
 * @param mailedTo    recipients it was e-mailed to; empty when not mailed
 * @param figures     key numbers of the week
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRecord(String week, LocalDate weekStart, Instant generatedAt, String generatedBy, long size,
                           String sha256, String file, List<String> mailedTo, KeyFigures figures) {

    public ReportWeek reportWeek() {
        return ReportWeek.parse(week);
    }

    /**
     * True when the report was made before its week ended, so its numbers were provisional. Derived
     * from the stored times (no field of its own), so it holds for records archived before it existed.
     */
    @JsonIgnore
    public boolean provisional() {
        return generatedAt.isBefore(reportWeek().end());
    }

    ReportRecord withMailedTo(List<String> recipients) {
        return new ReportRecord(week, weekStart, generatedAt, generatedBy, size, sha256, file,
                List.copyOf(recipients), figures);
    }

    /**
     * The headline numbers of a report.
     *
     * @param pending flagged posts no analyst had decided on; null in records archived before it was kept
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyFigures(long posts, long previousPosts, Double changePercent, double negativePercent,
                             long flagged, long confirmed, String topTopic, int coverageCaveats, Long pending) {

        static KeyFigures of(WeeklyFigures f) {
            return new KeyFigures(f.current().posts(), f.previous().posts(), f.postsChangePercent(),
                    f.current().sentimentPercent("negative"), f.current().flagged(), f.current().confirmed(),
                    f.current().topics().keySet().stream().findFirst().orElse(null), f.caveats().size(),
                    f.current().triageStates().get(WeeklyFigures.PENDING));
        }
    }
}

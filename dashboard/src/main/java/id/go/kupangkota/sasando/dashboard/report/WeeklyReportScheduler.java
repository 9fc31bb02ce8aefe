package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.time.Wita;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every Monday at 07:00 WITA, the report of the ISO week that ended at midnight: archived and
 * e-mailed before the Monday morning meeting. The week comes from the injected clock, so a test can
 * stand at any Monday.
 *
 * <p>A dashboard that was down at 07:00 makes the missed reports when it starts
 * ({@code sasando.report.catch-up}, on by default): every week whose Monday run is past and whose final
 * report the archive lacks, from the one after the oldest final report of the last {@link #MAX_WEEKS_BACK}
 * weeks (with none there, after the newest before them; with none at all, from the week the posts start),
 * oldest first, at most {@link #MAX_WEEKS_BACK} weeks back. A provisional report, made during its week,
 * does not count. Only the last complete week's report is e-mailed, as its Monday run would have; the
 * older weeks are archived without mail: the archive is the record and mail a courtesy on top of it
 * ({@link ReportMailer}), and a pile of stale reports in leadership's inbox on a Monday morning helps
 * nobody. Their records name no recipients and the log says so. A week that fails is logged and the
 * other weeks are still made; the next start tries it again, since a week without a final report after
 * the oldest final report of the last {@link #MAX_WEEKS_BACK} weeks is missed whatever came after it
 * (the error line also names it for Laporan). Weeks before the oldest final report in that window are
 * left to Laporan, as before: reports that were never made are not the catch-up's to invent.
 */
@Component
class WeeklyReportScheduler {
    private static final Logger log = LoggerFactory.getLogger(WeeklyReportScheduler.class);
    /** Spring cron: second minute hour day-of-month month day-of-week, in {@link Wita#ZONE_ID}. */
    static final String CRON = "0 0 7 * * MON";
    /** The time of day of {@link #CRON}'s run. */
    static final LocalTime RUN_AT = LocalTime.of(7, 0);
    static final String CATCH_UP = "sasando.report.catch-up";
    /**
     * How many weeks back the catch-up at start goes, the last complete week included: a fresh install on
     * years of imported history must not make hundreds of PDFs at start-up. Older weeks are made in Laporan.
     */
    static final int MAX_WEEKS_BACK = 8;

    private final ReportService service;

    WeeklyReportScheduler(ReportService service) {
        this.service = service;
    }

    @EventListener
    void onStart(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getEnvironment().getProperty(CATCH_UP, Boolean.class, true)) {
            catchUp();
        }
    }

    /**
     * Makes the final reports of the weeks whose Monday run is past and whose report the archive lacks
     * (the dashboard was down, or only a provisional report was made during the week), oldest first.
     *
     * @return the weeks it made, oldest first
     */
    List<ReportWeek> catchUp() {
        ReportWeek lastComplete = service.lastCompleteWeek();
        // before 07:00 on Monday the last complete week's run is still to come: it makes that week itself
        ReportWeek lastDue = service.now().isBefore(runOf(lastComplete)) ? lastComplete.previous() : lastComplete;
        ReportWeek earliest = new ReportWeek(lastDue.monday().minusWeeks(MAX_WEEKS_BACK - 1L));
        List<ReportWeek> finals;
        ReportWeek from;
        try {
            finals = service.finalReports(earliest, lastDue);
            if (!finals.isEmpty()) {
                // a gap after the window's oldest final report is a week that failed (or was skipped): again
                from = finals.get(0).next();
            } else {
                Optional<ReportWeek> newestFinal = service.newestFinalReport(lastDue);
                // where the posts start matters only to an archive without a final report
                from = firstMissed(lastComplete, newestFinal,
                        newestFinal.isPresent() ? Optional.empty() : service.firstWeekWithPosts());
            }
        } catch (RuntimeException e) {
            log.error("weekly report catch-up: cannot tell which reports are missing, none made (the Monday run "
                    + "and Laporan still make them): {}", e.getMessage(), e);
            return List.of();
        }
        if (from.compareTo(earliest) < 0) {
            log.warn("weekly report catch-up: the reports from {} on are missing; only the last {} weeks are made "
                    + "at start, from {}: make the older ones in Laporan", from, MAX_WEEKS_BACK, earliest);
            from = earliest;
        }
        List<ReportWeek> missed = Stream.iterate(from, w -> w.compareTo(lastDue) <= 0, ReportWeek::next)
                .filter(w -> !finals.contains(w)).toList();
        if (missed.isEmpty()) {
            log.info("weekly report catch-up: no report missing up to {}", lastDue);
            return List.of();
        }
        List<ReportWeek> made = new ArrayList<>();
        List<ReportWeek> failed = new ArrayList<>();
        for (ReportWeek week : missed) {
            boolean mail = week.equals(lastComplete);
            try {
                if (mail) {
                    service.generate(week, ReportService.SCHEDULER);
                } else {
                    service.generateWithoutMail(week, ReportService.SCHEDULER);
                }
                made.add(week);
                log.info("weekly report catch-up: {} made, {}", week, mail
                        ? "mailed as its Monday run would (when SMTP is configured)"
                        : "archived, not e-mailed (an older week)");
            } catch (RuntimeException e) {
                failed.add(week);
                log.error("weekly report catch-up: {} failed, the other weeks go on (make it in Laporan): {}",
                        week, e.getMessage(), e);
            }
        }
        log.info("weekly report catch-up: {} of {} missed weeks made, {}{}", made.size(), missed.size(),
                span(missed), failed.isEmpty() ? "" : "; failed: " + failed);
        return made;
    }

    /**
     * The first week the catch-up makes: the one after the newest final report; with none, the week the
     * posts start, or with no posts the last complete week alone (the Monday run reports an empty week
     * too). After {@code lastDue} when nothing is missing.
     */
    static ReportWeek firstMissed(ReportWeek lastComplete, Optional<ReportWeek> newestFinal,
                                  Optional<ReportWeek> firstPosts) {
        if (newestFinal.isPresent()) {
            return newestFinal.get().next();
        }
        // no empty reports for the weeks before the data starts
        return firstPosts.filter(w -> w.compareTo(lastComplete) < 0).orElse(lastComplete);
    }

    /** Weeks in order, as a log names them: one week, a run of weeks "from to", or a list when they have gaps. */
    static String span(List<ReportWeek> weeks) {
        ReportWeek first = weeks.get(0);
        ReportWeek last = weeks.get(weeks.size() - 1);
        if (weeks.size() == 1) {
            return first.toString();
        }
        boolean run = last.equals(new ReportWeek(first.monday().plusWeeks(weeks.size() - 1L)));
        return run ? first + " to " + last : weeks.toString();
    }

    /** When the Monday run of the week's report is: 07:00 WITA the day after its Sunday. */
    static Instant runOf(ReportWeek week) {
        return week.end().atZone(Wita.ZONE).with(RUN_AT).toInstant();
    }

    @Scheduled(cron = CRON, zone = Wita.ZONE_ID)
    void generateLastWeek() {
        ReportWeek week = service.lastCompleteWeek();
        try {
            service.generate(week, ReportService.SCHEDULER);
        } catch (RuntimeException e) {
            // the next Monday tries again; the report can also be generated by hand in the view
            log.error("the scheduled weekly report of {} failed: {}", week, e.getMessage(), e);
        }
    }
}

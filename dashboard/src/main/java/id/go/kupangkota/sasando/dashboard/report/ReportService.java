package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import id.go.kupangkota.sasando.dashboard.report.WeeklyFigures.WeekNow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The weekly report's use cases: generate a week (count, write the PDF, archive it, e-mail it),
 * list the archive, hand out an archived PDF. Leadership, analysts and admins (who have the analysts'
 * views) may do all of it; every generation (the scheduler's too) and every download is written to the
 * audit log. The PDF is in Indonesian, the language of its readers.
 */
@Service
public class ReportService {
    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    /** {@code generated_by} of the Monday run. */
    static final String SCHEDULER = CurrentUser.SCHEDULER;
    /** Language of the PDF and its mail. */
    static final Locale REPORT_LOCALE = Translations.INDONESIAN;
    private static final int ARCHIVE_LIMIT = 520;

    private final WeeklyFiguresRepository figures;
    private final ReportPdf pdf;
    private final ReportArchive archive;
    private final ReportMailer mailer;
    private final Translations translations;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportService(WeeklyFiguresRepository figures, ReportPdf pdf, ReportArchive archive, ReportMailer mailer,
                  Translations translations, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.figures = figures;
        this.pdf = pdf;
        this.archive = archive;
        this.mailer = mailer;
        this.translations = translations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The last complete ISO week (WITA) at this moment: what Monday's run reports. */
    public ReportWeek lastCompleteWeek() {
        return ReportWeek.containing(clock.instant()).previous();
    }

    /**
     * The newest week up to {@code upTo} whose final report (made after the week ended) is in the archive;
     * a provisional one does not count.
     */
    Optional<ReportWeek> newestFinalReport(ReportWeek upTo) {
        return archive.newestFinal(upTo);
    }

    /** The weeks from {@code from} to {@code upTo} whose final report is in the archive, oldest first. */
    List<ReportWeek> finalReports(ReportWeek from, ReportWeek upTo) {
        return archive.finalWeeks(from, upTo);
    }

    /** The week of the oldest post: where the data starts. */
    Optional<ReportWeek> firstWeekWithPosts() {
        return figures.firstWeekWithPosts();
    }

    Instant now() {
        return clock.instant();
    }

    /** Weeks a user may pick: the running week first, then the {@code count} complete weeks before it. */
    public List<ReportWeek> recentWeeks(int count) {
        ReportWeek now = ReportWeek.containing(clock.instant());
        return Stream.iterate(now, ReportWeek::previous).limit(count + 1L).toList();
    }

    /**
     * Generates the week's report as the signed-in user. A week that has not ended yet gets a
     * provisional report (counted up to now, marked as such); generating it again after the week
     * replaces it in the archive.
     */
    public ReportRecord generate(ReportWeek week) {
        requireReader();
        return generate(week, currentUser.username());
    }

    ReportRecord generate(ReportWeek week, String generatedBy) {
        return generate(week, generatedBy, true);
    }

    /** Generates and archives the week's report without e-mailing it: the catch-up's older weeks. */
    ReportRecord generateWithoutMail(ReportWeek week, String generatedBy) {
        return generate(week, generatedBy, false);
    }

    private ReportRecord generate(ReportWeek week, String generatedBy, boolean mail) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        WeeklyFigures f = figures.figures(week, now);
        byte[] bytes = pdf.render(f, now, REPORT_LOCALE);
        ReportRecord record = archive.store(f, bytes, generatedBy, now);
        audit.record(generatedBy, AuditAction.REPORT_GENERATE,
                f.provisional() ? AuditDetail.REPORT_GENERATED_PROVISIONAL : AuditDetail.REPORT_GENERATED, week.key());
        log.info("weekly report {}{} generated by {}: {} posts, {} bytes, {} ms", week,
                f.provisional() ? " (provisional)" : "", generatedBy, f.current().posts(), bytes.length,
                (System.nanoTime() - started) / 1_000_000);
        return mail ? mail(record, f, bytes) : record;
    }

    /** Mail is best effort: a mail failure is logged and the archived report stays. */
    private ReportRecord mail(ReportRecord record, WeeklyFigures f, byte[] bytes) {
        ReportWording words = new ReportWording(translations, REPORT_LOCALE);
        try {
            String summary = f.provisional() ? words.provisional(f) + "\n\n" + words.summary(f) : words.summary(f);
            List<String> to = mailer.send(words.text(f.provisional() ? "report.mail.subject.provisional"
                            : "report.mail.subject", f.week().key()),
                    words.text("report.mail.body", f.week().key(), words.period(f.week()), summary),
                    fileName(f.week()), bytes);
            if (to.isEmpty()) {
                return record;
            }
            ReportRecord mailed = record.withMailedTo(to);
            archive.save(mailed);
            return mailed;
        } catch (MailException | IllegalArgumentException e) {
            log.error("weekly report {} archived but not e-mailed: {}", f.week(), e.getMessage(), e);
            return record;
        }
    }

    /** The archive, newest week first. */
    public List<ReportRecord> archived() {
        requireReader();
        return archive.list(ARCHIVE_LIMIT);
    }

    /**
     * The final reports whose week now holds another number of posts than they counted (posts that
     * arrived late, a source's backfill) or whose flagged posts analysts have decided otherwise since
     * (the overview's "dikonfirmasi" no longer the PDF's), by week, with what the week holds now: a report
     * leadership may have read is not remade behind its back, but the archive says its figures are out of date.
     */
    public Map<String, WeekNow> changedSince(List<ReportRecord> records) {
        List<ReportRecord> finals = records.stream().filter(r -> !r.provisional() && r.figures() != null).toList();
        Map<String, WeekNow> now = figures.now(finals.stream().map(ReportRecord::reportWeek).toList());
        Map<String, WeekNow> changed = new HashMap<>();
        for (ReportRecord r : finals) {
            WeekNow week = now.get(r.week());
            if (week != null && (week.posts() != r.figures().posts() || decisionsChanged(r, week))) {
                changed.put(r.week(), week);
            }
        }
        return changed;
    }

    /**
     * Whether analysts have decided the week's flagged posts otherwise since the report: other counts of
     * confirmed or of undecided posts (a record archived before undecided were kept: of confirmed only).
     */
    static boolean decisionsChanged(ReportRecord report, WeekNow now) {
        ReportRecord.KeyFigures then = report.figures();
        return now.confirmed() != then.confirmed() || (then.pending() != null && now.pending() != then.pending());
    }

    /** An archived PDF for the signed-in reader; the download is audited. Empty when the week has none. */
    public Optional<ReportDownload> download(ReportWeek week) {
        requireReader();
        Optional<ReportDownload> download = archive.pdf(week).map(bytes -> new ReportDownload(fileName(week), bytes));
        download.ifPresent(d -> audit.record(AuditAction.REPORT_DOWNLOAD, AuditDetail.REPORT_DOWNLOADED, week.key()));
        return download;
    }

    /** "8–14 Juli 2024" in the reader's language. */
    public String period(ReportWeek week, Locale locale) {
        return ReportWording.period(week, locale);
    }

    static String fileName(ReportWeek week) {
        return "sasando-laporan-" + week.key() + ".pdf";
    }

    private void requireReader() {
        if (Roles.ALL.stream().noneMatch(currentUser::hasRole)) {
            throw new AccessDeniedException("weekly reports are for leadership, analysts and admins");
        }
    }
}

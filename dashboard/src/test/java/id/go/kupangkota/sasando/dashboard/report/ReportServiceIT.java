package id.go.kupangkota.sasando.dashboard.report;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditEvent;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report through the running application: generate, archive, download with roles and audit, schedule, mail. */
class ReportServiceIT extends KaribuTest {
    private static final String SENDER = "sasando@kupangkota.go.id";
    private static final List<String> LEADERS = List.of("walikota@kupangkota.go.id", "kadis@kupangkota.go.id");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Monday 15 July 2024, 08:00 WITA: 2024-W28 has ended. The application's clock stands at Sunday noon. */
    private static final Clock MONDAY_MORNING = Clock.fixed(wita("2024-07-15T08:00:00"), ZoneOffset.UTC);

    private static boolean seeded;

    @Autowired
    ReportService service;
    @Autowired
    WeeklyFiguresRepository figures;
    @Autowired
    ReportPdf pdf;
    @Autowired
    ReportArchive archive;
    @Autowired
    ReportMailer mailer;
    @Autowired
    Translations translations;
    @Autowired
    AuditService audit;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ReportDownloadController controller;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            ReportFixtures.seed(client, settings.indexPrefix());
            ReportFixtures.seedYearEnd(client, settings.indexPrefix());
            seeded = true;
        }
    }

    /** The same service with another clock or mailer, everything else the application's own beans. */
    private ReportService service(Clock clock, ReportMailer mailer) {
        return new ReportService(figures, pdf, archive, mailer, translations, audit, currentUser, clock);
    }

    @Test
    void anAnalystGeneratesAWeekAndItIsArchivedWithItsNumbers() throws IOException {
        login("analis", "ANALYST");
        ReportRecord record = service(MONDAY_MORNING, mailer).generate(ReportFixtures.WEEK);

        Path file = settings.home().resolve("reports").resolve("2024-W28.pdf");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Pdfs.looksLikePdf(bytes)).isTrue();
        assertThat(record.week()).isEqualTo("2024-W28");
        assertThat(record.generatedBy()).isEqualTo("analis");
        assertThat(record.generatedAt()).isEqualTo(MONDAY_MORNING.instant());
        assertThat(record.provisional()).isFalse();
        assertThat(record.size()).isEqualTo(bytes.length);
        assertThat(record.sha256()).isEqualTo(ReportArchive.sha256(bytes));
        assertThat(record.figures().posts()).isEqualTo(ReportFixtures.POSTS);
        assertThat(record.figures().previousPosts()).isEqualTo(ReportFixtures.PREVIOUS_POSTS);
        assertThat(record.figures().changePercent()).isEqualTo(50.0);
        assertThat(record.figures().confirmed()).isEqualTo(ReportFixtures.CONFIRMED);
        assertThat(record.figures().topTopic()).isEqualTo("layanan_publik");
        assertThat(record.figures().coverageCaveats()).isEqualTo(3); // news and x in trouble, telegram silent

        ReportRecord stored = client.get(g -> g.index(SasandoIndex.REPORTS.alias(settings.indexPrefix()))
                .id("2024-W28"), ReportRecord.class).source();
        assertThat(stored).isEqualTo(record);
        assertThat(service.archived()).extracting(ReportRecord::week).contains("2024-W28");
    }

    @Test
    void leadershipDownloadsTheArchivedPdfAndTheDownloadIsAudited() {
        login("analis", "ANALYST");
        ReportRecord record = service.generate(ReportFixtures.WEEK);
        login("pimpinan", "LEADERSHIP");

        ReportDownload download = service.download(ReportFixtures.WEEK).orElseThrow();

        assertThat(download.fileName()).isEqualTo("sasando-laporan-2024-W28.pdf");
        assertThat(ReportArchive.sha256(download.pdf())).isEqualTo(record.sha256());
        assertThat(Pdfs.compact(Pdfs.text(download.pdf()))).contains("mingguiniada12unggahan");
        List<AuditEvent> events = audit.latest(20);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("pimpinan");
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_DOWNLOAD);
            assertThat(e.detailArgs()).containsExactly("2024-W28");
        });
    }

    @Test
    void generatingAReportIsAudited() {
        login("analis", "ANALYST");
        long before = generationsAudited("analis");

        service.generate(ReportFixtures.WEEK);

        assertThat(generationsAudited("analis")).isEqualTo(before + 1);
        // the test clock stands still, so every event has the same time: look for it, not at the newest
        assertThat(audit.latest(1000)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("analis");
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_GENERATE);
            assertThat(e.detailArgs()).containsExactly("2024-W28");
            assertThat(e.at()).isEqualTo(NOW);
        });
    }

    @Test
    void theSchedulersReportIsAuditedUnderTheSchedulersName() {
        long before = generationsAudited(ReportService.SCHEDULER);
        Clock monday = Clock.fixed(wita("2024-07-15T07:00:00"), ZoneOffset.UTC);

        new WeeklyReportScheduler(service(monday, mailer)).generateLastWeek();

        assertThat(generationsAudited(ReportService.SCHEDULER)).isEqualTo(before + 1);
    }

    /** How many generations of the fixture week by {@code username} the audit log holds. */
    private long generationsAudited(String username) {
        return audit.latest(1000).stream()
                .filter(e -> e.action() == AuditAction.REPORT_GENERATE && username.equals(e.username())
                        && List.of(ReportFixtures.WEEK.key()).equals(e.detailArgs()))
                .count();
    }

    @Test
    void aWeekWithoutAReportHasNothingToDownload() {
        login("pimpinan", "LEADERSHIP");
        assertThat(service.download(ReportWeek.parse("2020-W10"))).isEmpty();
    }

    @Test
    void anAdminHasTheAnalystsReportsToo() {
        login("admin", "ADMIN");
        service.generate(ReportFixtures.WEEK);
        assertThat(service.archived()).extracting(ReportRecord::week).contains(ReportFixtures.WEEK.key());
        assertThat(service.download(ReportFixtures.WEEK)).isPresent();
    }

    @Test
    void aSignedInUserWithoutADashboardRoleGetsNoReport() {
        login("tamu");
        assertThatThrownBy(() -> service.generate(ReportFixtures.WEEK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.download(ReportFixtures.WEEK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.archived()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDownloadAddressServesThePdfToEveryRoleButNoRoleAtAll() {
        // the HTTP round trip (session cookie, login redirect) is walked by the browser test, DashboardIT
        login("analis", "ANALYST");
        service.generate(ReportFixtures.WEEK);

        login("pimpinan", "LEADERSHIP");
        ResponseEntity<byte[]> ok = controller.download("2024-W28");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(ok.getHeaders().getContentDisposition().getFilename()).isEqualTo("sasando-laporan-2024-W28.pdf");
        assertThat(Pdfs.looksLikePdf(ok.getBody())).isTrue();
        assertThatThrownBy(() -> controller.download("2024-W99")).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> controller.download("2020-W10")).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));

        login("admin", "ADMIN");
        assertThat(controller.download("2024-W28").getStatusCode()).isEqualTo(HttpStatus.OK);
        login("tamu");
        assertThatThrownBy(() -> controller.download("2024-W28")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMondayRunReportsTheWeekThatEndedAtMidnightWita() throws Exception {
        // Monday 15 July 2024, 07:00 WITA (Sunday 23:00 UTC): the run reports 2024-W28
        Clock monday = Clock.fixed(wita("2024-07-15T07:00:00"), ZoneOffset.UTC);
        new WeeklyReportScheduler(service(monday, mailer)).generateLastWeek();

        ReportRecord record = archive.find(ReportFixtures.WEEK).orElseThrow();
        assertThat(record.generatedBy()).isEqualTo(ReportService.SCHEDULER);
        assertThat(record.generatedAt()).isEqualTo(wita("2024-07-15T07:00:00"));
        assertThat(record.figures().posts()).isEqualTo(ReportFixtures.POSTS);
        assertThat(record.provisional()).isFalse();
        assertThat(Pdfs.text(archive.pdf(ReportFixtures.WEEK).orElseThrow())).doesNotContain("sementara");
    }

    @Test
    void aDashboardThatWasDownAtSevenMakesTheMissedReportWhenItStarts() {
        ReportWeek w29 = ReportWeek.parse("2024-W29");
        // Monday 22 July 2024: before 07:00 WITA the Monday run of W29 is still to come (only older weeks
        // the archive lacks are caught up; WeeklyReportCatchUpIT walks those)
        assertThat(new WeeklyReportScheduler(service(Clock.fixed(wita("2024-07-22T06:59:00"), ZoneOffset.UTC), mailer))
                .catchUp()).doesNotContain(w29);
        assertThat(archive.find(w29)).isEmpty();
        // started at 11:45 with no report of W29: it is made, as the Monday run would have made it
        WeeklyReportScheduler late = new WeeklyReportScheduler(
                service(Clock.fixed(wita("2024-07-22T11:45:00"), ZoneOffset.UTC), mailer));
        assertThat(late.catchUp()).containsExactly(w29);
        ReportRecord record = archive.find(w29).orElseThrow();
        assertThat(record.generatedBy()).isEqualTo(ReportService.SCHEDULER);
        assertThat(record.provisional()).isFalse();
        // started again: the report is there, nothing is made twice
        assertThat(late.catchUp()).isEmpty();
    }

    @Test
    void acrossTheYearEndWeek53IsReportedOnTheFirstMondayOf2027AndWeek1ComparesWithIt() throws IOException {
        // Monday 28 December 2026 reports 2026-W52; Monday 4 January 2027 reports 2026-W53, not 2027-W01 or W52
        assertThat(service(Clock.fixed(wita("2026-12-28T07:00:00"), ZoneOffset.UTC), mailer).lastCompleteWeek())
                .isEqualTo(ReportFixtures.W52);
        assertThat(CronExpression.parse(WeeklyReportScheduler.CRON)
                .next(LocalDateTime.parse("2026-12-31T12:00:00").atZone(Wita.ZONE)))
                .isEqualTo(LocalDateTime.parse("2027-01-04T07:00:00").atZone(Wita.ZONE));
        // the weeks a user may pick on New Year's Day: the running W53 first, then the complete ones
        assertThat(service(Clock.fixed(wita("2027-01-01T12:00:00"), ZoneOffset.UTC), mailer).recentWeeks(2))
                .containsExactly(ReportFixtures.W53, ReportFixtures.W52, ReportWeek.parse("2026-W51"));
        // the dashboard was down over both Mondays: at 06:59 W53's run is still to come and the missed W52 is
        // made; at 11:45 W53 is made
        assertThat(new WeeklyReportScheduler(service(Clock.fixed(wita("2027-01-04T06:59:00"), ZoneOffset.UTC), mailer))
                .catchUp()).endsWith(ReportFixtures.W52);
        assertThat(new WeeklyReportScheduler(service(Clock.fixed(wita("2027-01-04T11:45:00"), ZoneOffset.UTC), mailer))
                .catchUp()).containsExactly(ReportFixtures.W53);
        assertThat(archive.find(ReportFixtures.W52).orElseThrow().figures().posts()).isEqualTo(ReportFixtures.W52_POSTS);

        ReportRecord w53 = archive.find(ReportFixtures.W53).orElseThrow();
        assertThat(w53.week()).isEqualTo("2026-W53");
        assertThat(w53.weekStart()).isEqualTo(java.time.LocalDate.parse("2026-12-28"));
        assertThat(w53.provisional()).isFalse();
        assertThat(w53.figures().posts()).isEqualTo(ReportFixtures.W53_POSTS);
        assertThat(w53.figures().previousPosts()).isEqualTo(ReportFixtures.W52_POSTS);
        assertThat(settings.home().resolve("reports").resolve("2026-W53.pdf")).exists();
        String text = Pdfs.compact(Pdfs.text(archive.pdf(ReportFixtures.W53).orElseThrow()));
        assertThat(text).contains(Pdfs.compact("Minggu 2026-W53 (28 Desember 2026 – 3 Januari 2027, WITA)"),
                Pdfs.compact("21–27 Desember 2026"), Pdfs.compact("naik 50,0% dari minggu sebelumnya (4)"));

        // Monday 11 January 2027: 2027-W01 against 2026-W53
        new WeeklyReportScheduler(service(Clock.fixed(wita("2027-01-11T07:00:00"), ZoneOffset.UTC), mailer))
                .generateLastWeek();
        ReportRecord w01 = archive.find(ReportFixtures.W01).orElseThrow();
        assertThat(w01.figures().posts()).isEqualTo(ReportFixtures.W01_POSTS);
        assertThat(w01.figures().previousPosts()).isEqualTo(ReportFixtures.W53_POSTS);
        assertThat(Pdfs.compact(Pdfs.text(archive.pdf(ReportFixtures.W01).orElseThrow()))).contains(
                Pdfs.compact("Minggu 2027-W01 (4–10 Januari 2027, WITA)"),
                Pdfs.compact("28 Desember 2026 – 3 Januari 2027"),
                Pdfs.compact("turun 50,0% dari minggu sebelumnya (6)"));

        login("pimpinan", "LEADERSHIP");
        // newest first: 2027-W01 before 2026-W53, by their Mondays
        assertThat(service.archived()).extracting(ReportRecord::week).startsWith("2027-W01", "2026-W53");
        ResponseEntity<byte[]> download = controller.download("2026-W53");
        assertThat(download.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("sasando-laporan-2026-W53.pdf");
        assertThat(ReportArchive.sha256(download.getBody())).isEqualTo(w53.sha256());
    }

    @Test
    void theScheduledReportIsNeverProvisionalEvenAtTheFirstInstantOfMonday() {
        // the week ends at Monday 00:00 WITA: a run at that very instant already has the whole week
        Clock midnight = Clock.fixed(wita("2024-07-15T00:00:00"), ZoneOffset.UTC);
        new WeeklyReportScheduler(service(midnight, mailer)).generateLastWeek();

        ReportRecord record = archive.find(ReportFixtures.WEEK).orElseThrow();
        assertThat(record.generatedAt()).isEqualTo(wita("2024-07-15T00:00:00"));
        assertThat(record.provisional()).isFalse();
        assertThat(record.figures().previousPosts()).isEqualTo(ReportFixtures.PREVIOUS_POSTS);
        // one instant earlier, W28 has not ended: the last complete week is still W27
        assertThat(service(Clock.offset(midnight, java.time.Duration.ofNanos(-1)), mailer).lastCompleteWeek())
                .isEqualTo(ReportFixtures.WEEK.previous());
    }

    @Test
    void aReportMadeBeforeItsWeekEndsIsProvisionalUntilTheWeekIsGeneratedAgain() throws IOException {
        login("analis", "ANALYST");
        // the application's clock: Sunday 14 July 12:00 WITA, inside 2024-W28
        ReportRecord early = service.generate(ReportFixtures.WEEK);

        assertThat(early.provisional()).isTrue();
        assertThat(archive.find(ReportFixtures.WEEK).orElseThrow().provisional()).isTrue();
        // last week up to Sunday 7 July 12:00: its Sunday-night post is not compared with
        assertThat(early.figures().previousPosts()).isEqualTo(7);
        String text = Pdfs.compact(Pdfs.text(archive.pdf(ReportFixtures.WEEK).orElseThrow()));
        assertThat(text).contains(Pdfs.compact("Laporan sementara: minggu ini belum selesai (dibuat Minggu "
                        + "14/07/2024 12:00 WITA). Angka dapat berubah."),
                Pdfs.compact("naik 71,4% dari rentang waktu yang sama minggu lalu (7)"));

        ReportRecord finished = service(MONDAY_MORNING, mailer).generate(ReportFixtures.WEEK);

        assertThat(finished.provisional()).isFalse();
        assertThat(service.archived()).filteredOn(r -> r.week().equals("2024-W28")).singleElement()
                .satisfies(r -> {
                    assertThat(r.provisional()).isFalse();
                    assertThat(r.sha256()).isEqualTo(finished.sha256());
                    assertThat(r.figures().previousPosts()).isEqualTo(ReportFixtures.PREVIOUS_POSTS);
                });
        String replaced = Pdfs.compact(Pdfs.text(archive.pdf(ReportFixtures.WEEK).orElseThrow()));
        assertThat(replaced).doesNotContain("Laporansementara")
                .contains(Pdfs.compact("naik 50,0% dari minggu sebelumnya (8)"));
    }

    @Test
    void aProvisionalReportIsMailedAsProvisional() throws Exception {
        ReportMailer greenMail = new ReportMailer(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(),
                null, null, SENDER, LEADERS, true));

        service(Clock.fixed(NOW, ZoneOffset.UTC), greenMail).generate(ReportFixtures.WEEK, "analis");

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Laporan mingguan Sasando 2024-W28 (sementara)");
        assertThat(bodyText((Multipart) mail.getContent()))
                .contains("Laporan sementara: minggu ini belum selesai (dibuat Minggu 14/07/2024 12:00 WITA).");
    }

    @Test
    void aWeekThatHasNotBegunHasNoReport() {
        login("analis", "ANALYST");
        assertThatThrownBy(() -> service.generate(ReportFixtures.WEEK.next()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has not begun");
    }

    @Test
    void theScheduleIsMondaySevenInTheMorningWita() throws NoSuchMethodException {
        Scheduled scheduled = WeeklyReportScheduler.class.getDeclaredMethod("generateLastWeek")
                .getAnnotation(Scheduled.class);
        assertThat(scheduled.cron()).isEqualTo(WeeklyReportScheduler.CRON);
        assertThat(scheduled.zone()).isEqualTo("Asia/Makassar");
        ZonedDateTime sundayNoon = LocalDateTime.parse("2024-07-14T12:00:00").atZone(Wita.ZONE);
        assertThat(CronExpression.parse(scheduled.cron()).next(sundayNoon))
                .isEqualTo(LocalDateTime.parse("2024-07-15T07:00:00").atZone(Wita.ZONE));
    }

    @Test
    void aGeneratedReportIsMailedWithThePdfWhenSmtpIsConfigured() throws Exception {
        ReportMailer greenMail = new ReportMailer(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(),
                null, null, SENDER, LEADERS, true));
        Clock monday = Clock.fixed(wita("2024-07-15T07:00:00"), ZoneOffset.UTC);

        ReportRecord record = service(monday, greenMail).generate(ReportFixtures.WEEK, ReportService.SCHEDULER);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Laporan mingguan Sasando 2024-W28");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(SENDER);
        Multipart parts = (Multipart) mail.getContent();
        BodyPart attachment = attachment(parts);
        assertThat(attachment.getFileName()).isEqualTo("sasando-laporan-2024-W28.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(pdfBytes);
        assertThat(ReportArchive.sha256(pdfBytes.toByteArray())).isEqualTo(record.sha256());
        assertThat(record.mailedTo()).containsExactlyElementsOf(LEADERS);
        assertThat(archive.find(ReportFixtures.WEEK).orElseThrow().mailedTo()).containsExactlyElementsOf(LEADERS);
    }

    /** The mail's text, wherever the multipart nesting puts it. */
    private static String bodyText(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                continue;
            }
            if (part.getContent() instanceof String text) {
                return text;
            }
            if (part.getContent() instanceof Multipart nested) {
                return bodyText(nested);
            }
        }
        throw new AssertionError("the mail has no text part");
    }

    private static BodyPart attachment(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                return part;
            }
        }
        throw new AssertionError("the mail has no attachment");
    }
}

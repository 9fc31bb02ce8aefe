package id.go.kupangkota.sasando.dashboard.sources;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Sumber view in words an analyst reads: source names, run statuses, every column with a header;
 * and alerts acknowledged and resolved from it.
 */
class SourcesViewIT extends KaribuTest {
    private static boolean seeded;
    @Autowired
    SourcesService service;
    @Autowired
    AuditService audit;

    @BeforeEach
    void seedOnce() throws Exception {
        if (!seeded) {
            seed(List.of(post("1", "air", wita("2024-07-12T08:00:00")).build(),
                    post("file", "2", "jalan", wita("2024-07-13T08:00:00")).build()));
            for (CoverageRun run : List.of(run("r1", "x", "banjir", "ok", null), run("r2", "news", "portal", "partial",
                    "503 Service Unavailable"), BROKEN_LINE, RATE_LIMITED, TOKEN_REFUSED, FROM_A_NEWER_INGEST)) {
                client.index(i -> i.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id(run.id())
                        .document(run).refresh(Refresh.WaitFor));
            }
            // ingest's alerts: a feed failing run after run in the week, an older one still open and an older
            // one resolved; the week before has two for analysts to handle
            SourceAlert resolved = alert("a00", "source_failing", "x", "X gagal 4 kali berturut-turut", 4, "HTTP 401",
                    wita("2024-05-20T09:00:00"), SourceAlert.RESOLVED);
            for (SourceAlert alert : List.of(resolved,
                    alert("a1", "query_failing", "news", "Feed https://portal.example/rss gagal 3 kali berturut-turut",
                            3, "HTTP 404 Not Found", wita("2024-07-13T09:00:00")),
                    alert("a0", "source_failing", "x", "X gagal 5 kali berturut-turut", 5, "HTTP 401",
                            wita("2024-06-01T09:00:00")),
                    alert("h1", "source_failing", "x", "X gagal 3 kali berturut-turut", 3, "HTTP 401",
                            wita("2024-07-03T09:00:00")),
                    alert("h2", "query_failing", "news", "Feed https://lama.example/rss gagal 3 kali berturut-turut",
                            3, "HTTP 404 Not Found", wita("2024-07-04T09:00:00")), TOKEN_ALERT, FEED_ALERT)) {
                client.index(i -> i.index(SasandoIndex.ALERTS.alias(settings.indexPrefix())).id(alert.id())
                        .document(alert).refresh(Refresh.WaitFor));
            }
            client.index(i -> i.index(SasandoIndex.ALERTS.alias(settings.indexPrefix())).id(RAISED_AGAIN_ID)
                    .document(RAISED_AGAIN).refresh(Refresh.WaitFor));
            seeded = true;
        }
    }

    private static SourceAlert alert(String id, String kind, String source, String message, int failures,
                                     String error, java.time.Instant at) {
        return alert(id, kind, source, message, failures, error, at, SourceAlert.OPEN);
    }

    private static SourceAlert alert(String id, String kind, String source, String message, int failures,
                                     String error, java.time.Instant at, String status) {
        return new SourceAlert(id, kind, source, null, null, "warning", message, failures, error, null, null, at,
                status, null, null, null, null, null, null, null);
    }

    /** Alerts as ingest raises them now: with the code of their last error, and a query's feed. */
    private static final SourceAlert TOKEN_ALERT = SourceAlert.raised("c1", "source_failing", "x", null, null,
            "critical", "Sumber 'x' gagal 6 kali berturut-turut / source 'x' failed 6 runs in a row: X search: HTTP 401",
            6, "X search '(air) kupang': HTTP 401 from api.twitter.com/2/tweets/search/recent: Unauthorized",
            "x.unauthorized", Map.of(), wita("2024-07-05T09:00:00"));
    private static final SourceAlert FEED_ALERT = SourceAlert.raised("c2", "query_failing", "news", "feed.pindah",
            "https://pindah.example/feed", "warning", "Sumber 'news', kueri 'feed.pindah' (https://pindah.example/feed) "
                    + "gagal 3 kali berturut-turut / source 'news', query 'feed.pindah' (https://pindah.example/feed) "
                    + "failed 3 runs in a row: HTTP 404 from pindah.example/feed: Halaman tidak ditemukan", 3,
            "HTTP 404 from pindah.example/feed: Halaman tidak ditemukan", "web.rejected",
            Map.of("status", "404", "address", "https://pindah.example/feed"), wita("2024-07-05T10:00:00"));

    private static final String RAISED_AGAIN_ID = "source_failing:x:2024-07-06";
    /**
     * As ingest writes an alert it opened again after someone had resolved it by hand: open, with nobody's
     * handling of the streak now, and the acknowledgement and resolution of the streak before in its history.
     */
    private static final Map<String, Object> RAISED_AGAIN = Map.ofEntries(Map.entry("id", RAISED_AGAIN_ID),
            Map.entry("kind", "source_failing"), Map.entry("source", "x"), Map.entry("severity", "warning"),
            Map.entry("message", "X gagal 2 kali berturut-turut"), Map.entry("consecutive_failures", 2),
            Map.entry("last_error", "HTTP 401"), Map.entry("error_code", "x.unauthorized"),
            Map.entry("error_args", Map.of()), Map.entry("raised_at", wita("2024-07-06T15:00:00").toString()),
            Map.entry("status", "open"), Map.entry("history", List.of(
                    Map.of("action", "acknowledged", "by", "analis", "at", wita("2024-07-06T09:30:00").toString(),
                            "note", "Token X diminta ke admin"),
                    Map.of("action", "resolved", "by", "admin", "at", wita("2024-07-06T10:00:00").toString(),
                            "note", "Token X diganti"))));

    private static SourcesView weekOfThirdJuly() {
        UI.getCurrent().navigate(SourcesView.class,
                PostFilter.range(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-07")).toQuery());
        return LocatorJ._get(SourcesView.class);
    }

    private static int rowOf(SourcesView view, String id) {
        return GridKt._findAll(view.alerts).stream().map(SourceAlert::id).toList().indexOf(id);
    }

    private static List<Button> actions(SourcesView view, String id) {
        Component cell = GridKt._getCellComponent(view.alerts, rowOf(view, id), SourcesView.ALERT_ACTIONS_COLUMN);
        return LocatorJ._find(cell, Button.class);
    }

    private static void click(SourcesView view, String id, String action) {
        LocatorJ._click(actions(view, id).stream().filter(b -> b.getText().equals(action)).findFirst().orElseThrow());
    }

    /** The note dialog an action opened. */
    private static Dialog noteDialog() {
        return LocatorJ._find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    }

    /** Writes the note in the dialog an action opened and confirms with its button. */
    private static void confirm(String note, String button) {
        Dialog dialog = noteDialog();
        LocatorJ._get(dialog, TextArea.class).setValue(note);
        LocatorJ._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText(button)));
    }

    private static String status(SourcesView view, String id) {
        return GridKt._getFormatted(view.alerts, rowOf(view, id), SourcesView.STATUS_COLUMN);
    }

    @Test
    void anAnalystAcknowledgesAnAlertThenMarksItResolvedAndTheAuditLogHasBoth() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();
        assertThat(status(view, "h1")).isEqualTo("Terbuka");
        assertThat(actions(view, "h1")).extracting(Button::getText)
                .containsExactly("Tandai diketahui", "Tandai selesai");
        assertThat(view.alerts.getColumnByKey(SourcesView.ALERT_ACTIONS_COLUMN).getHeaderText()).isEqualTo("Tindakan");

        click(view, "h1", "Tandai diketahui");
        // the note of an acknowledgement may stay empty
        assertThat(noteDialog().getHeaderTitle()).isEqualTo("Tandai peringatan diketahui");
        confirm("", "Tandai diketahui");

        // the test clock stands at 14 July, 12:00 WITA
        assertThat(status(view, "h1")).isEqualTo("Diketahui oleh analis (2024-07-14 12:00)");
        assertThat(actions(view, "h1")).extracting(Button::getText).containsExactly("Tandai selesai");

        click(view, "h1", "Tandai selesai");
        // a resolution must say why: confirmed without, the dialog stays open saying so, and nothing changes
        Dialog dialog = noteDialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Tandai peringatan selesai");
        TextArea note = LocatorJ._get(dialog, TextArea.class);
        assertThat(note.isRequiredIndicatorVisible()).isTrue();
        confirm("  ", "Tandai selesai");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Tuliskan mengapa peringatan ini ditandai selesai.");
        assertThat(service.alerts(PostFilter.range(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-07"))))
                .filteredOn(a -> a.id().equals("h1")).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(SourceAlert.ACKNOWLEDGED));

        confirm("Token X diganti admin", "Tandai selesai");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(view, "h1")).isEqualTo("Ditandai selesai oleh analis (2024-07-14 12:00): Token X diganti admin");
        assertThat(actions(view, "h1")).isEmpty();
        assertThat(audit.latest(100)).filteredOn(e -> e.action() == AuditAction.ALERT
                        && e.detailArgs().contains("h1"))
                .extracting(e -> AuditDetail.describe(e, Translations.INDONESIAN))
                .containsExactlyInAnyOrder("Peringatan untuk X ditandai diketahui: Sumber gagal berulang (h1)",
                        "Peringatan untuk X ditandai selesai: Sumber gagal berulang (h1). Catatan: Token X diganti admin");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(status(weekOfThirdJuly(), "h1"))
                .isEqualTo("Marked resolved by analis (2024-07-14 12:00): Token X diganti admin");
    }

    @Test
    void theNoteOfAnAcknowledgementShowsInTheStatusAndStaysInItsTooltipOnceResolved() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();
        click(view, "c2", "Tandai diketahui");
        confirm("Sudah ditanyakan ke redaksi Portal Pindah", "Tandai diketahui");
        assertThat(status(view, "c2"))
                .isEqualTo("Diketahui oleh analis (2024-07-14 12:00): Sudah ditanyakan ke redaksi Portal Pindah");

        click(view, "c2", "Tandai selesai");
        confirm("Alamat feed baru dipasang", "Tandai selesai");

        SourceAlert resolved = GridKt._get(view.alerts, rowOf(view, "c2"));
        assertThat(view.alertHandling(resolved)).isEqualTo(
                "Diketahui oleh analis (2024-07-14 12:00): Sudah ditanyakan ke redaksi Portal Pindah\n"
                        + "Ditandai selesai oleh analis (2024-07-14 12:00): Alamat feed baru dipasang");
        assertThat(audit.latest(100)).filteredOn(e -> e.action() == AuditAction.ALERT && e.detailArgs().contains("c2"))
                .extracting(e -> AuditDetail.describe(e, Translations.ENGLISH))
                .containsExactlyInAnyOrder("Alert on News portal (RSS) acknowledged: One query or feed failing (c2). "
                                + "Note: Sudah ditanyakan ke redaksi Portal Pindah",
                        "Alert on News portal (RSS) marked resolved: One query or feed failing (c2). "
                                + "Note: Alamat feed baru dipasang");
    }

    private static String alertCell(SourcesView view, String id, String column) {
        return GridKt._getFormatted(view.alerts, rowOf(view, id), column);
    }

    @Test
    void anAlertSaysInTheAnalystsLanguageWhatFailedHowOftenAndWhatToDoWithIngestsTextAsTheDetail() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();

        assertThat(alertCell(view, "c1", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("X gagal 6 kali berturut-turut. "
                + "X menolak token akses (HTTP 401). Periksa token X di konfigurasi: mungkin salah, dicabut, atau "
                + "kedaluwarsa.");
        assertThat(view.alertDetail(TOKEN_ALERT)).isEqualTo("Rincian teknis: " + TOKEN_ALERT.lastError());
        assertThat(alertCell(view, "c2", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("Kueri https://pindah.example/feed "
                + "dari Portal berita (RSS) gagal 3 kali berturut-turut. Alamat https://pindah.example/feed menjawab "
                + "HTTP 404 (tidak ditemukan atau ditolak). Periksa alamat feed di konfigurasi sumber; mungkin portalnya "
                + "memindahkan feed.");
        assertThat(alertCell(view, "c1", SourcesView.ALERT_SEVERITY_COLUMN)).isEqualTo("Kritis");
        assertThat(alertCell(view, "c2", SourcesView.ALERT_SEVERITY_COLUMN)).isEqualTo("Perlu perhatian");
        assertThat(alertCell(view, "c1", SourcesView.ALERT_KIND_COLUMN)).isEqualTo("Sumber gagal berulang");
        // an alert raised before ingest stored codes: its own text, and its last error as the detail, as before
        assertThat(alertCell(view, "h1", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("X gagal 3 kali berturut-turut");
        assertThat(view.alertDetail(GridKt._get(view.alerts, rowOf(view, "h1")))).isEqualTo("HTTP 401");
        assertThat(view.alerts.getColumnByKey(SourcesView.ALERT_SEVERITY_COLUMN).getHeaderText()).isEqualTo("Tingkat");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        view = weekOfThirdJuly();
        assertThat(alertCell(view, "c1", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("X failed 6 runs in a row. "
                + "X refused the access token (HTTP 401). Check the X token in the configuration: it may be wrong, "
                + "revoked or expired.");
        assertThat(view.alertDetail(TOKEN_ALERT)).isEqualTo("Technical detail: " + TOKEN_ALERT.lastError());
        assertThat(alertCell(view, "c2", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("Query https://pindah.example/feed "
                + "of News portal (RSS) failed 3 runs in a row. The address https://pindah.example/feed answered HTTP 404 "
                + "(not found or refused). Check the feed's address in the source settings; the portal may have moved "
                + "its feed.");
        assertThat(alertCell(view, "c1", SourcesView.ALERT_SEVERITY_COLUMN)).isEqualTo("Critical");
        assertThat(alertCell(view, "c2", SourcesView.ALERT_KIND_COLUMN)).isEqualTo("One query or feed failing");
        assertThat(alertCell(view, "h1", SourcesView.ALERT_MESSAGE_COLUMN)).isEqualTo("X gagal 3 kali berturut-turut");
    }

    @Test
    void anAlertRaisedAgainAfterItsResolutionSaysSoAndItsDetailsKeepWhoHandledItBeforeAndWhyNewestFirst() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();
        assertThat(view.alerts.isDetailsVisibleOnClick()).as("a click opens the alert").isTrue();
        assertThat(status(view, RAISED_AGAIN_ID)).isEqualTo("Terbuka lagi");
        assertThat(handling(view, RAISED_AGAIN_ID)).containsExactly("Riwayat penanganan (terbaru dulu):",
                "Ditandai selesai oleh admin (2024-07-06 10:00): Token X diganti",
                "Diketahui oleh analis (2024-07-06 09:30): Token X diminta ke admin");
        assertThat(view.alertHandling(GridKt._get(view.alerts, rowOf(view, RAISED_AGAIN_ID)))).isEqualTo("""
                Terbuka lagi
                Sebelumnya:
                Ditandai selesai oleh admin (2024-07-06 10:00): Token X diganti
                Diketahui oleh analis (2024-07-06 09:30): Token X diminta ke admin""");
        // an alert nobody handled says so when opened
        assertThat(handling(view, "c1")).containsExactly("Belum ada yang menangani peringatan ini.");

        // acknowledged again: the new handling first, the history kept under it
        click(view, RAISED_AGAIN_ID, "Tandai diketahui");
        confirm("Token baru juga ditolak; admin menghubungi X", "Tandai diketahui");
        assertThat(status(view, RAISED_AGAIN_ID))
                .isEqualTo("Diketahui oleh analis (2024-07-14 12:00): Token baru juga ditolak; admin menghubungi X");
        assertThat(handling(view, RAISED_AGAIN_ID)).containsExactly("Riwayat penanganan (terbaru dulu):",
                "Diketahui oleh analis (2024-07-14 12:00): Token baru juga ditolak; admin menghubungi X",
                "Ditandai selesai oleh admin (2024-07-06 10:00): Token X diganti",
                "Diketahui oleh analis (2024-07-06 09:30): Token X diminta ke admin");
        assertThat(GridKt._get(view.alerts, rowOf(view, RAISED_AGAIN_ID)).history())
                .as("the dashboard's update leaves ingest's history as it was")
                .extracting(AlertHandling::action, AlertHandling::by, AlertHandling::note)
                .containsExactly(tuple("acknowledged", "analis", "Token X diminta ke admin"),
                        tuple("resolved", "admin", "Token X diganti"));

        UI.getCurrent().setLocale(Translations.ENGLISH);
        view = weekOfThirdJuly();
        assertThat(handling(view, RAISED_AGAIN_ID)).containsExactly("How it was handled (newest first):",
                "Acknowledged by analis (2024-07-14 12:00): Token baru juga ditolak; admin menghubungi X",
                "Marked resolved by admin (2024-07-06 10:00): Token X diganti",
                "Acknowledged by analis (2024-07-06 09:30): Token X diminta ke admin");
    }

    /** The alert's details as the analyst reads them: the heading, then one line per handling. */
    private static List<String> handling(SourcesView view, String id) {
        Component details = GridKt._getItemDetailsComponent(view.alerts, rowOf(view, id));
        List<String> lines = new ArrayList<>();
        lines.add(LocatorJ._find(details, Span.class).get(0).getText());
        LocatorJ._find(details, ListItem.class).forEach(li -> lines.add(li.getText()));
        return lines;
    }

    @Test
    void anAlertSomeoneElseHandledMeanwhileIsLeftAsItIsAndTheAnalystIsTold() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();
        SourceAlert shown = GridKt._get(view.alerts, rowOf(view, "h2"));
        login("admin", "ADMIN");
        service.acknowledge(shown, null); // in another session
        login("analis", "ANALYST");
        NotificationsKt.clearNotifications();

        click(view, "h2", "Tandai diketahui");
        confirm("", "Tandai diketahui");

        NotificationsKt.expectNotifications("Peringatan ini sudah ditangani lebih dulu (oleh pengguna lain atau karena "
                + "sumbernya pulih). Daftar kini menunjukkan keadaannya.");
        assertThat(status(view, "h2")).isEqualTo("Diketahui oleh admin (2024-07-14 12:00)");
    }

    @Test
    void leadershipGetsNeitherTheSourcesViewNorItsButtons() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate("sources");
        assertThat(LocatorJ._find(SourcesView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .isEqualTo("AccessDeniedView");
    }

    private static CoverageRun run(String runId, String source, String query, String status, String error) {
        return new CoverageRun(runId + ":" + source + ":" + query, runId, source, query, query + " kupang", "poll",
                wita("2024-07-14T08:00:00"), wita("2024-07-14T08:01:00"), 20, 18, 2, 0, 0, 0, 0, 1, List.of(),
                status, error, null, null, 0, List.of());
    }

    /** A run as ingest records it now: its English text with the code and arguments the view words. */
    private static CoverageRun coded(String runId, String query, String status, String error, String code,
                                     Map<String, String> args) {
        return new CoverageRun(runId + ":x:" + query, runId, "x", query, query + " kupang", "poll",
                wita("2024-07-14T07:29:00"), wita("2024-07-14T07:30:00"), 0, 0, 0, 0, 1, 0, 0, 1, List.of(), status,
                error, code, args, 0, List.of());
    }

    private static final CoverageRun RATE_LIMITED = coded("r6", "pdam", "partial", "rate limited until "
            + "2024-07-14T01:15:00Z (longer than max_rate_limit_wait=PT15M); continues from the checkpoint next run",
            "x.rate_limited", Map.of("reset", wita("2024-07-14T09:15:00").toString()));
    private static final CoverageRun TOKEN_REFUSED = coded("r7", "air", "failed", "X search '(air) kupang': HTTP 401 "
            + "from api.twitter.com/2/tweets/search/recent: Unauthorized", "x.unauthorized", Map.of());
    /** A code this dashboard does not know yet (a newer ingest's). */
    private static final CoverageRun FROM_A_NEWER_INGEST = coded("r8", "sampah", "failed", "X search '(sampah)': "
            + "something new", "x.something_new", Map.of());

    /** A dropped export with one broken JSON line and one row twice: "partial", yet no error of the run. */
    private static final CoverageRun BROKEN_LINE = new CoverageRun("r5:file:f-9c1e-sasando", "r5", "file",
            "f-9c1e-sasando", "/srv/sasando/drop/ekspor-monitor.jsonl", "poll", wita("2024-07-14T07:00:00"),
            wita("2024-07-14T07:00:02"), 15, 13, 1, 1, 0, 0, 0, 1, List.of(), "partial", null, null, null, 0,
            List.of());

    @Test
    void aRunSaysHowManyItemsWereDuplicatesOrRejectedAndWhereTheRejectedAreKept() {
        // the analyst saw "Sebagian", 0 errors and no message for an export with a broken line
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();
        int row = GridKt._findAll(view.runs).stream().map(CoverageRun::id).toList().indexOf(BROKEN_LINE.id());
        assertThat(view.runs.getColumnByKey(SourcesView.DUPLICATES_COLUMN).getHeaderText()).isEqualTo("Duplikat");
        assertThat(view.runs.getColumnByKey(SourcesView.REJECTED_COLUMN).getHeaderText()).isEqualTo("Ditolak");
        assertThat(GridKt._getFormatted(view.runs, row, SourcesView.DUPLICATES_COLUMN)).isEqualTo("1");
        assertThat(GridKt._getFormatted(view.runs, row, SourcesView.REJECTED_COLUMN)).isEqualTo("1");
        assertThat(GridKt._getFormatted(view.runs, row, SourcesView.ERROR_COLUMN)).isEqualTo("1 butir ditolak dan "
                + "disimpan utuh, dengan lokasi (berkas:baris) dan alasannya, di folder rejects/file/ data Sasando.");
        // a run's own error stays what it says
        int news = GridKt._findAll(view.runs).stream().map(CoverageRun::source).toList().indexOf("news");
        assertThat(GridKt._getFormatted(view.runs, news, SourcesView.ERROR_COLUMN))
                .isEqualTo("503 Service Unavailable");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        view = weekOfThirdJuly();
        assertThat(GridKt._getFormatted(view.runs, row, SourcesView.ERROR_COLUMN)).isEqualTo("1 item(s) rejected and "
                + "kept verbatim, with their location (file:line) and reason, in the folder rejects/file/ of the "
                + "Sasando data home.");
    }

    private static String error(SourcesView view, CoverageRun run) {
        int row = GridKt._findAll(view.runs).stream().map(CoverageRun::id).toList().indexOf(run.id());
        return GridKt._getFormatted(view.runs, row, SourcesView.ERROR_COLUMN);
    }

    @Test
    void aCodedRunSaysInTheAnalystsLanguageWhatHappenedAndWhatToDoWithIngestsTextAsTheDetail() {
        login("analis", "ANALYST");
        SourcesView view = weekOfThirdJuly();

        // the reset time as the dashboard writes times, in WITA
        assertThat(error(view, RATE_LIMITED)).isEqualTo("Batas permintaan X tercapai. Pengumpulan berlanjut sendiri "
                + "setelah 2024-07-14 09:15 WITA; tidak perlu tindakan kecuali ini terjadi setiap hari.");
        assertThat(view.errorDetail(RATE_LIMITED)).isEqualTo("Rincian teknis: " + RATE_LIMITED.error());
        assertThat(error(view, TOKEN_REFUSED)).isEqualTo("X menolak token akses (HTTP 401). Periksa token X di "
                + "konfigurasi: mungkin salah, dicabut, atau kedaluwarsa.");
        // a run recorded before ingest stored codes, and a code this dashboard does not know: ingest's text, as before
        CoverageRun old = GridKt._findAll(view.runs).stream().filter(r -> r.source().equals("news")).findFirst()
                .orElseThrow();
        assertThat(old.errorCode()).isNull();
        assertThat(error(view, old)).isEqualTo("503 Service Unavailable");
        assertThat(view.errorDetail(old)).isEqualTo("503 Service Unavailable");
        assertThat(error(view, FROM_A_NEWER_INGEST)).isEqualTo(FROM_A_NEWER_INGEST.error());

        UI.getCurrent().setLocale(Translations.ENGLISH);
        view = weekOfThirdJuly();
        assertThat(error(view, RATE_LIMITED)).isEqualTo("X's request limit was reached. Collection resumes by itself "
                + "after 2024-07-14 09:15 WITA; nothing to do unless this happens every day.");
        assertThat(view.errorDetail(RATE_LIMITED)).isEqualTo("Technical detail: " + RATE_LIMITED.error());
    }

    @Test
    void aRunShowsItsQueryAsPeopleWroteItNotTheCheckpointKey() {
        assertThat(SourcesView.queryShown(run("r1", "x", "banjir", "ok", null))).isEqualTo("banjir kupang");
        CoverageRun file = new CoverageRun("r3:file:f-0b33b1fa-sasando", "r3", "file", "f-0b33b1fa-sasando",
                "/home/analis/.sasando/imports/ekspor-oktober.jsonl", "import", wita("2024-07-14T08:00:00"),
                wita("2024-07-14T08:01:00"), 20, 18, 2, 0, 0, 0, 0, 1, List.of(), "ok", null, null, null, 0, List.of());
        assertThat(SourcesView.queryShown(file)).isEqualTo("ekspor-oktober.jsonl");
        CoverageRun all = new CoverageRun("r4:x:all", "r4", "x", "all", null, "poll", wita("2024-07-14T08:00:00"),
                wita("2024-07-14T08:01:00"), 0, 0, 0, 0, 0, 0, 0, 0, List.of(), "ok", null, null, null, 0, List.of());
        assertThat(SourcesView.queryShown(all)).isEqualTo("all");
    }

    @Test
    void sourcesAndRunStatusesAreNamedForPeopleAndEveryRunColumnHasAHeader() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(SourcesView.class,
                PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14")).toQuery());
        SourcesView view = LocatorJ._get(SourcesView.class);

        // news collected nothing this week: it is shown, with nothing, not left out
        assertThat(GridKt._findAll(view.stats)).hasSize(3);
        assertThat(List.of(GridKt._getFormattedRow(view.stats, 0).get(0), GridKt._getFormattedRow(view.stats, 1).get(0)))
                .containsExactlyInAnyOrder("X", "Impor berkas");
        assertThat(GridKt._getFormattedRow(view.stats, 2)).startsWith("Portal berita (RSS)", "0",
                "Tidak ada unggahan dalam rentang ini");
        // which a narrow column must not cut short: it wraps, and its tooltip holds it whole
        assertThat(view.stats.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.stats.getColumnByKey(SourcesView.STATS_LAST_POST_COLUMN).getTooltipGenerator()
                .apply(GridKt._get(view.stats, 2))).isEqualTo("Tidak ada unggahan dalam rentang ini");
        assertThat(view.coverage.getOption().at("/series").findValuesAsText("name"))
                .contains("Impor berkas").doesNotContain("file");

        // the week's alert first, in words, with its last error a hover away; June's is still open, so it is
        // listed too, while May's was resolved before this week
        assertThat(GridKt._findAll(view.alerts)).extracting(SourceAlert::id).startsWith("a1").contains("a0")
                .doesNotContain("a00");
        assertThat(GridKt._getFormattedRow(view.alerts, 0)).contains("Portal berita (RSS)",
                "Satu kueri atau feed gagal berulang", "3", "Feed https://portal.example/rss gagal 3 kali berturut-turut",
                "Terbuka");
        assertThat(view.alerts.getColumns()).allSatisfy(c -> assertThat(c.getHeaderText()).isNotBlank());

        assertThat(view.runs.getColumnByKey(SourcesView.QUERY_COLUMN).getHeaderText()).isEqualTo("Kueri");
        // thirteen columns fit 1366 px, the error message in sight, only with compact cells
        assertThat(view.runs.getThemeNames()).contains("compact", "wrap-cell-content");
        assertThat(view.runs.getColumns()).allSatisfy(c -> assertThat(c.getHeaderText()).as("every column has a header")
                .isNotBlank());
        List<String> sources = GridKt._findAll(view.runs).stream().map(CoverageRun::source).toList();
        // the query as written ("portal kupang"), not its checkpoint key ("portal")
        assertThat(GridKt._getFormattedRow(view.runs, sources.indexOf("news"))).contains("Portal berita (RSS)",
                "portal kupang", "Sebagian", "503 Service Unavailable");
        assertThat(GridKt._getFormattedRow(view.runs, sources.indexOf("x"))).contains("X", "banjir kupang", "Normal")
                .doesNotContain("ok");
        assertThat(view.runs.getColumnByKey(SourcesView.GAPS_COLUMN).getHeaderText()).isEqualTo("Celah");
        assertThat(view.runs.getColumnByKey(SourcesView.GAPS_COLUMN).getFlexGrow()).as("keeps its width").isZero();
    }
}

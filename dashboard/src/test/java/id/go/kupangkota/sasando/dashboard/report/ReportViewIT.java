package id.go.kupangkota.sasando.dashboard.report;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.PostFixtures;
import id.go.kupangkota.sasando.dashboard.base.security.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewIT extends KaribuTest {
    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            ReportFixtures.seed(client, settings.indexPrefix());
            seeded = true;
        }
    }

    @Test
    void anAnalystGeneratesTheChosenWeekAndDownloadsItFromTheArchive() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = LocatorJ._get(ReportView.class);
        // on Sunday 14 July the last complete week is 2024-W27
        assertThat(view.week.getValue().key()).isEqualTo("2024-W27");
        // an empty archive says what to do rather than showing bare headers
        assertThat(view.archive.getEmptyStateText()).isEqualTo("Belum ada laporan di arsip. Pilih minggunya, lalu Buat laporan.");

        view.week.setValue(ReportFixtures.WEEK);
        LocatorJ._click(view.generate);

        int index = rowOf(view, "2024-W28"); // another test may have archived W27 before
        ReportRecord row = GridKt._get(view.archive, index);
        assertThat(row.week()).isEqualTo("2024-W28");
        assertThat(row.figures().posts()).isEqualTo(ReportFixtures.POSTS);
        // generated on Sunday 14 July, before 2024-W28 ended: the archive says it is provisional
        assertThat(row.provisional()).isTrue();
        assertThat(GridKt._getFormatted(view.archive, index, "status")).isEqualTo("Sementara");
        Anchor link = (Anchor) GridKt._getCellComponent(view.archive, index, "download");
        assertThat(link.getHref()).isEqualTo("reports/2024-W28.pdf");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
        // the size is the link's title, not a column that pushed the counts under the frozen link at 1366 px
        assertThat(link.getElement().getAttribute("title")).matches("PDF, \\d+ KB");
        assertThat(view.archive.getColumns()).extracting(c -> c.getHeaderText()).doesNotContain("Ukuran");
    }

    @Test
    void aFinalReportWhoseWeekGainedPostsSaysItsFiguresAreOutOfDate() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = LocatorJ._get(ReportView.class);
        ReportWeek w27 = ReportFixtures.WEEK.previous(); // complete on Sunday 14 July: a final report
        view.week.setValue(w27);
        LocatorJ._click(view.generate);
        int row = rowOf(view, w27.key());
        long counted = GridKt._get(view.archive, row).figures().posts();
        assertThat(GridKt._getFormatted(view.archive, row, "posts")).isEqualTo(String.valueOf(counted));

        // a post of that week arrives late (a source lagging past Monday, a backfill)
        seed(List.of(PostFixtures.post("late-w27", "air mati dari kemarin", PostFixtures.wita("2024-07-07T23:30:00"))
                .build()));
        UI.getCurrent().navigate("search"); // away and back: the view is made anew, as when opened later
        UI.getCurrent().navigate(ReportView.class);
        view = LocatorJ._get(ReportView.class);
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w27.key()), "posts")).isEqualTo(counted + " · sekarang "
                + (counted + 1) + ": data minggu itu berubah, buat ulang laporannya");
        // made again, it counts the late post and the note goes
        view.week.setValue(w27);
        LocatorJ._click(view.generate);
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w27.key()), "posts")).isEqualTo(String.valueOf(counted + 1));
    }

    @Test
    void aFinalReportWhoseFlaggedPostsWereDecidedSinceSaysItsFiguresAreOutOfDate() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = LocatorJ._get(ReportView.class);
        ReportWeek w27 = ReportFixtures.WEEK.previous(); // its one flagged post not reviewed
        view.week.setValue(w27);
        LocatorJ._click(view.generate);
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w27.key()), "status")).isEqualTo("Final");

        // an analyst confirms it after the report was made: Ringkasan now says 1 confirmed, the PDF 0
        ReportFixtures.triage(client, settings.indexPrefix(), "x:w27-hoaks", "confirmed");
        UI.getCurrent().navigate("search");
        UI.getCurrent().navigate(ReportView.class);
        view = LocatorJ._get(ReportView.class);
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w27.key()), "status")).isEqualTo("Final · keputusan "
                + "analis berubah sejak laporan dibuat (dikonfirmasi 0 → 1, belum ditinjau 1 → 0): buat ulang laporannya");
        // long: it wraps in its column instead of pushing the period and the counts out of sight
        assertThat(view.archive.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.archive.getColumnByKey("status").isAutoWidth()).isFalse();
        // made again, it counts the decision and the note goes
        view.week.setValue(w27);
        LocatorJ._click(view.generate);
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w27.key()), "status")).isEqualTo("Final");
    }

    private static int rowOf(ReportView view, String week) {
        List<ReportRecord> rows = GridKt._findAll(view.archive);
        return rows.indexOf(rows.stream().filter(r -> r.week().equals(week)).findFirst().orElseThrow());
    }

    @Test
    void leadershipFindsTheReportInTheMenu() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(ReportView.class);
        assertThat(LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Laporan");
        assertThat(LocatorJ._find(ReportView.class)).hasSize(1);
    }

    @Test
    void leadershipReadsWhoMadeAScheduledReportInWordsAndKeepsItsDownloadInSightOnAPhone() {
        ReportWeek w26 = ReportFixtures.WEEK.previous().previous(); // a week no other test makes
        context.getBean(ReportService.class).generate(w26, ReportService.SCHEDULER);
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = LocatorJ._get(ReportView.class);
        // the Monday job's internal name "scheduler" is no word for a Wali Kota's staff
        assertThat(GridKt._getFormatted(view.archive, rowOf(view, w26.key()), "generated_by")).isEqualTo("Otomatis");
        // 400 px wide: the button wraps under the week and the download link stays at the grid's right edge
        assertThat(((HorizontalLayout) view.generate.getParent().orElseThrow()).isWrap()).isTrue();
        assertThat(view.archive.getColumnByKey("download").isFrozenToEnd()).isTrue();
    }

    @Test
    void anEnglishReaderIsToldTheReportsAreInIndonesianBeforeDownloadingOne() {
        login("analis", "ANALYST");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = LocatorJ._get(ReportView.class);
        // the PDF is one document for the leadership, in Indonesian whatever the reader's language
        assertThat(ReportService.REPORT_LOCALE.getLanguage()).isEqualTo("id");
        assertThat(view.getElement().getTextRecursively()).contains("Reports are written in Bahasa Indonesia");
    }

    @Test
    void anAdminHasTheReportViewAsAnAnalystHas() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("report");
        assertThat(currentView()).isEqualTo(ReportView.class.getSimpleName());
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Laporan");
    }

    @Test
    void strangersAreSentToSignIn() {
        UI.getCurrent().navigate("report");
        assertThat(currentView()).isEqualTo(LoginView.class.getSimpleName());
    }

    private static String currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : chain.get(0).getClass().getSimpleName();
    }
}

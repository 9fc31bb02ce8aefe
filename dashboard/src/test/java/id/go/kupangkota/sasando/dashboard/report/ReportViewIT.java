package id.go.kupangkota.sasando.dashboard.report;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.base.security.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

        assertThat(GridKt._size(view.archive)).isEqualTo(1);
        ReportRecord row = GridKt._get(view.archive, 0);
        assertThat(row.week()).isEqualTo("2024-W28");
        assertThat(row.figures().posts()).isEqualTo(ReportFixtures.POSTS);
        // generated on Sunday 14 July, before 2024-W28 ended: the archive says it is provisional
        assertThat(row.provisional()).isTrue();
        assertThat(GridKt._getFormatted(view.archive, 0, "status")).isEqualTo("Sementara");
        Anchor link = (Anchor) GridKt._getCellComponent(view.archive, 0, "download");
        assertThat(link.getHref()).isEqualTo("reports/2024-W28.pdf");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
    }

    @Test
    void leadershipFindsTheReportInTheMenu() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(ReportView.class);
        assertThat(LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Laporan");
        assertThat(LocatorJ._find(ReportView.class)).hasSize(1);
    }

    @Test
    void adminsDoNotGetTheReportView() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("report");
        assertThat(currentView()).isNotEqualTo(ReportView.class.getSimpleName());
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

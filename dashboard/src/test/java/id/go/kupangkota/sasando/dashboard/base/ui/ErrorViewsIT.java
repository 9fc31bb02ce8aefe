package id.go.kupangkota.sasando.dashboard.base.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A forbidden or unknown address is no dead end: it says why in the user's language, with the menu and the way back. */
class ErrorViewsIT extends KaribuTest {

    @Test
    void leadershipOnTheAdminPageIsToldItIsNotForTheirRoleInsideTheLayout() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate("admin");

        // Vaadin's navigation access control reroutes a signed-in user to AccessDeniedException
        AccessDeniedView view = LocatorJ._get(AccessDeniedView.class);
        assertThat(view.title.getText()).isEqualTo("Halaman ini tidak tersedia untuk peran Anda");
        assertThat(view.text.getText()).contains("/admin").contains("hubungi admin");
        assertThat(view.back.getText()).isEqualTo("Kembali ke Ringkasan");
        assertThat(view.back.getHref()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Halaman ini tidak tersedia untuk peran Anda | Sasando");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(c -> assertThat(c).isInstanceOf(MainLayout.class));
        List<String> menu = LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).contains("Ringkasan").doesNotContain("Admin");
    }

    @Test
    void inEnglishTheSameRefusalIsEnglish() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate("admin");
        AccessDeniedView view = LocatorJ._get(AccessDeniedView.class);
        assertThat(view.title.getText()).isEqualTo("This page is not available for your role");
        assertThat(view.back.getText()).isEqualTo("Back to Overview");
    }

    @Test
    void anUnknownAddressIsNotFoundInsideTheLayout() {
        login("analis", "ANALYST");
        // through the server's router, as a browser loading the address does (UI.navigate hands an address
        // that is no server route to the client-side router, which the mock has not)
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("tidak-ada"), NavigationTrigger.PROGRAMMATIC);
        NotFoundView view = LocatorJ._get(NotFoundView.class);
        assertThat(view.title.getText()).isEqualTo("Halaman tidak ditemukan");
        assertThat(view.text.getText()).isEqualTo("Alamat /tidak-ada tidak ada di Sasando.");
        assertThat(ui.getInternals().getTitle()).isEqualTo("Halaman tidak ditemukan | Sasando");
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Ringkasan", "Pencarian");
    }
}

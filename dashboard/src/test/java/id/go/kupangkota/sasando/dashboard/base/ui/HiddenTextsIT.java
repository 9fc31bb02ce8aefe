package id.go.kupangkota.sasando.dashboard.base.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.sidenav.SideNav;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts no one sees but a screen reader reads out (or one sees only offline) are in the UI's language too. */
class HiddenTextsIT extends KaribuTest {

    @Test
    void theMenuItemsToggleAndTheConnectionIndicatorSpeakIndonesian() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate("");
        // Vaadin's defaults: "Toggle child items" on every menu item, "Online" on every page
        assertThat(LocatorJ._get(SideNav.class).getI18n().getToggle()).isEqualTo("Buka atau tutup sub-menu");
        UI ui = UI.getCurrent();
        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Koneksi terputus, mencoba menyambung kembali…");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Koneksi terputus");
        // the UI's start set those (above); its script for the online text went out with the first response
        ui.getInternals().dumpPendingJavaScriptInvocations();
        UiSetup.connectionTexts(ui);
        List<PendingJavaScriptInvocation> calls = ui.getInternals().dumpPendingJavaScriptInvocations();
        assertThat(calls).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).isEqualTo(UiSetup.ONLINE_TEXT);
            assertThat(call.getInvocation().getParameters()).containsExactly("Terhubung");
        });
    }
}

package id.go.kupangkota.sasando.dashboard;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.RouteNotFoundError;
import id.go.kupangkota.sasando.dashboard.base.security.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every view against every role: who gets in, who is turned away, and that strangers must sign in. */
class ViewAccessIT extends KaribuTest {

    /** Route, its view class, and the roles allowed in. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "overview", List.of("ANALYST", "LEADERSHIP", "ADMIN"),
            "trends", List.of("ANALYST", "ADMIN"),
            "risk", List.of("ANALYST", "ADMIN"),
            "search", List.of("ANALYST", "ADMIN"),
            "accounts", List.of("ANALYST", "ADMIN"),
            "sources", List.of("ANALYST", "ADMIN"),
            "report", List.of("ANALYST", "LEADERSHIP", "ADMIN"),
            "admin", List.of("ADMIN"));

    static final Map<String, String> VIEW = Map.of(
            "overview", "OverviewView", "trends", "TrendsView", "risk", "RiskView", "search", "SearchView",
            "accounts", "AccountsView", "sources", "SourcesView", "report", "ReportView", "admin", "AdminView");

    static Stream<Arguments> everyViewAndRole() {
        return ALLOWED.entrySet().stream().flatMap(e -> Stream.of("ANALYST", "LEADERSHIP", "ADMIN")
                .map(role -> Arguments.of(e.getKey(), role, e.getValue().contains(role))));
    }

    @ParameterizedTest(name = "{1} on /{0}: allowed={2}")
    @MethodSource("everyViewAndRole")
    void aRoleSeesExactlyTheViewsItIsAllowed(String route, String role, boolean allowed) {
        login("user-" + role.toLowerCase(), role);
        UI.getCurrent().navigate(route);
        String shown = currentView();
        if (allowed) {
            assertThat(shown).isEqualTo(VIEW.get(route));
        } else {
            assertThat(shown).as("told in Bahasa that the page is not for their role").isEqualTo("AccessDeniedView");
        }
    }

    static Stream<String> everyView() {
        return ALLOWED.keySet().stream();
    }

    @ParameterizedTest(name = "anonymous on /{0} is sent to sign in")
    @MethodSource("everyView")
    void aStrangerIsSentToTheLoginPage(String route) {
        UI.getCurrent().navigate(route);
        assertThat(currentView()).isEqualTo(LoginView.class.getSimpleName());
    }

    @Test
    void theLoginFormSpeaksIndonesianEvenUnderAnEmptyField() {
        UI.getCurrent().navigate("login");
        String i18n = String.valueOf(LocatorJ._get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Nama pengguna wajib diisi", "Kata sandi wajib diisi")
                .doesNotContain("is required");
    }

    static String currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : chain.get(0).getClass().getSimpleName();
    }

    static boolean isNotFound(Object view) {
        return view instanceof RouteNotFoundError;
    }
}

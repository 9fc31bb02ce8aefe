package id.go.kupangkota.sasando.dashboard.admin;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdminIT extends KaribuTest {
    @Autowired
    AdminService service;
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        view.username.setValue("budi");
        view.displayName.setValue("Budi");
        view.password.setValue("rahasia-kupang");
        view.roles.setValue(Set.of("ANALYST"));
        view.saveUser.click();

        UserDetails budi = users.loadUserByUsername("budi");
        assertThat(budi.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
        assertThat(budi.getPassword()).startsWith("$2").isNotEqualTo("rahasia-kupang");
        assertThat(encoder.matches("rahasia-kupang", budi.getPassword())).isTrue();
        assertThat(view.users.getListDataView().getItems().map(u -> u.username()).toList()).contains("budi");
        assertThat(service.auditLog()).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.USER_CHANGE));
    }

    @Test
    void aShortPasswordOrUnknownRoleIsRefusedAndNothingIsSaved() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        view.username.setValue("pendek");
        view.password.setValue("123");
        view.roles.setValue(Set.of("ANALYST"));
        view.saveUser.click();
        assertThat(users.find("pendek")).isEmpty();
    }

    @Test
    void watchlistsAreSavedInIngestsShape() {
        login("admin", "ADMIN");
        Watchlist w = service.saveWatchlist("banjir", "Banjir", "banjir\n\n genangan air \nbanjir", true);
        assertThat(w.keywords()).containsExactly("banjir", "genangan air");
        assertThat(w.updatedBy()).isEqualTo("admin");
        assertThat(service.watchlists()).extracting(Watchlist::id).contains("banjir");
    }
}

package id.go.kupangkota.sasando.dashboard.admin;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditEvent;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.users.UserAccount;
import id.go.kupangkota.sasando.dashboard.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        saveUserForm(view, "budi", "Budi", "rahasia-kupang", "ANALYST");

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
        saveUserForm(view, "pendek", "", "123", "ANALYST");
        assertThat(users.find("pendek")).isEmpty();
        NotificationsKt.expectNotifications("Tidak disimpan: kata sandi minimal 8 karakter.");
    }

    @Test
    void refusedInputIsExplainedInTheAdminsLanguage() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        saveUserForm(view, "Budi Besar", "", "rahasia-kupang", "ANALYST");
        NotificationsKt.expectNotifications("Tidak disimpan: nama pengguna harus 2 sampai 40 karakter: huruf kecil a-z, "
                + "angka 0-9, titik, garis bawah atau tanda hubung.");

        view.watchlistId.setValue("Banjir Besar");
        view.saveWatchlist.click();
        NotificationsKt.expectNotifications("Tidak disimpan: ID daftar pantauan harus diawali huruf kecil atau angka, "
                + "lalu huruf kecil, angka atau tanda hubung (paling banyak 64).");
        // ingest could not read an id with a dot or an underscore, and would fall back to the seed file
        for (String id : List.of("banjir.kupang", "banjir_kupang")) {
            view.watchlistId.setValue(id);
            view.saveWatchlist.click();
            NotificationsKt.expectNotifications("Tidak disimpan: ID daftar pantauan harus diawali huruf kecil atau "
                    + "angka, lalu huruf kecil, angka atau tanda hubung (paling banyak 64).");
        }

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(AdminView.class);
        AdminView english = LocatorJ._get(AdminView.class);
        english.watchlistId.setValue("Banjir Besar");
        english.saveWatchlist.click();
        NotificationsKt.expectNotifications("Not saved: a watchlist ID starts with a lower-case letter or digit, "
                + "followed by lower-case letters, digits or hyphens (64 at most).");
    }

    @Test
    void theAdminsOwnRowOffersNeitherDisablingNorDeletingAndSaysWhy() {
        login("sendiri2", "ADMIN");
        users.save("sendiri2", "Sendiri", "rahasia-kupang", List.of("ADMIN"));
        users.save("lain", "Lain", "rahasia-kupang", List.of("ANALYST"));
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        List<String> names = GridKt._findAll(view.users).stream().map(UserAccount::username).toList();
        for (String column : List.of(AdminView.ENABLED_COLUMN, AdminView.DELETE_COLUMN)) {
            Button own = (Button) GridKt._getCellComponent(view.users, names.indexOf("sendiri2"), column);
            assertThat(own.isEnabled()).as(column + " on the own row").isFalse();
            assertThat(own.getTooltip().getText()).startsWith("Ini akun Anda sendiri");
            Button other = (Button) GridKt._getCellComponent(view.users, names.indexOf("lain"), column);
            assertThat(other.isEnabled()).as(column + " on another row").isTrue();
        }
    }

    @Test
    void theAuditLogSaysActionsAndDetailsInTheAdminsLanguage() {
        login("admin", "ADMIN");
        users.save("dicatat", "Dicatat", "rahasia-kupang", List.of("ANALYST"));
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        assertThat(GridKt._findAll(view.audit)).isNotEmpty();
        List<String> actions = new java.util.ArrayList<>();
        List<String> details = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(view.audit); i++) {
            actions.add(GridKt._getFormattedRow(view.audit, i).get(2));
            details.add(GridKt._getFormattedRow(view.audit, i).get(3));
        }
        assertThat(actions).contains("Perubahan pengguna").doesNotContain("USER_CHANGE");
        assertThat(details).contains("Pengguna dicatat disimpan, peran: Analis");
    }

    @Test
    void theDashboardsOwnNamesAreNoUsersAndReadInTheAdminsWordsInTheAuditLog() {
        AdminView view = openAsAdmin();
        // a user "scheduler" would read as the Monday schedule in the audit log and as "Otomatis" in Laporan
        for (String name : List.of("scheduler", "system")) {
            saveUserForm(view, name, "", "rahasia-kupang", "ANALYST");
            assertThat(users.find(name)).as(name).isEmpty();
            NotificationsKt.expectNotifications("Tidak disimpan: nama pengguna " + name
                    + " dipakai Sasando sendiri di log audit. Pilih nama lain.");
            NotificationsKt.clearNotifications();
        }

        Instant at = Instant.parse("2026-11-30T23:00:00Z");
        assertThat(view.auditUser(new AuditEvent(at, "scheduler", AuditAction.REPORT_GENERATE, "", null, null)))
                .isEqualTo("Jadwal otomatis");
        assertThat(view.auditUser(new AuditEvent(at, "system", AuditAction.USER_CHANGE, "", null, null)))
                .isEqualTo("Sistem (saat mulai)");
        // a sign-in keeps the name someone typed, whatever it is
        assertThat(view.auditUser(new AuditEvent(at, "system", AuditAction.LOGIN_FAILED, "", null, null)))
                .isEqualTo("system");
        assertThat(view.auditUser(new AuditEvent(at, "analis", AuditAction.EXPORT, "", null, null)))
                .isEqualTo("analis");
    }

    @Test
    void anAdminDeletesAUserAfterConfirmingAndTheDeletionIsAudited() {
        AdminView view = clickAsAdmin(AdminView.DELETE_COLUMN, "hapus.saya", "Hapus", "ANALYST");
        assertThat(users.find("hapus.saya")).as("nothing happens before the admin confirms").isPresent();
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(users.find("hapus.saya")).isEmpty();
        assertThat(GridKt._findAll(view.users)).extracting(UserAccount::username).doesNotContain("hapus.saya");
        assertThat(service.auditLog()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.USER_CHANGE);
            assertThat(e.username()).isEqualTo("admin");
            assertThat(e.detail()).isEqualTo("User hapus.saya deleted");
            assertThat(e.detailKind()).isEqualTo("USER_DELETED");
            assertThat(e.detailArgs()).containsExactly("hapus.saya");
        });
    }

    @Test
    void aDisabledUserCanNoLongerSignInAndTheChangeIsAudited() {
        AdminView view = clickAsAdmin(AdminView.ENABLED_COLUMN, "nonaktif", "Nonaktif", "LEADERSHIP");

        assertThat(users.loadUserByUsername("nonaktif").isEnabled()).isFalse();
        assertThat(service.auditLog()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("User nonaktif disabled"));
    }

    @Test
    void anAdminCannotDisableOrDeleteThemselves() {
        login("sendiri", "ADMIN");
        users.save("sendiri", "Sendiri", "rahasia-kupang", List.of("ADMIN", "ANALYST"));
        users.save("cadangan", "Cadangan", "rahasia-kupang", List.of("ADMIN"));
        assertThatThrownBy(() -> service.setEnabled("sendiri", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.deleteUser("sendiri")).isInstanceOf(IllegalArgumentException.class);
        assertThat(users.find("sendiri")).get().satisfies(u -> assertThat(u.enabled()).isTrue());
    }

    @Test
    void onlyAnAdminManagesUsersOrReadsTheAuditLogEvenCallingTheServiceDirectly() {
        login("admin", "ADMIN");
        users.save("tetap", "Tetap", "rahasia-kupang", List.of("LEADERSHIP"));
        for (String role : List.of("ANALYST", "LEADERSHIP")) {
            login("bukan-admin", role);
            String newcomer = "naik-" + role.toLowerCase();
            assertThatThrownBy(() -> service.createUser(newcomer, "Naik", "rahasia-kupang", List.of("ADMIN")))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.updateUser("tetap", "Diubah", "", List.of("ADMIN")))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.setEnabled("tetap", false)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deleteUser("tetap")).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.users()).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.auditLog()).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.watchlists()).as(role).isInstanceOf(AccessDeniedException.class);
            assertThat(users.find(newcomer)).as(role).isEmpty();
        }
        assertThat(users.find("tetap")).get().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("Tetap");
            assertThat(u.roles()).containsExactly("LEADERSHIP");
            assertThat(u.enabled()).isTrue();
        });
    }

    @Test
    void theLastActiveAdminCannotBeDisabledOrDeletedButOneOfTwoCan() {
        login("penguji", "ADMIN");
        users.save("kepala", "Kepala", "rahasia-kupang", List.of("ADMIN"));
        disableEveryAdminBut("kepala");
        assertThatThrownBy(() -> service.setEnabled("kepala", false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last active admin");
        assertThatThrownBy(() -> service.deleteUser("kepala")).isInstanceOf(IllegalArgumentException.class);
        assertThat(users.find("kepala")).get().satisfies(u -> assertThat(u.enabled()).isTrue());

        users.save("wakil", "Wakil", "rahasia-kupang", List.of("ADMIN"));
        service.setEnabled("kepala", false);
        assertThat(users.find("kepala")).get().satisfies(u -> assertThat(u.enabled()).isFalse());
        assertThatThrownBy(() -> service.deleteUser("wakil")).isInstanceOf(IllegalArgumentException.class);
        service.deleteUser("kepala"); // a disabled admin is no longer needed to keep the dashboard managed
        assertThat(users.find("kepala")).isEmpty();
    }

    /** Other tests of this class may have left admins behind: only {@code keep} may stay active. */
    private void disableEveryAdminBut(String keep) {
        users.all().stream().filter(u -> u.enabled() && u.roles().contains("ADMIN") && !u.username().equals(keep))
                .forEach(u -> users.setEnabled(u.username(), false));
    }

    @Test
    void watchlistsAreSavedInIngestsShape() {
        login("admin", "ADMIN");
        Watchlist w = service.saveWatchlist("banjir", "Banjir", "banjir\n\n genangan air \nbanjir",
                "#BanjirKupang\nbanjirkupang", "@bpbd_kupang", true, true);
        assertThat(w.keywords()).containsExactly("banjir", "genangan air");
        // with or without the # and the @, stored as the seed file writes them
        assertThat(w.hashtags()).containsExactly("#BanjirKupang", "#banjirkupang");
        assertThat(w.accounts()).containsExactly("@bpbd_kupang");
        assertThat(w.updatedBy()).isEqualTo("admin");
        assertThat(service.watchlists()).extracting(Watchlist::id).contains("banjir");

        // the table shows all it collects, under a header without the form's "(one per line)"
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        Grid.Column<Watchlist> collects = view.watchlists.getColumnByKey(AdminView.WATCHLIST_COLLECTS_COLUMN);
        assertThat(collects.getHeaderText()).isEqualTo("Kata kunci, tagar dan akun");
        int row = GridKt._findAll(view.watchlists).stream().map(Watchlist::id).toList().indexOf("banjir");
        assertThat(GridKt._getFormattedRow(view.watchlists, row))
                .contains("banjir, genangan air, #BanjirKupang, #banjirkupang, @bpbd_kupang");
    }

    @Test
    void theNewUserFormNeverReplacesAnExistingUser() {
        String hash = analystExists("ada", "Ada");
        AdminView view = openAsAdmin();
        view.newUser.click();
        saveUserForm(view, "ada", "Penyusup", "sandi-baru-123", "ADMIN");

        NotificationsKt.expectNotifications("Tidak disimpan: pengguna ada sudah ada. Pilih barisnya di tabel untuk "
                + "mengubahnya.");
        UserAccount ada = users.find("ada").orElseThrow();
        assertThat(ada.passwordHash()).isEqualTo(hash);
        assertThat(ada.roles()).containsExactly("ANALYST");
        assertThat(ada.displayName()).isEqualTo("Ada");
    }

    @Test
    void aSelectedUserIsRenamedOrGivenRolesWithoutResettingThePassword() {
        String hash = analystExists("ubah", "Ubah");
        AdminView view = openAsAdmin();
        view.users.select(users.find("ubah").orElseThrow());
        assertThat(view.username.isReadOnly()).isTrue();
        assertThat(view.password.getHelperText()).isEqualTo("Kosongkan untuk tetap memakai kata sandi yang sekarang.");
        view.displayName.setValue("Ubah Nama");
        view.roles.setValue(Set.of("ANALYST", "LEADERSHIP"));
        view.saveUser.click();

        NotificationsKt.expectNotifications("Pengguna disimpan.");
        UserAccount ubah = users.find("ubah").orElseThrow();
        assertThat(ubah.displayName()).isEqualTo("Ubah Nama");
        assertThat(ubah.roles()).containsExactlyInAnyOrder("ANALYST", "LEADERSHIP");
        assertThat(ubah.passwordHash()).isEqualTo(hash);
        // a new password typed for a selected user does change it
        users.update("ubah", "Ubah Nama", "sandi-baru-123", List.of("ANALYST"));
        assertThat(encoder.matches("sandi-baru-123", users.find("ubah").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aNewWatchlistNeverReplacesOneAndMustCollectSomething() {
        login("admin", "ADMIN");
        service.saveWatchlist("hoaks-uji", "Hoaks", "hoaks\npesan berantai", "", "cekfakta", true, true);
        AdminView view = openAsAdmin();
        view.newWatchlist.click();
        view.watchlistId.setValue("hoaks-uji");
        view.watchlistName.setValue("Timpa?");
        view.keywords.setValue("x");
        view.saveWatchlist.click();
        NotificationsKt.expectNotifications("Tidak disimpan: daftar pantauan hoaks-uji sudah ada. Pilih barisnya di "
                + "tabel untuk mengubahnya.");
        assertThat(service.watchlists()).filteredOn(w -> w.id().equals("hoaks-uji")).singleElement()
                .satisfies(w -> assertThat(w.keywords()).containsExactly("hoaks", "pesan berantai"));

        NotificationsKt.clearNotifications();
        view.watchlistId.setValue("kosong");
        view.keywords.clear();
        view.saveWatchlist.click();
        NotificationsKt.expectNotifications("Tidak disimpan: isi minimal satu kata kunci, tagar atau akun.");

        // a selected watchlist is edited, and says so as a watchlist, not as a user
        NotificationsKt.clearNotifications();
        view.watchlists.select(service.watchlists().stream().filter(w -> w.id().equals("hoaks-uji")).findFirst()
                .orElseThrow());
        assertThat(view.watchlistId.isReadOnly()).isTrue();
        assertThat(view.accounts.getValue()).isEqualTo("@cekfakta"); // what it collects is all on the form
        view.keywords.setValue("hoaks\npesan berantai\nberita palsu");
        view.saveWatchlist.click();
        NotificationsKt.expectNotifications("Daftar pantauan disimpan.");
        assertThat(service.watchlists()).filteredOn(w -> w.id().equals("hoaks-uji")).singleElement()
                .satisfies(w -> {
                    assertThat(w.keywords()).hasSize(3);
                    assertThat(w.accounts()).containsExactly("@cekfakta");
                });
    }

    @Test
    void anAdminDeletesAWatchlistAfterConfirmingItIsGoneAndTheDeletionIsAudited() throws Exception {
        AdminView view = clickWatchlistDelete("hapus-uji", "Hapus uji");
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(dialog)).isEqualTo("Hapus daftar pantauan?");
        assertThat(ConfirmDialogKt._getText(dialog)).isEqualTo("Daftar pantauan hapus-uji (Hapus uji) akan "
                + "dihapus dan tidak dikumpulkan lagi. Catatan auditnya tetap disimpan.");
        assertThat(service.watchlists()).as("nothing happens before the admin confirms")
                .extracting(Watchlist::id).contains("hapus-uji");
        ConfirmDialogKt._fireConfirm(dialog); // as the browser: the confirmation, and the dialog closes

        NotificationsKt.expectNotifications("Daftar pantauan dihapus.");
        assertThat(service.watchlists()).extracting(Watchlist::id).doesNotContain("hapus-uji");
        assertThat(GridKt._findAll(view.watchlists)).extracting(Watchlist::id).doesNotContain("hapus-uji");
        assertThat(view.watchlistId.getValue()).as("the deleted watchlist left the form").isEmpty();
        // in Elasticsearch a tombstone, which ingest neither collects nor seeds again (ingest's WatchlistRepositoryIT)
        Watchlist stored = client.get(g -> g.index(indexes().alias(SasandoIndex.WATCHLISTS)).id("hapus-uji"),
                Watchlist.class).source();
        assertThat(stored.deleted()).isTrue();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.keywords()).isEmpty();
        assertThat(stored.updatedBy()).isEqualTo("admin");
        assertThat(service.auditLog()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.WATCHLIST_CHANGE);
            assertThat(e.username()).isEqualTo("admin");
            assertThat(e.detail()).isEqualTo("Watchlist hapus-uji (Hapus uji) deleted");
            assertThat(e.detailKind()).isEqualTo("WATCHLIST_DELETED");
            assertThat(e.detailArgs()).containsExactly("hapus-uji", "Hapus uji");
        });
    }

    @Test
    void aCancelledDeletionKeepsTheWatchlistAndTheDialogSpeaksEnglishToAnEnglishAdmin() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        AdminView view = clickWatchlistDelete("batal-uji", "Batal uji");
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(dialog)).isEqualTo("Delete watchlist?");
        assertThat(ConfirmDialogKt._getText(dialog)).isEqualTo("Watchlist batal-uji (Batal uji) will be "
                + "deleted and no longer collected. Its audit entries are kept.");
        ConfirmDialogKt._fireCancel(dialog);

        assertThat(service.watchlists()).extracting(Watchlist::id).contains("batal-uji");
        assertThat(GridKt._findAll(view.watchlists)).extracting(Watchlist::id).contains("batal-uji");
        assertThat(service.auditLog()).filteredOn(e -> "WATCHLIST_DELETED".equals(e.detailKind()))
                .noneMatch(e -> e.detailArgs().contains("batal-uji"));
    }

    @Test
    void onlyAnAdminEditsOrDeletesAWatchlistAnalystsAndLeadershipSeeNoAdminPage() {
        login("admin", "ADMIN");
        service.saveWatchlist("tetap-uji", "Tetap", "tetap", "", "", true, true);
        for (String role : List.of("ANALYST", "LEADERSHIP")) {
            login("bukan-admin", role);
            UI.getCurrent().navigate(AdminView.class);
            assertThat(LocatorJ._find(AdminView.class)).as(role + " sees no delete button").isEmpty();
            assertThatThrownBy(() -> service.deleteWatchlist("tetap-uji")).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.saveWatchlist("tetap-uji", "Diubah", "lain", "", "", false, false))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        login("admin", "ADMIN");
        assertThat(service.watchlists()).extracting(Watchlist::id).contains("tetap-uji");
    }

    @Test
    void aDeletedWatchlistsIdMayBeUsedAgainAndAMissingOneIsRefused() {
        login("admin", "ADMIN");
        service.saveWatchlist("lagi-uji", "Lagi", "lama", "", "", true, true);
        service.deleteWatchlist("lagi-uji");
        assertThatThrownBy(() -> service.deleteWatchlist("lagi-uji")).isInstanceOf(TranslatableException.class)
                .hasMessageContaining("no watchlist lagi-uji");

        Watchlist again = service.saveWatchlist("lagi-uji", "Lagi", "baru", "", "", true, true);
        assertThat(again.deleted()).isFalse();
        assertThat(service.watchlists()).filteredOn(w -> w.id().equals("lagi-uji")).singleElement()
                .satisfies(w -> assertThat(w.keywords()).containsExactly("baru"));
    }

    /** Signs in as an admin, adds a watchlist, opens the admin view, selects it and clicks its delete button. */
    private AdminView clickWatchlistDelete(String id, String name) {
        login("admin", "ADMIN");
        service.saveWatchlist(id, name, "kata " + id, "", "", true, true);
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        view.watchlists.select(service.watchlists().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow());
        NotificationsKt.clearNotifications();
        int row = GridKt._findAll(view.watchlists).stream().map(Watchlist::id).toList().indexOf(id);
        ButtonKt._click((Button) GridKt._getCellComponent(view.watchlists, row, AdminView.WATCHLIST_DELETE_COLUMN));
        return view;
    }

    private Indexes indexes() {
        return new Indexes(settings.indexPrefix());
    }

    /** Fills the user form as an admin would and clicks save. */
    private static void saveUserForm(AdminView view, String username, String displayName, String password,
                                     String... roles) {
        view.username.setValue(username);
        view.displayName.setValue(displayName);
        view.password.setValue(password);
        view.roles.setValue(Set.of(roles));
        view.saveUser.click();
    }

    /** Saves an analyst, as an admin; returns their password hash, to tell whether a later save replaced it. */
    private String analystExists(String username, String name) {
        login("admin", "ADMIN");
        users.save(username, name, "rahasia-kupang", List.of("ANALYST"));
        return users.find(username).orElseThrow().passwordHash();
    }

    /** Signs in as an admin and opens the admin view, with no notification left from before. */
    private AdminView openAsAdmin() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate(AdminView.class);
        NotificationsKt.clearNotifications();
        return LocatorJ._get(AdminView.class);
    }

    /** Signs in as an admin, adds a user, opens the admin view and clicks that user's button in {@code column}. */
    private AdminView clickAsAdmin(String column, String username, String name, String role) {
        login("admin", "ADMIN");
        users.save(username, name, "rahasia-kupang", List.of(role));
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = LocatorJ._get(AdminView.class);
        int row = GridKt._findAll(view.users).stream().map(UserAccount::username).toList().indexOf(username);
        ButtonKt._click((Button) GridKt._getCellComponent(view.users, row, column));
        return view;
    }
}

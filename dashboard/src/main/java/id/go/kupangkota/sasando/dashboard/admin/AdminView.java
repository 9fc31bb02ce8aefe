package id.go.kupangkota.sasando.dashboard.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditEvent;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.users.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Admin: users and roles, watchlists, the audit log. */
@Route("admin")
@Menu(order = 90, icon = "vaadin:cog", title = "menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminView extends VerticalLayout implements HasDynamicTitle {
    private static final Logger log = LoggerFactory.getLogger(AdminView.class);

    static final String ENABLED_COLUMN = "enabled";
    static final String DELETE_COLUMN = "delete";
    static final String WATCHLIST_DELETE_COLUMN = "watchlist-delete";
    static final String WATCHLIST_COLLECTS_COLUMN = "watchlist-collects";

    private final AdminService service;
    final Grid<UserAccount> users = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button saveUser = new Button();
    final Button newUser = new Button();
    final Grid<Watchlist> watchlists = new Grid<>();
    final TextField watchlistId = new TextField();
    final TextField watchlistName = new TextField();
    final TextArea keywords = new TextArea();
    final TextArea hashtags = new TextArea();
    final TextArea accounts = new TextArea();
    final Checkbox watchlistEnabled = new Checkbox();
    final Button saveWatchlist = new Button();
    final Button newWatchlist = new Button();
    final Grid<AuditEvent> audit = new Grid<>();

    AdminView(AdminService service) {
        this.service = service;
        users.addColumn(UserAccount::username).setHeader(getTranslation("admin.username"));
        users.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.display_name"));
        users.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.roles"));
        // an admin can neither disable nor delete themselves (the service refuses it too): their own row
        // offers neither, and says why, instead of refusing after a confirmation
        users.addComponentColumn(u -> {
            Button toggle = new Button(getTranslation(u.enabled() ? "admin.disable" : "admin.enable"),
                    e -> act(() -> service.setEnabled(u.username(), !u.enabled())));
            return ownRow(toggle, u);
        }).setHeader(getTranslation("admin.enabled")).setKey(ENABLED_COLUMN);
        users.addComponentColumn(u -> {
            Button delete = new Button(getTranslation("admin.delete"), e -> confirmDelete(u.username()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return ownRow(delete, u);
        }).setHeader(getTranslation("admin.actions")).setKey(DELETE_COLUMN);
        users.setAllRowsVisible(true);
        // a selected row is edited (its username fixed, its password kept unless a new one is typed);
        // "new user" empties the form, and then an existing username is refused, never replaced
        users.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                username.setValue(e.getValue().username());
                displayName.setValue(e.getValue().displayName());
                roles.setValue(java.util.Set.copyOf(e.getValue().roles()));
            }
            username.setReadOnly(e.getValue() != null);
            password.setHelperText(e.getValue() != null ? getTranslation("admin.password.keep") : null);
        });
        newUser.setText(getTranslation("admin.user.new"));
        newUser.addClickListener(e -> {
            users.asSingleSelect().clear();
            username.clear();
            displayName.clear();
            password.clear();
            roles.clear();
        });
        username.setLabel(getTranslation("admin.username"));
        displayName.setLabel(getTranslation("admin.display_name"));
        password.setLabel(getTranslation("admin.password"));
        roles.setLabel(getTranslation("admin.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        saveUser.setText(getTranslation("admin.save"));
        saveUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveUser.addClickListener(e -> act("admin.saved", () -> {
            if (users.asSingleSelect().isEmpty()) {
                service.createUser(username.getValue(), displayName.getValue(), password.getValue(), roles.getValue());
            } else {
                service.updateUser(username.getValue(), displayName.getValue(), password.getValue(), roles.getValue());
            }
            password.clear();
        }));

        watchlists.addColumn(Watchlist::id).setHeader(getTranslation("admin.watchlist.id")).setAutoWidth(true)
                .setFlexGrow(0);
        watchlists.addColumn(Watchlist::name).setHeader(getTranslation("admin.watchlist.name")).setAutoWidth(true)
                .setFlexGrow(0);
        // hashtags and accounts too, under a header that is no form's "(one per line)"; the widest column,
        // as the one a reader needs most
        watchlists.addColumn(AdminView::collects).setKey(WATCHLIST_COLLECTS_COLUMN)
                .setHeader(getTranslation("admin.watchlist.collects")).setTooltipGenerator(AdminView::collects)
                .setFlexGrow(1);
        watchlists.addColumn(w -> w.enabled() ? "✓" : "").setHeader(getTranslation("admin.watchlist.active"))
                .setAutoWidth(true).setFlexGrow(0);
        watchlists.addComponentColumn(w -> {
            Button delete = new Button(getTranslation("admin.delete"), e -> confirmDelete(w));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setHeader(getTranslation("admin.actions")).setKey(WATCHLIST_DELETE_COLUMN).setAutoWidth(true)
                .setFlexGrow(0);
        watchlists.setAllRowsVisible(true);
        watchlists.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                watchlistId.setValue(e.getValue().id());
                watchlistName.setValue(e.getValue().name());
                keywords.setValue(String.join("\n", e.getValue().keywords()));
                hashtags.setValue(String.join("\n", e.getValue().hashtags()));
                accounts.setValue(String.join("\n", e.getValue().accounts()));
                watchlistEnabled.setValue(e.getValue().enabled());
            }
            watchlistId.setReadOnly(e.getValue() != null);
        });
        newWatchlist.setText(getTranslation("admin.watchlist.new"));
        newWatchlist.addClickListener(e -> clearWatchlistForm());
        watchlistId.setLabel(getTranslation("admin.watchlist.id"));
        watchlistName.setLabel(getTranslation("admin.watchlist.name"));
        keywords.setLabel(getTranslation("admin.watchlist.terms"));
        hashtags.setLabel(getTranslation("admin.watchlist.hashtags"));
        accounts.setLabel(getTranslation("admin.watchlist.accounts"));
        watchlistEnabled.setLabel(getTranslation("admin.watchlist.active"));
        watchlistEnabled.setValue(true);
        saveWatchlist.setText(getTranslation("admin.watchlist.save"));
        saveWatchlist.addClickListener(e -> act("admin.watchlist.saved", () -> service.saveWatchlist(
                watchlistId.getValue(), watchlistName.getValue(), keywords.getValue(), hashtags.getValue(),
                accounts.getValue(), watchlistEnabled.getValue(), watchlists.asSingleSelect().isEmpty())));

        // the detail is the long one: the other columns take what they need, the detail the rest
        audit.addColumn(a -> Dates.seconds(a.at())).setHeader(getTranslation("admin.audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        audit.addColumn(this::auditUser).setHeader(getTranslation("admin.audit.user"))
                .setAutoWidth(true).setFlexGrow(0);
        audit.addColumn(a -> getTranslation("audit.action." + a.action().name()))
                .setHeader(getTranslation("admin.audit.action")).setAutoWidth(true).setFlexGrow(0);
        audit.addColumn(a -> AuditDetail.describe(a, getLocale())).setHeader(getTranslation("admin.audit.detail"))
                .setFlexGrow(1).setTooltipGenerator(a -> AuditDetail.describe(a, getLocale()));

        add(new H2(getTranslation("admin.title")),
                new H3(getTranslation("admin.users")), users,
                new FormLayout(username, displayName, password, roles), new HorizontalLayout(saveUser, newUser),
                new H3(getTranslation("admin.watchlists")), watchlists,
                new FormLayout(watchlistId, watchlistName, keywords, hashtags, accounts, watchlistEnabled),
                new HorizontalLayout(saveWatchlist, newWatchlist),
                new H3(getTranslation("admin.audit")), audit);
        refresh();
    }

    /** Deleting cannot be undone, so it is asked once more; the dialog names the user as plain text. */
    private void confirmDelete(String user) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("admin.delete.confirm.title"),
                getTranslation("admin.delete.confirm.text", user), getTranslation("admin.delete"),
                e -> act(() -> service.deleteUser(user)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * Deleting a watchlist stops its collection for good, so it is asked once more, naming it; the form
     * is emptied afterwards, so that a save does not bring the deleted watchlist back by accident.
     */
    private void confirmDelete(Watchlist w) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("admin.watchlist.delete.confirm.title"),
                getTranslation("admin.watchlist.delete.confirm.text", w.id(), w.name()), getTranslation("admin.delete"),
                e -> {
                    act("admin.watchlist.deleted", () -> service.deleteWatchlist(w.id()));
                    if (w.id().equals(watchlistId.getValue())) {
                        clearWatchlistForm();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void clearWatchlistForm() {
        watchlists.asSingleSelect().clear();
        watchlistId.clear();
        watchlistName.clear();
        keywords.clear();
        hashtags.clear();
        accounts.clear();
        watchlistEnabled.setValue(true);
    }

    /** Disables a button of the signed-in admin's own row, with the reason as its tooltip. */
    private Button ownRow(Button button, UserAccount u) {
        if (service.isSelf(u.username())) {
            button.setEnabled(false);
            button.setTooltipText(getTranslation("admin.self"));
        }
        return button;
    }

    /** Runs an admin action; a refused one (bad input) is shown to the admin, nothing is half-saved. */
    private void act(Runnable action) {
        act("admin.saved", action);
    }

    /** Runs an admin action and says {@code done} (a translation key) when it went through. */
    private void act(String done, Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation(done));
        } catch (TranslatableException e) {
            // the reason names the rule that was broken (length, allowed characters, roles), in the admin's language
            refused(getTranslation(e.key(), e.params()));
        } catch (IllegalArgumentException e) {
            log.warn("admin action refused without a translated reason", e);
            refused(getTranslation("admin.error.other"));
        }
        refresh();
    }

    private void refused(String reason) {
        Notification.show(getTranslation("admin.invalid", reason), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        users.setItems(service.users());
        watchlists.setItems(service.watchlists());
        audit.setItems(service.auditLog());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin") + " | " + getTranslation("app.name");
    }

    /**
     * Who acted, the dashboard's own names ("system", "scheduler") in the admin's words; a sign-in keeps
     * the name as typed, as that is what someone tried.
     */
    String auditUser(AuditEvent event) {
        boolean signIn = event.action() == AuditAction.LOGIN || event.action() == AuditAction.LOGIN_FAILED;
        return !signIn && CurrentUser.RESERVED.contains(event.username())
                ? getTranslation("audit.user." + event.username()) : event.username();
    }

    /** All a watchlist collects: its keywords, then its hashtags and accounts, stored with their # and @. */
    static String collects(Watchlist w) {
        return Stream.of(w.keywords(), w.hashtags(), w.accounts()).flatMap(List::stream)
                .collect(Collectors.joining(", "));
    }
}

package id.go.kupangkota.sasando.dashboard.admin;

import id.go.kupangkota.sasando.core.watchlist.WatchlistId;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditEvent;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.users.UserAccount;
import id.go.kupangkota.sasando.dashboard.users.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What the admin view does: users, watchlists, the audit log. Every use case checks that the signed-in
 * user is an admin itself, not only the view's route: a view of another role that calls it one day (or a
 * button left reachable) must not let an analyst give themselves the admin role.
 */
@Service
public class AdminService {
    static final int AUDIT_LINES = 200;

    private final UserService users;
    private final WatchlistRepository watchlists;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminService(UserService users, WatchlistRepository watchlists, AuditService audit, CurrentUser currentUser,
                 Clock clock) {
        this.users = users;
        this.watchlists = watchlists;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<UserAccount> users() {
        requireAdmin("reads the users");
        return users.all();
    }

    /** A new user; an existing username is refused ({@link UserService#create}). */
    public void createUser(String username, String displayName, String password, Collection<String> roles) {
        requireAdmin("creates users");
        users.create(username, displayName, password, roles);
    }

    /** An existing user's name and roles, and their password only when a new one is typed. */
    public void updateUser(String username, String displayName, String password, Collection<String> roles) {
        requireAdmin("changes users");
        users.update(username, displayName, password, roles);
    }

    /** Whether the user is the signed-in admin: their own row offers neither disabling nor deleting. */
    public boolean isSelf(String username) {
        return username.equals(currentUser.username());
    }

    public void setEnabled(String username, boolean enabled) {
        requireAdmin("enables or disables users");
        if (!enabled && isSelf(username)) {
            throw new TranslatableException("an admin cannot disable their own account", "admin.error.self_disable");
        }
        users.setEnabled(username, enabled);
    }

    public void deleteUser(String username) {
        requireAdmin("deletes users");
        if (isSelf(username)) {
            throw new TranslatableException("an admin cannot delete their own account", "admin.error.self_delete");
        }
        users.delete(username);
    }

    public List<Watchlist> watchlists() {
        requireAdmin("reads the watchlists here");
        return watchlists.all();
    }

    /**
     * Saves a watchlist; keywords, hashtags and accounts come one per line, blank lines dropped, with
     * or without a hashtag's '#' and an account's '@'. {@code isNew}: the admin is creating one, and an existing
     * id is refused rather than replaced. A watchlist must collect something.
     */
    public Watchlist saveWatchlist(String id, String name, String keywordLines, String hashtagLines,
                                   String accountLines, boolean enabled, boolean isNew) {
        requireAdmin("edits watchlists");
        if (!WatchlistId.valid(id)) {
            throw new TranslatableException("watchlist id must match " + WatchlistId.PATTERN + ": " + id,
                    "admin.error.watchlist_id");
        }
        List<String> keywords = lines(keywordLines, "");
        List<String> hashtags = lines(hashtagLines, "#");
        List<String> accounts = lines(accountLines, "@");
        Watchlist old = watchlists.all().stream().filter(w -> w.id().equals(id)).findFirst().orElse(null);
        if (isNew && old != null) {
            throw new TranslatableException("watchlist exists: " + id, "admin.error.watchlist_exists", id);
        }
        if (keywords.isEmpty() && hashtags.isEmpty() && accounts.isEmpty()) {
            throw new TranslatableException("a watchlist needs a keyword: " + id, "admin.error.watchlist_empty");
        }
        Watchlist w = new Watchlist(id, name == null || name.isBlank() ? id : name.strip(),
                old == null ? "" : old.description(), keywords,
                hashtags, accounts,
                old == null ? List.of() : old.topics(), old == null ? List.of() : old.sources(),
                enabled, clock.instant(), currentUser.username(), false);
        watchlists.save(w);
        audit.record(AuditAction.WATCHLIST_CHANGE, AuditDetail.WATCHLIST_SAVED, id, keywords.size());
        return w;
    }

    /**
     * Deletes a watchlist: ingest stops collecting it, the seed file does not bring it back, and its id
     * may be used again. For admins, who alone edit watchlists; the audit log keeps its id and name.
     */
    public void deleteWatchlist(String id) {
        requireAdmin("deletes watchlists");
        Watchlist old = watchlists.all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new TranslatableException("no watchlist " + id, "admin.error.watchlist_missing",
                        id));
        watchlists.save(old.deletedBy(currentUser.username(), clock.instant()));
        audit.record(AuditAction.WATCHLIST_CHANGE, AuditDetail.WATCHLIST_DELETED, id, old.name());
    }

    /**
     * The lines of a text area, stripped, without blanks and repeats, each starting with {@code mark}
     * ('#', '@') whether typed or not, as in the seed file {@code config/watchlists.json}.
     */
    private static List<String> lines(String text, String mark) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(s -> s.strip().startsWith(mark) ? s.strip().substring(mark.length()).strip() : s.strip())
                .filter(s -> !s.isEmpty()).map(s -> mark + s).distinct().toList();
    }

    public List<AuditEvent> auditLog() {
        requireAdmin("reads the audit log");
        return audit.latest(AUDIT_LINES);
    }

    private void requireAdmin(String what) {
        if (!currentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("only an admin " + what);
        }
    }
}

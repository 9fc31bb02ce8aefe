package id.go.kupangkota.sasando.dashboard.users;

import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates and changes dashboard users; Spring Security signs them in through {@link #loadUserByUsername}. */
@Service
public class UserService implements UserDetailsService {
    /** Lower-case letters, digits, dot, dash, underscore: usernames are also document ids. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    UserService(UserRepository repository, PasswordEncoder encoder, AuditService audit, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount u = repository.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(u.username())
                .password(u.passwordHash())
                .disabled(!u.enabled())
                .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }

    public List<UserAccount> all() {
        return repository.findAll();
    }

    public Optional<UserAccount> find(String username) {
        return repository.find(username);
    }

    public boolean anyUser() {
        return repository.count() > 0;
    }

    /** Creates a user, or replaces the password and roles of an existing one. */
    public UserAccount save(String username, String displayName, String password, Collection<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new TranslatableException("username must be 2-40 of a-z 0-9 . _ -: " + username,
                    "admin.error.username");
        }
        if (CurrentUser.RESERVED.contains(username)) {
            throw new TranslatableException("username is the dashboard's own: " + username,
                    "admin.error.username.reserved", username);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new TranslatableException("password must have at least " + MIN_PASSWORD_LENGTH + " characters",
                    "admin.error.password", MIN_PASSWORD_LENGTH);
        }
        List<String> checked = checkRoles(roles);
        Instant now = clock.instant();
        Instant created = repository.find(username).map(UserAccount::createdAt).orElse(now);
        return store(new UserAccount(username, displayName == null ? username : displayName,
                encoder.encode(password), checked, true, created, now));
    }

    /** Saves the user as the admin form left them, and audits it with their roles. */
    private UserAccount store(UserAccount user) {
        repository.save(user);
        audit.record(AuditAction.USER_CHANGE, AuditDetail.USER_SAVED, user.username(), String.join(",", user.roles()));
        return user;
    }

    /**
     * Creates a user the admin form names for the first time: an existing username is refused, so a
     * typo in the "new user" form never replaces someone's password and roles.
     */
    public UserAccount create(String username, String displayName, String password, Collection<String> roles) {
        if (username != null && repository.find(username).isPresent()) {
            throw new TranslatableException("user exists: " + username, "admin.error.user_exists", username);
        }
        return save(username, displayName, password, roles);
    }

    /**
     * Changes an existing user's display name and roles, and their password only when a new one is
     * given (blank keeps it): renaming someone must not mean resetting their password.
     */
    public UserAccount update(String username, String displayName, String password, Collection<String> roles) {
        UserAccount u = existing(username);
        if (password != null && !password.isEmpty()) {
            return save(username, displayName, password, roles);
        }
        String name = displayName == null || displayName.isBlank() ? u.displayName() : displayName.strip();
        return store(new UserAccount(u.username(), name, u.passwordHash(), checkRoles(roles), u.enabled(),
                u.createdAt(), clock.instant()));
    }

    public void setRoles(String username, Collection<String> roles) {
        UserAccount u = existing(username);
        List<String> checked = checkRoles(roles);
        repository.save(new UserAccount(u.username(), u.displayName(), u.passwordHash(), checked, u.enabled(),
                u.createdAt(), clock.instant()));
        audit.record(AuditAction.USER_CHANGE, AuditDetail.USER_ROLES, username, String.join(",", checked));
    }

    public void setEnabled(String username, boolean enabled) {
        UserAccount u = existing(username);
        if (!enabled) {
            requireAnotherActiveAdmin(u);
        }
        repository.save(new UserAccount(u.username(), u.displayName(), u.passwordHash(), u.roles(), enabled,
                u.createdAt(), clock.instant()));
        audit.record(AuditAction.USER_CHANGE, enabled ? AuditDetail.USER_ENABLED : AuditDetail.USER_DISABLED, username);
    }

    /** Deletes a user; their audit entries stay, under their username. */
    public void delete(String username) {
        UserAccount u = existing(username);
        requireAnotherActiveAdmin(u);
        repository.delete(username);
        audit.record(AuditAction.USER_CHANGE, AuditDetail.USER_DELETED, username);
    }

    /** Someone must always be able to sign in and manage users: the last active admin stays. */
    private void requireAnotherActiveAdmin(UserAccount u) {
        if (u.enabled() && u.roles().contains(Roles.ADMIN) && repository.countEnabled(Roles.ADMIN) <= 1) {
            throw new TranslatableException("the last active admin cannot be disabled or deleted: " + u.username(),
                    "admin.error.last_admin", u.username());
        }
    }

    private UserAccount existing(String username) {
        return repository.find(username).orElseThrow(
                () -> new TranslatableException("no such user: " + username, "admin.error.no_user", username));
    }

    private static List<String> checkRoles(Collection<String> roles) {
        if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new TranslatableException("roles must be some of " + Roles.ALL + ": " + roles, "admin.error.roles");
        }
        return Roles.ALL.stream().filter(roles::contains).toList();
    }
}

package id.go.kupangkota.sasando.dashboard.base.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** The signed-in user of the current request, as services need it (audit, triage). */
@Component
public class CurrentUser {

    /** Who acts outside a signed-in request (start-up jobs). */
    public static final String SYSTEM = "system";
    /** Who makes the Monday reports and their catch-up at start. */
    public static final String SCHEDULER = "scheduler";
    /**
     * Names the dashboard itself acts under: no user may take one, or their actions would read as the
     * dashboard's own in the audit log and as "Otomatis" in Laporan.
     */
    public static final Set<String> RESERVED = Set.of(SYSTEM, SCHEDULER);

    /** The username, or {@link #SYSTEM} outside a signed-in request (start-up jobs). */
    public String username() {
        return authentication().map(Authentication::getName).orElse(SYSTEM);
    }

    public boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    /** Analysts and admins read posts, which name citizens (handles, texts); leadership reads figures only. */
    public boolean readsPosts() {
        return hasRole(Roles.ANALYST) || hasRole(Roles.ADMIN);
    }

    /**
     * Refuses a use case that shows or changes citizens' posts to anyone who does not read posts: each
     * service checks this itself, whatever view calls it, not only the view's route.
     *
     * @param refusal what the refused user is told, e.g. "searching posts is for analysts and admins"
     */
    public void requireReadsPosts(String refusal) {
        if (!readsPosts()) {
            throw new AccessDeniedException(refusal);
        }
    }

    private Optional<Authentication> authentication() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() ? Optional.empty() : Optional.of(a);
    }
}

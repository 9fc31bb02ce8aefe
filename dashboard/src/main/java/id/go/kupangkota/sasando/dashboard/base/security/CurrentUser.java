package id.go.kupangkota.sasando.dashboard.base.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the current request, as services need it (audit, triage). */
@Component
public class CurrentUser {

    /** The username, or {@code "system"} outside a signed-in request (start-up jobs). */
    public String username() {
        return authentication().map(Authentication::getName).orElse("system");
    }

    public boolean hasRole(String role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    private Optional<Authentication> authentication() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() ? Optional.empty() : Optional.of(a);
    }
}

package id.go.kupangkota.sasando.dashboard.audit;

import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** Records what users do that must be answerable later; sign-ins are picked up from Spring Security's events. */
@Service
public class AuditService {
    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in user. */
    public void record(AuditAction action, String detail) {
        record(currentUser.username(), action, detail);
    }

    public void record(String username, AuditAction action, String detail) {
        repository.append(new AuditEvent(clock.instant(), username, action, detail));
    }

    /** The newest events first. */
    public List<AuditEvent> latest(int size) {
        return repository.latest(size);
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGIN, "");
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED,
                event.getException().getClass().getSimpleName());
    }
}

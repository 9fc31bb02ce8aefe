package id.go.kupangkota.sasando.dashboard.audit;

import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Arrays;
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

    /** Records an action of the signed-in user, said by {@code detail} with {@code args}. */
    public void record(AuditAction action, AuditDetail detail, Object... args) {
        record(currentUser.username(), action, detail, args);
    }

    public void record(String username, AuditAction action, AuditDetail detail, Object... args) {
        List<String> text = Arrays.stream(args).map(String::valueOf).toList();
        repository.append(new AuditEvent(clock.instant(), username, action,
                detail == null ? "" : detail.render(text, Translations.ENGLISH), detail == null ? null : detail.name(),
                detail == null ? null : text));
    }

    /** The newest events first. */
    public List<AuditEvent> latest(int size) {
        return repository.latest(size);
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGIN, null);
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, AuditDetail.LOGIN_FAILED,
                event.getException().getClass().getSimpleName());
    }
}

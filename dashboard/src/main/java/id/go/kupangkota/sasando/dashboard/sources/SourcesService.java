package id.go.kupangkota.sasando.dashboard.sources;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Source health: what arrived, how the fetch runs went, and the alerts ingest raised, handled here. */
@Service
public class SourcesService {
    static final int RUNS = 100;

    private final SourcesRepository repository;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SourcesService(SourcesRepository repository, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every source's posts in the period, those with none included (with zeros): a source that
     * collected nothing must show as such, not vanish from the table.
     */
    public List<SourceStat> stats(PostFilter filter) {
        List<SourceStat> stats = new ArrayList<>(repository.stats(filter));
        int days = (int) ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        for (String source : Vocabulary.SOURCES) {
            boolean asked = filter.source() == null || filter.source().equals(source);
            if (asked && stats.stream().noneMatch(s -> s.source().equals(source))) {
                stats.add(new SourceStat(source, 0, Collections.nCopies(days, 0L), null, null));
            }
        }
        return stats;
    }

    /** Sources and feeds that failed several runs in a row, as ingest raised them in the period. */
    public List<SourceAlert> alerts(PostFilter filter) {
        return repository.alerts(filter, RUNS);
    }

    /** Whether the signed-in user may acknowledge and resolve alerts: analysts and admins; leadership reads. */
    public boolean canHandleAlerts() {
        return currentUser.hasRole(Roles.ANALYST) || currentUser.hasRole(Roles.ADMIN);
    }

    /**
     * The signed-in user has seen an open alert and is on it: recorded on the alert (who, when) and in
     * the audit log. False when it was not open any more (someone else acknowledged or resolved it,
     * or ingest did): nothing changes then.
     */
    public boolean acknowledge(SourceAlert alert) {
        return handle(alert, repository::acknowledge, AuditDetail.ALERT_ACKNOWLEDGED);
    }

    /**
     * The signed-in user marks an alert resolved (e.g. after fixing a feed's address), acknowledged or
     * not: recorded on the alert and in the audit log. False when it was resolved already. Should the
     * source fail again, ingest opens it again.
     */
    public boolean resolve(SourceAlert alert) {
        return handle(alert, repository::resolve, AuditDetail.ALERT_RESOLVED);
    }

    /** A change to an alert by a user at a time, as the repository makes it; false when the alert refused it. */
    private interface AlertChange {
        boolean apply(String id, String user, Instant at);
    }

    /** Makes {@code change} as the signed-in user, now, and audits it when it took effect. */
    private boolean handle(SourceAlert alert, AlertChange change, AuditDetail detail) {
        requireHandler();
        boolean done = change.apply(alert.id(), currentUser.username(), clock.instant());
        if (done) {
            audit.record(AuditAction.ALERT, detail, alert.source(), alert.kind(), alert.id());
        }
        return done;
    }

    public List<CoverageRun> latestRuns() {
        return repository.latestRuns(RUNS);
    }

    Clock clock() {
        return clock;
    }

    private void requireHandler() {
        if (!canHandleAlerts()) {
            throw new AccessDeniedException("alerts are acknowledged and resolved by analysts and admins");
        }
    }
}

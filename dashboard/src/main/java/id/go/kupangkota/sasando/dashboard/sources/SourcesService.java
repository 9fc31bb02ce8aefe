package id.go.kupangkota.sasando.dashboard.sources;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Source health: what arrived, how the fetch runs went, and the alerts ingest raised, handled here. */
@Service
public class SourcesService {
    static final int RUNS = 100;
    /** The longest note on an alert: a short why (what was fixed, who is on it), not a report. */
    public static final int NOTE_MAX = 500;
    /**
     * How long landed posts may wait for the pipeline before the view says it is behind: its daemon runs every
     * 5 minutes and a round takes about one, a re-tag of years of posts longer.
     */
    static final Duration BEHIND_AFTER = Duration.ofMinutes(30);

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
     * The signed-in user has seen an open alert and is on it, with a note if they give one ("token diminta ke
     * admin X"; blank for none): recorded on the alert (who, when, note) and in the audit log. False when it was
     * not open any more (someone else acknowledged or resolved it, or ingest did): nothing changes then.
     *
     * @throws TranslatableException for a note longer than {@value #NOTE_MAX} characters
     */
    public boolean acknowledge(SourceAlert alert, String note) {
        requireHandler();
        String noted = note(note);
        boolean done = repository.acknowledge(alert.id(), currentUser.username(), clock.instant(), noted);
        if (done) {
            if (noted == null) {
                audit.record(AuditAction.ALERT, AuditDetail.ALERT_ACKNOWLEDGED, alert.source(), alert.kind(),
                        alert.id());
            } else {
                audit.record(AuditAction.ALERT, AuditDetail.ALERT_ACKNOWLEDGED_NOTE, alert.source(), alert.kind(),
                        alert.id(), noted);
            }
        }
        return done;
    }

    /**
     * The signed-in user marks an alert resolved (e.g. after fixing a feed's address), acknowledged or
     * not, saying why: someone reading the alert later (or the audit log) must know what was done, since
     * a source can also stop failing by itself. Recorded on the alert (who, when, note) and in the audit
     * log. False when it was resolved already. Should the source fail again, ingest opens it again, keeping who
     * resolved it and why in its history.
     *
     * @throws TranslatableException for a blank note, or one longer than {@value #NOTE_MAX} characters
     */
    public boolean resolve(SourceAlert alert, String note) {
        requireHandler();
        String noted = note(note);
        if (noted == null) {
            throw new TranslatableException("marking an alert resolved needs a note saying why",
                    "sources.alert.note.required");
        }
        boolean done = repository.resolve(alert.id(), currentUser.username(), clock.instant(), noted);
        if (done) {
            audit.record(AuditAction.ALERT, AuditDetail.ALERT_RESOLVED_NOTE, alert.source(), alert.kind(), alert.id(),
                    noted);
        }
        return done;
    }

    /** A note as stored: stripped, null when blank; refused when too long. */
    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new TranslatableException("an alert's note has " + stripped.length() + " characters, at most "
                    + NOTE_MAX + " are kept", "sources.alert.note.too_long", NOTE_MAX);
        }
        return stripped;
    }

    /** How far the dashboard's posts are behind what ingest landed ({@link Processing}). */
    public Processing processing() {
        Processing p = repository.processing();
        boolean behind = p.waitingSince() != null && p.waitingSince().plus(BEHIND_AFTER).isBefore(clock.instant());
        return new Processing(p.indexedUpTo(), p.taggedAt(), p.waiting(), p.waitingSince(), behind);
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

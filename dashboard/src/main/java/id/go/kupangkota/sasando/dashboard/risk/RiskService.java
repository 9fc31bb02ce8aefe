package id.go.kupangkota.sasando.dashboard.risk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.export.CsvWriter;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk queue, triage decisions and the labelled-data export: analysts' and admins' work. The queue,
 * the histories and the export carry citizens' handles and words, so each use case checks the role
 * itself, whatever view calls it; leadership sees the counts (the key numbers, the weekly report).
 */
@Service
public class RiskService {
    /**
     * How deep the queue pages with from/size: Elasticsearch's default {@code index.max_result_window}.
     * Beyond it the view asks the analyst to narrow the filter rather than page further.
     */
    public static final int MAX_QUEUE_WINDOW = 10_000;
    /** Labelled data for retraining: column names stay codes (as do the values); decided_at is WITA with its offset. */
    static final List<String> EXPORT_COLUMNS =
            List.of("post_id", "status", "risk", "text", "note", "analyst", "decided_at");
    private static final String DECIDED_AT = "decided_at";

    private final RiskRepository posts;
    private final TriageRepository decisions;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RiskService(RiskRepository posts, TriageRepository decisions, AuditService audit, CurrentUser currentUser,
                Clock clock) {
        this.posts = posts;
        this.decisions = decisions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Flagged posts {@code offset .. offset + limit} of the queue, in queue order. */
    public List<RiskPost> page(PostFilter filter, boolean undecidedOnly, int offset, int limit) {
        return page(filter, undecidedOnly, false, offset, limit);
    }

    /** As above, one row per distinct text with its number of copies when {@code grouped}. */
    public List<RiskPost> page(PostFilter filter, boolean undecidedOnly, boolean grouped, int offset, int limit) {
        requireAnalyst();
        if (offset < 0 || limit < 0 || offset + limit > MAX_QUEUE_WINDOW) {
            throw new IllegalArgumentException("the queue pages within its first " + MAX_QUEUE_WINDOW + " rows: "
                    + offset + "+" + limit);
        }
        return limit == 0 ? List.of() : posts.page(filter, undecidedOnly, grouped, offset, limit);
    }

    /** How many flagged posts the queue has in all (may exceed what it pages through). */
    public long count(PostFilter filter, boolean undecidedOnly) {
        return posts.count(filter, undecidedOnly);
    }

    /** How many distinct texts those posts have: the rows of the grouped queue. */
    public long countTexts(PostFilter filter, boolean undecidedOnly) {
        return posts.countTexts(filter, undecidedOnly);
    }

    /** Flagged posts the grouped queue leaves out (no exact text: very long, or indexed before it existed). */
    public long ungroupable(PostFilter filter, boolean undecidedOnly) {
        return posts.ungroupable(filter, undecidedOnly);
    }

    public List<TriageDecision> history(String postId) {
        requireAnalyst();
        return decisions.history(postId);
    }

    /** Records the signed-in analyst's decision and copies its status onto the post. */
    public TriageDecision decide(String postId, String status, String note) {
        requireAnalyst();
        requireStatus(status);
        RiskPost post = posts.find(postId)
                .orElseThrow(() -> new IllegalArgumentException("no such post: " + postId));
        Instant now = clock.instant();
        TriageDecision decision = line(post, status, note, currentUser.username(), now);
        decisions.append(decision);
        posts.setTriageStatus(postId, status);
        audit.record(AuditAction.TRIAGE, AuditDetail.TRIAGE_DECIDED, postId, status);
        return decision;
    }

    /**
     * One decision for every copy of a text in the queue (a chain message posted 50 times is one thing
     * to decide): each copy gets its own decision in the triage index, with this analyst, time and note,
     * and its status; the audit log gets one line naming how many.
     */
    public List<TriageDecision> decideCopies(RiskPost selected, PostFilter filter, boolean undecidedOnly, String status,
                                             String note) {
        requireAnalyst();
        requireStatus(status);
        List<RiskPost> copies = new ArrayList<>(posts.copies(filter, undecidedOnly, selected.post().text()));
        if (copies.stream().noneMatch(c -> c.post().id().equals(selected.post().id()))) {
            copies.add(selected);
        }
        Instant now = clock.instant();
        String analyst = currentUser.username();
        List<TriageDecision> decided = copies.stream().map(c -> line(c, status, note, analyst, now)).toList();
        decisions.appendAll(decided);
        posts.setTriageStatus(decided.stream().map(TriageDecision::postId).toList(), status);
        audit.record(AuditAction.TRIAGE, AuditDetail.TRIAGE_COPIES_DECIDED, selected.post().id(), status, decided.size());
        return decided;
    }

    /**
     * Takes the decision on a post back: it is undecided again and returns to the queue. Its history
     * gets a {@link Vocabulary#TRIAGE_REOPENED} line with this analyst, time and note; earlier lines stay.
     * A text shown once for its copies reopens every decided copy in the filter, as one decision covered them.
     */
    public List<TriageDecision> reopen(RiskPost selected, PostFilter filter, String note) {
        requireAnalyst();
        List<RiskPost> decided = new ArrayList<>(posts.copies(filter, false, selected.post().text()).stream()
                .filter(c -> c.triageStatus() != null).toList());
        if (decided.stream().noneMatch(c -> c.post().id().equals(selected.post().id()))) {
            RiskPost current = posts.find(selected.post().id())
                    .orElseThrow(() -> new IllegalArgumentException("no such post: " + selected.post().id()));
            if (current.triageStatus() != null) {
                decided.add(current);
            }
        }
        if (decided.isEmpty()) {
            return List.of();
        }
        // after the decision it takes back even if the server's clock stepped back (or stands, in tests):
        // the newest line of a post's history is its state
        Instant taken = decisions.latestDecidedAt(decided.stream().map(c -> c.post().id()).toList())
                .orElse(Instant.MIN);
        Instant clockNow = clock.instant();
        Instant now = clockNow.isAfter(taken) ? clockNow : taken.plusMillis(1);
        String analyst = currentUser.username();
        List<TriageDecision> reopened = decided.stream()
                .map(c -> line(c, Vocabulary.TRIAGE_REOPENED, note, analyst, now)).toList();
        decisions.appendAll(reopened);
        posts.setTriageStatus(reopened.stream().map(TriageDecision::postId).toList(), null);
        audit.record(AuditAction.TRIAGE, AuditDetail.TRIAGE_REOPENED, selected.post().id(), reopened.size());
        return reopened;
    }

    /** Labelled data as CSV: one row per decided post, its latest decision. */
    public void exportCsv(OutputStream out) throws IOException {
        requireAnalyst();
        audit.record(AuditAction.EXPORT, AuditDetail.TRIAGE_EXPORTED, "CSV");
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(EXPORT_COLUMNS);
            decisions.latestPerPost(d -> {
                if (Vocabulary.TRIAGE_REOPENED.equals(d.status())) {
                    return; // undecided again: no label
                }
                try {
                    csv.row(List.of(d.postId(), d.status(), String.join("|", d.risk() == null ? List.of() : d.risk()),
                            nullToEmpty(d.text()), nullToEmpty(d.note()), d.analyst(), d.decidedAt()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Labelled data as JSON lines, one per decided post (its latest decision), in the triage index's
     * shape except that {@code decided_at} is WITA with its offset, as in the CSV (the same instant).
     */
    public void exportJsonl(OutputStream out) throws IOException {
        requireAnalyst();
        audit.record(AuditAction.EXPORT, AuditDetail.TRIAGE_EXPORTED, "JSONL");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        decisions.latestPerPost(d -> {
            if (Vocabulary.TRIAGE_REOPENED.equals(d.status())) {
                return;
            }
            try {
                ObjectNode line = Json.MAPPER.valueToTree(d);
                if (d.decidedAt() != null) {
                    line.put(DECIDED_AT, CsvWriter.wita(d.decidedAt()));
                }
                w.write(Json.MAPPER.writeValueAsString(line));
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    public PostFilter defaultFilter() {
        return PostFilter.lastWeek(clock);
    }

    Clock clock() {
        return clock;
    }

    /** One line of a post's triage history; the text and categories go with it (labelled data). */
    private static TriageDecision line(RiskPost post, String status, String note, String analyst, Instant at) {
        return new TriageDecision(post.post().id(), status, note == null ? "" : note.strip(), analyst, at,
                post.post().risk(), post.post().text(), Wita.dayKey(at), Wita.weekKey(at));
    }

    private void requireAnalyst() {
        currentUser.requireReadsPosts("the risk queue and its decisions are for analysts and admins");
    }

    private static void requireStatus(String status) {
        if (!Vocabulary.TRIAGE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("triage status must be one of " + Vocabulary.TRIAGE_STATUSES + ": " + status);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

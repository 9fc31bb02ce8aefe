package id.go.kupangkota.sasando.dashboard.search;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.export.CsvWriter;
import id.go.kupangkota.sasando.dashboard.base.export.TableWriter;
import id.go.kupangkota.sasando.dashboard.base.export.XlsxWriter;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.text.Tagger;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search and export of posts, for analysts and admins: both hand out citizens' handles and words, so
 * the role is checked here, whatever view calls, not only by Pencarian's route.
 */
@Service
public class SearchService {
    public static final int PAGE_SIZE = 50;
    /** How many words explain a sentiment: enough to judge it, few enough to read at a glance. */
    static final int SENTIMENT_WORDS = 3;
    /**
     * Export columns, named like the post fields: the CSV's header (Sasando's own import format, the
     * {@code sasando} mapping, reads it back) and the keys {@code export.post.<column>} of the XLSX
     * header's labels. Times are WITA; the tagger's label codes (sentiment, risk...) stay codes, as data.
     * Beside the tagger's risk, the analysts' decision on it (triage status) in the user's words, so a
     * dismissed post is not exported looking like a live alarm.
     */
    public static final List<String> COLUMNS = List.of("id", "created_at", "day", "source", "author_handle", "text",
            "sentiment", "emotion", "risk", PostFields.TRIAGE_STATUS, "topics", "stance", "kecamatan", "like_count",
            "repost_count", "url");
    /** The decision column's key for a flagged post no analyst has decided on yet. */
    public static final String PENDING = "pending";

    private final SearchRepository repository;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SearchService(SearchRepository repository, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public SearchResult search(PostFilter filter, SearchResult.Cursor after) {
        requireAnalyst();
        return repository.page(filter, after, PAGE_SIZE);
    }

    /**
     * The words that weighed most for the post's stored sentiment, by the taggers of this build
     * (the pipeline re-tags history when they change, so the stored label is theirs).
     */
    public List<Evidence> sentimentEvidence(Post post) {
        if (post.sentiment() == null || post.text() == null) {
            return List.of();
        }
        // the tagger weighs each place a word stands ("PDAM ... #PDAM"): asked for more, the strongest
        // words are kept, each with every place it weighed, so no word is named twice
        List<Evidence> spans = Tagger.shared().sentimentEvidence(post.text(), post.sentiment(), SENTIMENT_WORDS * 4);
        Set<String> words = new LinkedHashSet<>();
        List<Evidence> kept = new ArrayList<>();
        for (Evidence e : spans) {
            String word = e.term().toLowerCase(Locale.ROOT);
            if (words.contains(word) || words.size() < SENTIMENT_WORDS && words.add(word)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * @param decisions what the decision column says per triage status ({@link Vocabulary#TRIAGE_STATUSES}
     *                  and {@link #PENDING}), in the user's language
     */
    public void exportCsv(PostFilter filter, Map<String, String> decisions, OutputStream out) throws IOException {
        requireAnalyst();
        audit.record(AuditAction.EXPORT, AuditDetail.SEARCH_EXPORTED, "CSV", asWritten(filter));
        export(filter, COLUMNS, decisions, new CsvWriter(out));
    }

    /** The same rows for people: {@code header} holds the columns' labels, in the order of {@link #COLUMNS}. */
    public void exportXlsx(PostFilter filter, List<String> header, Map<String, String> decisions, OutputStream out)
            throws IOException {
        requireAnalyst();
        if (header.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("the header needs a label per column: " + header);
        }
        audit.record(AuditAction.EXPORT, AuditDetail.SEARCH_EXPORTED, "XLSX", asWritten(filter));
        export(filter, header, decisions, new XlsxWriter(out, "sasando"));
    }

    private void requireAnalyst() {
        currentUser.requireReadsPosts("searching and exporting posts is for analysts and admins");
    }

    /** The filter for the audit log as people read it: "kecamatan=Kelapa Lima", not "Kelapa%20Lima". */
    static String asWritten(PostFilter filter) {
        return URLDecoder.decode(filter.toQuery().getQueryString(), StandardCharsets.UTF_8);
    }

    private void export(PostFilter filter, List<String> header, Map<String, String> decisions, TableWriter table)
            throws IOException {
        try (table) {
            table.row(header);
            repository.scan(filter, (post, triageStatus) -> {
                try {
                    table.row(row(post, decision(post, triageStatus, decisions)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The analysts' decision in words; empty for a post the tagger did not flag. */
    static String decision(Post p, String triageStatus, Map<String, String> decisions) {
        if (triageStatus != null) {
            return decisions.getOrDefault(triageStatus, triageStatus);
        }
        return p.risk() == null || p.risk().isEmpty() ? "" : decisions.getOrDefault(PENDING, PENDING);
    }

    static List<Object> row(Post p, String decision) {
        return new ArrayList<>(Arrays.asList(p.id(), p.createdAt(), p.day(),
                p.source(), p.authorHandle(), p.text(), p.sentiment(), p.emotion(), join(p.risk()), decision,
                join(p.topics()), p.stance(), p.kecamatan(), p.likeCount(), p.repostCount(), p.url()));
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join("|", values);
    }

    Clock clock() {
        return clock;
    }
}

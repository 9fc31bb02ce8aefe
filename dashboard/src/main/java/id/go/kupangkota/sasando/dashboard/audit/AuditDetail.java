package id.go.kupangkota.sasando.dashboard.audit;

import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an audit line says, one kind per sentence ({@code audit.detail.<KIND>} in the bundles, its
 * arguments {0}, {1}…), so the admin view reads in the reader's language while the index keeps the
 * kind and the arguments as data. An argument that is a code (a triage status, roles, why a sign-in
 * failed) names its label prefix; a list of codes is stored comma-separated.
 */
public enum AuditDetail {
    USER_SAVED(null, "role."),
    USER_ROLES(null, "role."),
    USER_ENABLED,
    USER_DISABLED,
    USER_DELETED,
    TRIAGE_DECIDED(null, "triage."),
    TRIAGE_COPIES_DECIDED(null, "triage.", null),
    TRIAGE_REOPENED,
    TRIAGE_EXPORTED,
    SEARCH_EXPORTED,
    REPORT_GENERATED,
    REPORT_GENERATED_PROVISIONAL,
    REPORT_DOWNLOADED,
    WATCHLIST_SAVED,
    WATCHLIST_DELETED,
    /** Arguments: the source, the alert's kind, its id. */
    ALERT_ACKNOWLEDGED("source.", "sources.alert.kind.", null),
    /** Resolved by hand before a note was required; the same arguments. */
    ALERT_RESOLVED("source.", "sources.alert.kind.", null),
    /** Arguments: the source, the alert's kind, its id, the note. */
    ALERT_ACKNOWLEDGED_NOTE("source.", "sources.alert.kind.", null, null),
    ALERT_RESOLVED_NOTE("source.", "sources.alert.kind.", null, null),
    LOGIN_FAILED("audit.reason.");

    /** Per argument, the label prefix of its codes, or null for an argument shown as it is. */
    private final String[] labelPrefixes;

    AuditDetail(String... labelPrefixes) {
        this.labelPrefixes = labelPrefixes;
    }

    /** The sentence in {@code locale}, codes by their labels. */
    public String render(List<String> args, Locale locale) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            String prefix = i < labelPrefixes.length ? labelPrefixes[i] : null;
            String arg = args.get(i);
            shown[i] = prefix == null || arg == null ? arg : Arrays.stream(arg.split(",", -1))
                    .map(code -> Labels.of(prefix, code, locale)).collect(Collectors.joining(", "));
        }
        return new MessageFormat(Translations.bundle(locale).getString("audit.detail." + name()), locale).format(shown);
    }

    /** An audit event's detail for a reader: its sentence, or the stored line of an event written before kinds. */
    public static String describe(AuditEvent event, Locale locale) {
        if (event.detailKind() == null) {
            return event.detail() == null ? "" : event.detail();
        }
        try {
            return valueOf(event.detailKind()).render(event.detailArgs() == null ? List.of() : event.detailArgs(), locale);
        } catch (IllegalArgumentException unknownKind) { // written by a later release
            return event.detail();
        }
    }
}

package id.go.kupangkota.sasando.dashboard.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log (a document of SasandoIndex.AUDIT). {@code detail} is the line in English
 * words, as stored since the first release; {@code detailKind} (an {@link AuditDetail}) and
 * {@code detailArgs} say it as data, so it can be shown in the reader's language. Both are null on
 * lines written before them.
 */
public record AuditEvent(Instant at, String username, AuditAction action, String detail, String detailKind,
                         List<String> detailArgs) {
}

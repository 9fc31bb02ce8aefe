package id.go.kupangkota.sasando.dashboard.audit;

import java.time.Instant;

/** One line of the audit log (a document of SasandoIndex.AUDIT). */
public record AuditEvent(Instant at, String username, AuditAction action, String detail) {
}

package id.go.kupangkota.sasando.dashboard.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, EXPORT, REPORT_GENERATE, REPORT_DOWNLOAD, TRIAGE, USER_CHANGE, WATCHLIST_CHANGE, ALERT
}

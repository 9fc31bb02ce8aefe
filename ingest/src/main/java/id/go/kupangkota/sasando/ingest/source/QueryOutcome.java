package id.go.kupangkota.sasando.ingest.source;

/**
 * How a query's run ended, passed to {@link Source#finished}.
 *
 * @param status  {@code ok}, {@code partial} (some items rejected or gaps) or {@code failed}
 * @param written items written to the landing zone in this run
 * @param rejected items kept in the rejects folder
 * @param error   the error that ended the run, or null
 * @param complete true when the source reported no more pages (not stopped by an error, a page
 *                 limit, a long rate limit or shutdown)
 */
public record QueryOutcome(String status, long written, long rejected, String error, boolean complete) {
    public boolean failed() {
        return RunStatus.FAILED.equals(status);
    }
}

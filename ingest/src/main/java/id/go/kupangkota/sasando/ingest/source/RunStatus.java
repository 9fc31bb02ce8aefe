package id.go.kupangkota.sasando.ingest.source;

/** Status names of a query's run, as stored in coverage records. */
public final class RunStatus {
    private RunStatus() {
    }

    /** Everything collected. */
    public static final String OK = "ok";
    /** Collected, but with rejected items, gaps, or stopped early (shutdown, page limit). */
    public static final String PARTIAL = "partial";
    /** The run ended in an error. */
    public static final String FAILED = "failed";
}

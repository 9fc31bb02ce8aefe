package id.go.kupangkota.sasando.ingest.run;

/** Why a source runs: scheduled polling, a one-shot backfill of a window, or an explicit import. */
public enum RunMode {
    POLL, BACKFILL, IMPORT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

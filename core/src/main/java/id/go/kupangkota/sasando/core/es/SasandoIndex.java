package id.go.kupangkota.sasando.core.es;

/**
 * Every index Sasando keeps. Each is a versioned index ({@code <prefix><name>-v<N>}) behind an alias
 * ({@code <prefix><name>}) that readers and writers use, so a mapping change is a reindex into a new
 * version and an alias swap, never a loss. The settings and mappings live in
 * {@code /sasando/index/<name>.json} ({@code version}, {@code template}), applied as an index
 * template at start-up by {@link IndexBootstrap}.
 */
public enum SasandoIndex {
    /** Enriched posts: the serving copy of the curated zone. */
    POSTS("posts"),
    /** Roll-ups per WITA day by dimension (topic, source, kecamatan). */
    DAILY_ROLLUPS("rollups-daily"),
    /** Roll-ups per ISO week (WITA) by dimension. */
    WEEKLY_ROLLUPS("rollups-weekly"),
    /** Burst alerts: terms and hashtags above their trailing baseline. */
    TRENDS("trends"),
    /** Accounts per week: reach, engagement, bot-likeness with its reasons. */
    ACCOUNTS("accounts"),
    /** Mention, reply, quote and repost edges aggregated per WITA day, each with its ISO week. */
    EDGES("edges"),
    /** One record per run of a source: counts, rate-limit waits, gaps, errors. */
    COVERAGE("coverage"),
    /** Operational alerts, e.g. a source that keeps failing. */
    ALERTS("alerts"),
    /** Watchlists (keyword, hashtag, account queries) shared by ingest and the admin view. */
    WATCHLISTS("watchlists"),
    /** Dashboard users and roles. */
    USERS("users"),
    /** Analysts' decisions on flagged posts: who, when, what, why. */
    TRIAGE("triage"),
    /** Archived weekly reports. */
    REPORTS("reports"),
    /** Audit log: logins, exports, downloads, triage decisions. */
    AUDIT("audit");

    private final String baseName;

    SasandoIndex(String baseName) {
        this.baseName = baseName;
    }

    public String baseName() {
        return baseName;
    }

    /** The alias every reader and writer uses. */
    public String alias(String prefix) {
        return prefix + baseName;
    }

    /** A concrete index of the given version. */
    public String versioned(String prefix, int version) {
        return prefix + baseName + "-v" + version;
    }

    public String pattern(String prefix) {
        return prefix + baseName + "-v*";
    }

    public String templateName(String prefix) {
        return prefix + baseName;
    }

    public String resource() {
        return "/sasando/index/" + baseName + ".json";
    }
}

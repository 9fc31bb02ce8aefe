package id.go.kupangkota.sasando.core.coverage;

import java.util.Locale;

/**
 * An argument of an {@link ErrorCode}, stored under {@link #key()} in a coverage record's {@code error_args}.
 * Values are text; a {@linkplain #time() time} is an ISO-8601 instant, which the dashboard writes its own way
 * (WITA).
 */
public enum ErrorArg {
    /** When a rate limit ends (ISO instant). */
    RESET(true),
    /** An HTTP status code. */
    STATUS(false),
    /** A host name ({@code portal.example}). */
    HOST(false),
    /** An address asked for (a feed's URL). */
    ADDRESS(false),
    /** An account handle, without {@code @}. */
    ACCOUNT(false),
    /** A file's name (no folders). */
    FILE(false),
    /** A column mapping's name. */
    MAPPING(false),
    /** A configured limit of pages per run. */
    MAX_PAGES(false);

    private final boolean time;

    ErrorArg(boolean time) {
        this.time = time;
    }

    /** The key in {@code error_args}: {@code reset}, {@code max_pages}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the value is an ISO-8601 instant. */
    public boolean time() {
        return time;
    }
}

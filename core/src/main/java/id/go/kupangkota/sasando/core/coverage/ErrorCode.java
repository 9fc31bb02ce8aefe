package id.go.kupangkota.sasando.core.coverage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.go.kupangkota.sasando.core.coverage.ErrorArg.ACCOUNT;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.ADDRESS;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.FILE;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.HOST;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.MAPPING;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.MAX_PAGES;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.RESET;
import static id.go.kupangkota.sasando.core.coverage.ErrorArg.STATUS;

/**
 * Why a run of a source query failed or stopped early, as a stable code ingest stores in a coverage record's
 * {@code error_code} (its arguments in {@code error_args}) beside the English {@code error} text. The dashboard
 * says it in the analyst's language from the code ({@code sources.error.<code>} in its bundles, the arguments
 * in the order of {@link #args()}); the text stays as the technical detail. A code is never renamed: records
 * keep it for good.
 */
public enum ErrorCode {
    /** X: no bearer token configured, or its file unreadable. */
    X_NO_TOKEN("x.no_token"),
    /** X: HTTP 401, the token is refused. */
    X_UNAUTHORIZED("x.unauthorized"),
    /** X: HTTP 403, the app's access level does not cover the endpoint (or the app is suspended). */
    X_FORBIDDEN("x.forbidden"),
    /** X: HTTP 429 with a reset further away than the source may wait. */
    X_RATE_LIMITED("x.rate_limited", RESET),
    /** X: another HTTP 4xx (a query X refuses). */
    X_REJECTED("x.rejected", STATUS),
    /** X: HTTP 5xx (or 408), still after the retries. */
    X_UNAVAILABLE("x.unavailable", STATUS),
    /** X: network error or timeout, still after the retries. */
    X_UNREACHABLE("x.unreachable"),
    /** X: a response that is not the JSON expected (cut short, a proxy's page). */
    X_BAD_RESPONSE("x.bad_response"),
    /** X: a watched account X does not know. */
    X_UNKNOWN_ACCOUNT("x.unknown_account", ACCOUNT),
    /** A web site (a news feed's): network error or timeout. */
    WEB_UNREACHABLE("web.unreachable", HOST),
    /** A web site answered HTTP 4xx (not 408, 429): moved, gone, forbidden. */
    WEB_REJECTED("web.rejected", STATUS, ADDRESS),
    /** A web site answered HTTP 5xx or 408, still after the retries. */
    WEB_UNAVAILABLE("web.unavailable", STATUS, HOST),
    /** A web site answered HTTP 429 with a wait longer than the source may wait. */
    WEB_RATE_LIMITED("web.rate_limited", HOST, RESET),
    /** A web site answered with more than a feed or an article page can be (a file, a stream that never ends). */
    WEB_TOO_LARGE("web.too_large", HOST, ADDRESS),
    /** News: the document at a feed's address is no readable RSS/Atom. */
    NEWS_NOT_A_FEED("news.not_a_feed", ADDRESS),
    /** News: the feed parser read another number of items than the document has. */
    NEWS_ITEMS_UNREADABLE("news.items_unreadable", ADDRESS),
    /** File import: the file's type is none Sasando reads (not .csv, .tsv, .jsonl, .ndjson, .json). */
    FILE_UNSUPPORTED_TYPE("file.unsupported_type", FILE),
    /** File import: the file is not text (binary, or another encoding than text). */
    FILE_NOT_TEXT("file.not_text", FILE),
    /** File import: the file lacks a column the mapping requires. */
    FILE_MAPPING_MISMATCH("file.mapping_mismatch", FILE, MAPPING),
    /** File import: the file cannot be read (gone, no permission, a broken gzip). */
    FILE_UNREADABLE("file.unreadable", FILE),
    /** A source's settings are invalid: it does not run until they are fixed. */
    SOURCE_SETTINGS("source.settings"),
    /** The run was stopped before its end (ingest shutting down); the next one resumes. */
    RUN_STOPPED("run.stopped"),
    /** The run stopped at {@code max_pages_per_run}; the next one resumes. */
    RUN_PAGE_LIMIT("run.page_limit", MAX_PAGES),
    /** Ingest could not read or write its own files (disk full, permissions, a damaged checkpoint). */
    RUN_STORAGE("run.storage"),
    /** An error in ingest itself. */
    RUN_INTERNAL("run.internal");

    private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final String code;
    private final List<ErrorArg> args;

    ErrorCode(String code, ErrorArg... args) {
        this.code = code;
        this.args = List.of(args);
    }

    /** The stored code: {@code x.rate_limited}. */
    public String code() {
        return code;
    }

    /** The arguments it takes, in the order a message uses them ({0}, {1}, ...). */
    public List<ErrorArg> args() {
        return args;
    }

    /** The code of a stored value; empty for null or a code this release does not know. */
    public static Optional<ErrorCode> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}

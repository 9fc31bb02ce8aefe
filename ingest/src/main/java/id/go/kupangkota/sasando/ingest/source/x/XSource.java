package id.go.kupangkota.sasando.ingest.source.x;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.source.AuthorPseudonyms;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.Gap;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.Rejected;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects X posts: API v2 recent search for every watchlist the source collects (keywords and
 * hashtags joined with {@code OR}) and the timelines of watched accounts (the watchlists' accounts
 * plus {@link XSettings#accounts}). One page per {@link #fetch}; the framework pages, retries,
 * waits for rate limits and checkpoints.
 *
 * <p>The cursor of a query, stored as its checkpoint after the page's posts are written:
 * <ul>
 *   <li>{@value #SINCE_ID}: newest post id of the last completed pass; the next pass asks only for
 *       newer posts;</li>
 *   <li>{@value #NEXT_TOKEN} and {@value #PASS_NEWEST}: set while a pass is paging; a restart
 *       resumes at the same page, and {@value #SINCE_ID} only moves to {@value #PASS_NEWEST} once
 *       the last page is written, so nothing between the two is skipped;</li>
 *   <li>{@value #USER_ID}: a timeline's numeric user id, looked up once;</li>
 *   <li>{@value #START_TIME}/{@value #END_TIME}: a backfill window ({@value #BACKFILL_DONE} once
 *       it is collected).</li>
 * </ul>
 */
public final class XSource implements Source {
    private static final Logger log = LoggerFactory.getLogger(XSource.class);

    static final String SINCE_ID = "since_id";
    static final String NEXT_TOKEN = "next_token";
    static final String PASS_NEWEST = "pass_newest_id";
    static final String USER_ID = "user_id";
    static final String START_TIME = "start_time";
    static final String END_TIME = "end_time";
    /** Start of a backfill window that recent search cannot reach; reported as a gap once. */
    static final String GAP_FROM = "gap_from";
    /** Set when a backfill window has been paged to its end. */
    static final String BACKFILL_DONE = "backfill_done";

    static final String KIND = "kind";
    static final String SEARCH = "search";
    static final String TIMELINE = "timeline";
    static final String USERNAME = "username";
    /** Longest query of the recent search endpoint (Basic and Pro access levels). */
    static final int MAX_QUERY_LENGTH = 512;
    /** How far back recent search reaches. */
    static final Duration SEARCH_WINDOW = Duration.ofDays(7);

    private SourceContext context;
    private XSettings settings;
    private XClient client;
    /** Replaced in {@link #configure}; until then it cannot make author keys (the salt is unknown). */
    private XMapper mapper = new XMapper(authorId -> {
        throw new IllegalStateException("XSource is not configured");
    });
    /** Handle to author id of the users the pages name: written after each commit ({@link #committed}). */
    private XHandles handles;

    @Override
    public String name() {
        return XMapper.SOURCE;
    }

    @Override
    public void configure(SourceContext context) {
        this.context = context;
        this.settings = XSettings.from(context.config());
        this.client = new XClient(settings, context.clock());
        this.mapper = new XMapper(AuthorPseudonyms.of(context.settings()).forSource(name()));
        IngestPaths paths = IngestPaths.of(context.settings());
        this.handles = XHandles.of(paths.state(name()).resolve(XHandles.FILE), paths.landing().resolve(name()));
    }

    /** The accounts of the committed pages go to {@link XHandles}, for imports of their tweets. */
    @Override
    public void committed(SourceQuery query, Cursor cursor) {
        handles.flush();
    }

    @Override
    public List<SourceQuery> queries() {
        List<SourceQuery> out = new ArrayList<>();
        Set<String> accounts = new LinkedHashSet<>(settings.accounts());
        for (Watchlist w : context.watchlists().forSource(name())) {
            out.addAll(searchQueries(w, settings.querySuffix()));
            accounts.addAll(w.bareAccounts());
        }
        for (String handle : accounts) {
            out.add(new SourceQuery("timeline." + SourceQuery.keyOf(handle), "@" + handle,
                    Map.of(KIND, TIMELINE, USERNAME, handle)));
        }
        return out;
    }

    /**
     * One search per watchlist: its keywords (phrases quoted) and hashtags joined with {@code OR},
     * split into several queries when longer than {@value #MAX_QUERY_LENGTH} characters.
     */
    static List<SourceQuery> searchQueries(Watchlist w, String suffix) {
        List<String> terms = new ArrayList<>();
        for (String k : w.keywords()) {
            String t = k.strip().replace("\"", "");
            if (!t.isEmpty()) {
                terms.add(t.contains(" ") ? "\"" + t + "\"" : t);
            }
        }
        w.bareHashtags().stream().filter(h -> !h.isBlank()).forEach(h -> terms.add("#" + h.strip()));
        if (terms.isEmpty()) {
            return List.of();
        }
        String tail = suffix.isEmpty() ? "" : " " + suffix;
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String term : terms) {
            int length = current.length() + (current.isEmpty() ? 0 : 4) + term.length() + 2 + tail.length();
            if (!current.isEmpty() && length > MAX_QUERY_LENGTH) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " OR ").append(term);
        }
        chunks.add(current.toString());
        List<SourceQuery> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String key = "search." + w.id() + (chunks.size() == 1 ? "" : "." + (i + 1));
            out.add(new SourceQuery(key, "(" + chunks.get(i) + ")" + tail, Map.of(KIND, SEARCH, "watchlist", w.id())));
        }
        return out;
    }

    @Override
    public Page fetch(SourceQuery query, Cursor cursor) throws SourceException {
        if (cursor.get(BACKFILL_DONE) != null) {
            return Page.empty(cursor); // a finished backfill run again: its window is collected
        }
        Long sinceId = cursor.get(START_TIME) != null ? null : longOrNull(cursor.get(SINCE_ID));
        String nextToken = cursor.get(NEXT_TOKEN);
        Instant start = instantOrNull(cursor.get(START_TIME));
        Instant end = instantOrNull(cursor.get(END_TIME));
        Cursor base = cursor;
        List<Gap> gaps = List.of();
        if (cursor.get(GAP_FROM) != null) {
            gaps = List.of(new Gap(Instant.parse(cursor.get(GAP_FROM)), start,
                    "X recent search reaches back " + SEARCH_WINDOW.toDays() + " days only"));
            base = base.with(GAP_FROM, null);
        }
        if (sinceId != null && nextToken == null && SEARCH.equals(query.attribute(KIND))) {
            // recent search refuses a since_id older than its window: after a long stop, start afresh
            Instant since = XMapper.snowflakeTime(Long.toString(sinceId));
            Instant earliest = context.clock().instant().minus(SEARCH_WINDOW).plusSeconds(60);
            if (since.isBefore(earliest)) {
                log.warn("x {}: last collected post is from {}, older than the {}-day search window; posts "
                        + "between then and {} cannot be collected", query.key(), since, SEARCH_WINDOW.toDays(), earliest);
                gaps = List.of(new Gap(since, earliest, "X was not polled for longer than recent search reaches back ("
                        + SEARCH_WINDOW.toDays() + " days)"));
                sinceId = null;
            }
        }
        String json;
        if (TIMELINE.equals(query.attribute(KIND))) {
            Long userId = longOrNull(cursor.get(USER_ID));
            if (userId == null) {
                String handle = query.attribute(USERNAME);
                userId = client.userId(handle);
                if (userId == null) {
                    throw SourceException.permanent(ErrorCode.X_UNKNOWN_ACCOUNT, Map.of(ErrorArg.ACCOUNT, handle),
                            "X knows no account @" + handle + " (check the watchlist)");
                }
                base = base.with(USER_ID, userId);
                handles.see(handle, Long.toString(userId));
            }
            json = client.userTweets(userId, sinceId, nextToken, start, end);
        } else {
            json = client.searchRecent(query.value(), sinceId, nextToken, start, end);
        }
        JsonNode page = parse(json, query);
        for (JsonNode user : page.path("includes").path("users")) {
            handles.see(XMapper.text(user, "username"), XMapper.text(user, "id"));
        }
        XItems.Split split = XItems.split(page, query.key());
        if (nextToken != null && nextToken.equals(split.nextToken())) {
            split = endLoopingPass(query, page, split, nextToken);
            gaps = new ArrayList<>(gaps);
            gaps.add(new Gap(sinceId != null ? XMapper.snowflakeTime(Long.toString(sinceId))
                    : start != null ? start : context.clock().instant().minus(SEARCH_WINDOW),
                    oldestOf(page), "X answered next_token " + nextToken + " with the same next_token: the older "
                    + "posts of this pass could not be paged to"));
        }
        for (Rejected error : split.errors()) {
            log.warn("x {}: {} (the page's posts are kept)", query.key(), error.reason());
        }
        return new Page(split.items(), split.errors(), next(base, split), split.nextToken() != null, gaps);
    }

    /**
     * A page whose next_token is the one it was asked with: paging would fetch it for ever
     * ({@code max_pages_per_run} requests a run, every run, and {@value #SINCE_ID} would never move). The
     * pass ends with this page; the answer's {@code meta} is kept as a reject so coverage counts it.
     */
    private static XItems.Split endLoopingPass(SourceQuery query, JsonNode page, XItems.Split split, String token) {
        String reason = "X answered next_token " + token + " with the same next_token (the page it was asked for): "
                + "paging would never end, so the pass ends here and its older posts are a gap";
        log.warn("x {}: {}", query.key(), reason);
        List<Rejected> errors = new ArrayList<>(split.errors());
        errors.add(new Rejected(query.key() + "?next_token=" + token, page.path("meta").toString(), reason));
        return new XItems.Split(split.items(), errors, split.newestId(), null);
    }

    /** The time of a page's oldest post, from its {@code meta.oldest_id}; null when it has none. */
    private static Instant oldestOf(JsonNode page) {
        String oldest = page.path("meta").path("oldest_id").asText("");
        return oldest.matches("\\d+") ? XMapper.snowflakeTime(oldest) : null;
    }

    /** The cursor after a page: keep paging the pass, or close it and move {@value #SINCE_ID}. */
    static Cursor next(Cursor cursor, XItems.Split page) {
        String passNewest = cursor.get(PASS_NEWEST);
        if (passNewest == null) {
            passNewest = page.newestId();
        }
        if (page.nextToken() != null) {
            return cursor.with(NEXT_TOKEN, page.nextToken()).with(PASS_NEWEST, passNewest);
        }
        Cursor closed = cursor.with(NEXT_TOKEN, null).with(PASS_NEWEST, null);
        if (cursor.get(START_TIME) != null) {
            return closed.with(BACKFILL_DONE, "true");
        }
        if (passNewest != null) {
            String since = cursor.get(SINCE_ID);
            if (since == null || Long.parseLong(passNewest) > Long.parseLong(since)) {
                closed = closed.with(SINCE_ID, passNewest);
            }
        }
        return closed;
    }

    private static JsonNode parse(String json, SourceQuery query) throws SourceException {
        try {
            JsonNode page = Json.MAPPER.readTree(json);
            if (page == null || !page.isObject()) {
                throw new SourceException(ErrorCode.X_BAD_RESPONSE, Map.of(),
                        "X " + query.key() + ": the response is not a JSON object", null, true);
            }
            return page;
        } catch (IOException e) {
            throw SourceException.retryable(ErrorCode.X_BAD_RESPONSE, Map.of(),
                    "X " + query.key() + ": the response is not valid JSON", e);
        }
    }

    @Override
    public Mapper mapper() {
        return mapper;
    }

    @Override
    public boolean supportsBackfill() {
        return true;
    }

    /**
     * A window for recent search or a timeline ({@code start_time}/{@code end_time}); recent search
     * reaches back {@link #SEARCH_WINDOW} only, so an older start is clipped and reported as a gap
     * by the first page.
     */
    @Override
    public Cursor backfillCursor(SourceQuery query, Instant from, Instant to) {
        Instant start = from;
        Instant earliest = context.clock().instant().minus(SEARCH_WINDOW).plusSeconds(60);
        Cursor c = Cursor.START;
        if (SEARCH.equals(query.attribute(KIND)) && start.isBefore(earliest)) {
            c = c.with(GAP_FROM, from.toString());
            start = earliest;
        }
        return c.with(START_TIME, start.toString()).with(END_TIME, to.toString());
    }

    private static Long longOrNull(String v) {
        return v == null ? null : Long.parseLong(v);
    }

    private static Instant instantOrNull(String v) {
        return v == null ? null : Instant.parse(v);
    }
}

package id.go.kupangkota.sasando.ingest.source.x;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.JdkWebClient;
import id.go.kupangkota.sasando.ingest.source.RateLimitedException;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.WebResponse;
import twitter4j.JSONException;
import twitter4j.PaginationToken;
import twitter4j.RateLimitStatus;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterObjectFactory;
import twitter4j.TwitterResponse;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.User2;
import twitter4j.UsersResponse;
import twitter4j.V2ConfigurationKt;
import twitter4j.auth.OAuth2Authorization;
import twitter4j.auth.OAuth2Token;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * API v2 through Twitter4J and its v2 add-on (jp.takke.twitter4j-v2): recent search, user timelines
 * and username lookup, each returning the response body as JSON text, or throwing the framework's
 * {@link SourceException}s.
 *
 * <p>How Twitter4J is used, and why:
 * <ul>
 *   <li>The v2 add-on builds every URL as {@code conf.v2Configuration.baseURL + "tweets/search/recent"}
 *       (a Kotlin extension property, {@link V2ConfigurationKt#getV2Configuration}); we set that base
 *       (and the v1.1 REST base) from {@link XSettings#baseUrl}, so tests point it at a local server.</li>
 *   <li>The bearer token goes into an {@link OAuth2Authorization} only, never into the
 *       {@link Configuration}: Twitter4J's {@code Configuration.toString()} and {@code OAuth2Token.toString()}
 *       print tokens, so neither the configuration nor the {@link Twitter} instance is ever logged.</li>
 *   <li>Twitter4J's own retries are off ({@code httpRetryCount 0}): the framework's runner retries
 *       with backoff and honours rate limits, once, for every source.</li>
 *   <li>The v2 models drop fields we need ({@code public_metrics.impression_count}, {@code note_tweet},
 *       {@code entities.urls[].unwound_url}), so the JSON store is on and the mapper reads the raw JSON
 *       ({@link TwitterObjectFactory#getRawJSON}) instead of the models. Twitter4J re-serialises what
 *       it parsed: the content is the API's, key order may differ.</li>
 *   <li>Twitter4J does not expose the headers of a successful response, and
 *       {@code TwitterException.getResponseHeader} fails on absent headers; on HTTP 429 the reset time
 *       comes from {@link TwitterException#getRateLimitStatus()} (the {@code x-rate-limit-*} headers),
 *       handed to the framework's error conventions ({@link JdkWebClient#check}).</li>
 * </ul>
 */
public final class XClient {
    /** Expansions: authors, referenced posts and their authors, mentioned users. */
    static final String EXPANSIONS = "author_id,referenced_tweets.id,referenced_tweets.id.author_id,"
            + "entities.mentions.username";
    /** {@code note_tweet} carries the full text of posts longer than 280 characters. */
    static final String TWEET_FIELDS = "created_at,public_metrics,entities,referenced_tweets,conversation_id,"
            + "lang,author_id,note_tweet";
    static final String USER_FIELDS = "username,name,created_at,public_metrics";

    private final TwitterV2 v2;
    private final URI base;
    private final Clock clock;
    private final int maxResults;

    public XClient(XSettings settings, Clock clock) {
        this.base = settings.baseUrl();
        this.clock = clock;
        this.maxResults = settings.maxResults();
        Configuration conf = new ConfigurationBuilder()
                .setRestBaseURL(settings.baseUrl().toString())
                .setHttpConnectionTimeout((int) settings.connectTimeout().toMillis())
                .setHttpReadTimeout((int) settings.readTimeout().toMillis())
                .setHttpRetryCount(0)
                .setJSONStoreEnabled(true)
                .setApplicationOnlyAuthEnabled(true)
                .build();
        V2ConfigurationKt.getV2Configuration(conf).setBaseURL(settings.baseUrl().toString());
        OAuth2Authorization auth = new OAuth2Authorization(conf);
        auth.setOAuth2Token(new OAuth2Token("bearer", settings.bearerToken()));
        Twitter twitter = new TwitterFactory(conf).getInstance(auth);
        this.v2 = TwitterV2ExKt.getV2(twitter);
    }

    /**
     * One page of {@code GET /2/tweets/search/recent}; every argument but the query may be null
     * ({@code start}/{@code end} bound a backfill window).
     */
    public String searchRecent(String query, Long sinceId, String nextToken, Instant start, Instant end)
            throws SourceException {
        String what = "search '" + query + "'";
        try {
            return raw(v2.searchRecent(query, date(end), EXPANSIONS, maxResults, null, token(nextToken), null, null,
                    sinceId, date(start), TWEET_FIELDS, null, USER_FIELDS), what);
        } catch (TwitterException e) {
            throw translate(e, what, "tweets/search/recent");
        }
    }

    /** One page of {@code GET /2/users/:id/tweets}; every argument but the user id may be null. */
    public String userTweets(long userId, Long sinceId, String paginationToken, Instant start, Instant end)
            throws SourceException {
        String what = "timeline of user " + userId;
        try {
            return raw(v2.getUserTweets(userId, date(end), null, EXPANSIONS, maxResults, null, token(paginationToken),
                    null, null, sinceId, date(start), TWEET_FIELDS, null, USER_FIELDS), what);
        } catch (TwitterException e) {
            throw translate(e, what, "users/" + userId + "/tweets");
        }
    }

    /** The numeric id of a handle ({@code GET /2/users/by}), or null when X knows no such user. */
    public Long userId(String username) throws SourceException {
        try {
            UsersResponse response = v2.getUsersBy(new String[]{username}, null, USER_FIELDS, "pinned_tweet_id");
            List<User2> users = response.getUsers();
            return users.isEmpty() ? null : users.get(0).getId();
        } catch (TwitterException e) {
            if (noData(e)) {
                return null;
            }
            throw translate(e, "lookup of @" + username, "users/by");
        }
    }

    /**
     * X answers a lookup of unknown usernames with HTTP 200 and only {@code errors} (resource-not-found),
     * and Twitter4J, finding no {@code data}, throws; that is "no such user", not a broken response to retry.
     */
    private static boolean noData(TwitterException e) {
        return !e.isCausedByNetworkIssue() && e.getStatusCode() < 400 && e.getCause() instanceof JSONException json
                && "No value for data".equals(json.getMessage());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static PaginationToken token(String value) {
        return value == null ? null : new PaginationToken(value);
    }

    private static String raw(TwitterResponse response, String what) throws SourceException {
        String json = TwitterObjectFactory.getRawJSON(response);
        if (json == null) {
            throw new SourceException(ErrorCode.X_BAD_RESPONSE, Map.of(),
                    "X " + what + ": Twitter4J kept no raw JSON of the response", null, true);
        }
        return json;
    }

    /**
     * Maps a Twitter4J failure onto the framework's conventions: network errors, timeouts and
     * unreadable bodies (a truncated transfer) are retryable, 429 waits for the reset, 5xx retries,
     * other 4xx end the query's run. Messages carry the endpoint and status, never credentials; the
     * codes say what the analyst can do (401: the token, 403: the access level, 429: wait).
     */
    private SourceException translate(TwitterException e, String what, String path) {
        int status = e.getStatusCode();
        if (e.isCausedByNetworkIssue()) {
            return SourceException.retryable(ErrorCode.X_UNREACHABLE, Map.of(), "X " + what
                    + ": network error or timeout (" + e.getCause().getClass().getSimpleName() + ": "
                    + e.getCause().getMessage() + ")", e);
        }
        if (status < 400) {
            // no HTTP error: Twitter4J could not read the body (a transfer cut short, a proxy's HTML page)
            boolean unreadable = e.getCause() instanceof JSONException || e.getCause() instanceof TwitterException;
            return SourceException.retryable(ErrorCode.X_BAD_RESPONSE, Map.of(), "X " + what + ": "
                    + (unreadable ? "the response is not valid JSON (truncated transfer?): " : "")
                    + abbreviate(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        Map<String, List<String>> headers = Map.of();
        RateLimitStatus limit = e.getRateLimitStatus();
        if (limit != null) {
            headers = Map.of("x-rate-limit-reset", List.of(Long.toString(limit.getResetTimeInSeconds())));
        }
        WebResponse response = new WebResponse(status, headers,
                abbreviate(e.getErrorMessage() != null ? e.getErrorMessage() : e.getMessage())
                        .getBytes(StandardCharsets.UTF_8));
        ErrorCode code = code(status);
        Map<ErrorArg, String> args = code.args().contains(ErrorArg.STATUS)
                ? Map.of(ErrorArg.STATUS, Integer.toString(status)) : Map.of();
        try {
            JdkWebClient.check(base.resolve(path), response, clock);
        } catch (RateLimitedException limited) {
            return new RateLimitedException(ErrorCode.X_RATE_LIMITED, Map.of(),
                    "X " + what + ": " + limited.getMessage(), limited.resetAt());
        } catch (SourceException converted) {
            return new SourceException(code, args, "X " + what + ": " + converted.getMessage(), e,
                    converted.retryable());
        }
        return new SourceException(code, args, "X " + what + ": HTTP " + status, e, false);
    }

    /** The code of an HTTP error of X other than 429. */
    static ErrorCode code(int status) {
        return switch (status) {
            case 401 -> ErrorCode.X_UNAUTHORIZED;
            case 403 -> ErrorCode.X_FORBIDDEN;
            default -> status >= 500 || status == 408 ? ErrorCode.X_UNAVAILABLE : ErrorCode.X_REJECTED;
        };
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    @Override
    public String toString() {
        return "XClient[" + base + "]";
    }
}

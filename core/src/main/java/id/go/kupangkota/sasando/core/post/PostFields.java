package id.go.kupangkota.sasando.core.post;

import java.util.List;

/**
 * The field names of a post in JSON, Parquet and Elasticsearch: one name per concept across every
 * module. Queries, aggregations and Spark columns use these constants, never literals.
 */
public final class PostFields {
    private PostFields() {
    }

    public static final String ID = "id";
    public static final String SOURCE = "source";
    /**
     * The platform a post belongs to, the part of its id before {@code :} ({@code Post.platformOf}): the
     * source that collects such posts itself, which is not {@link #SOURCE} for a copy another source delivered
     * (an X post from a file import). Not a {@code Post} field: the read models that key by account (accounts,
     * edges) store it.
     */
    public static final String PLATFORM = "platform";
    public static final String NATIVE_ID = "native_id";
    public static final String URL = "url";
    public static final String QUERY = "query";
    public static final String AUTHOR_HANDLE = "author_handle";
    public static final String AUTHOR_KEY = "author_key";
    public static final String AUTHOR_NAME = "author_name";
    /** When the author's account was created, where the source reports it; absent when unknown. */
    public static final String AUTHOR_CREATED_AT = "author_created_at";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /**
     * The whole text as one keyword (index only, not a {@code Post} field): copies of a text share it, so
     * the risk queue can show a chain message once. Texts over 8,000 characters have none.
     */
    public static final String TEXT_EXACT = "text.exact";
    public static final String LANG = "lang";
    public static final String CREATED_AT = "created_at";
    public static final String INGESTED_AT = "ingested_at";
    public static final String LIKE_COUNT = "like_count";
    public static final String REPLY_COUNT = "reply_count";
    public static final String REPOST_COUNT = "repost_count";
    public static final String QUOTE_COUNT = "quote_count";
    public static final String VIEW_COUNT = "view_count";
    /**
     * Interaksi (engagement): every public reaction a source counts (likes, replies, reposts, quotes),
     * summed. One definition for Ringkasan, Akun and the accounts job; views are reach, not engagement.
     */
    public static final List<String> ENGAGEMENT = List.of(LIKE_COUNT, REPLY_COUNT, REPOST_COUNT, QUOTE_COUNT);
    public static final String HASHTAGS = "hashtags";
    public static final String MENTIONS = "mentions";
    public static final String LINKS = "links";
    public static final String REPLY_TO = "reply_to";
    public static final String QUOTE_OF = "quote_of";
    public static final String REPOST_OF = "repost_of";
    public static final String SENTIMENT = "sentiment";
    public static final String SENTIMENT_SCORE = "sentiment_score";
    public static final String EMOTION = "emotion";
    public static final String RISK = "risk";
    public static final String RISK_SCORE = "risk_score";
    public static final String EVIDENCE = "evidence";
    public static final String TOPICS = "topics";
    public static final String STANCE = "stance";
    public static final String KECAMATAN = "kecamatan";
    public static final String TERMS = "terms";
    /** WITA calendar day, {@code yyyy-MM-dd}. */
    public static final String DAY = "day";
    /** ISO week in WITA, {@code YYYY-Www}. */
    public static final String WEEK = "week";
    public static final String PIPELINE_VERSION = "pipeline_version";
    public static final String TAGGED_AT = "tagged_at";
    /** Denormalised latest triage decision (confirmed, false_alarm, escalated); the triage index is the record. */
    public static final String TRIAGE_STATUS = "triage_status";
}

package id.go.kupangkota.sasando.core.post;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One public post, news item or imported row, in the shape every module shares: ingest writes it
 * (enrichment fields empty), the Spark enrich job fills the enrichment fields, Elasticsearch stores
 * it under {@link #id} and the dashboard reads it. Serialised with {@link Json#MAPPER}, so the JSON
 * field names are the snake_case names in {@link PostFields}.
 *
 * <p>The id is {@code platform:nativeId}: re-ingesting the same item overwrites, never duplicates.
 * The platform is the source that collects such posts itself, which is the post's {@code source},
 * except for a copy delivered by another source: an X post found in another tool's export keeps the
 * X source's id ({@code x:<tweet id>}) so both copies are one post, and {@code source} says it came
 * from the import ({@code file}); see {@link #ownCopy} and {@link #platformOf}. An account is the
 * platform's: read models that count accounts key them by platform, not by the delivering source.
 * Times are instants (stored in UTC); WITA days and weeks are derived with
 * {@link id.go.kupangkota.sasando.core.time.Wita}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Post(
        // identity and origin
        String id,
        String source,
        String nativeId,
        String url,
        String query,
        // author: the handle is shown to analysts; the key is a pseudonym for aggregation and export
        String authorHandle,
        String authorKey,
        String authorName,
        // when the author's account was created, where the source reports it (X does); null when unknown
        Instant authorCreatedAt,
        // content
        String title,
        String text,
        String lang,
        Instant createdAt,
        Instant ingestedAt,
        // engagement as the source reported it at fetch time
        Long likeCount,
        Long replyCount,
        Long repostCount,
        Long quoteCount,
        Long viewCount,
        List<String> hashtags,
        List<String> mentions,
        List<String> links,
        // conversation edges (ids in the same source:nativeId form)
        String replyTo,
        String quoteOf,
        String repostOf,
        // enrichment, filled by analytics; null until tagged
        String sentiment,
        Double sentimentScore,
        String emotion,
        List<String> risk,
        Double riskScore,
        List<Evidence> evidence,
        List<String> topics,
        String stance,
        String kecamatan,
        List<String> terms,
        String day,
        String week,
        String pipelineVersion,
        Instant taggedAt) {

    /** The stable id of an item: {@code source:nativeId}. */
    public static String idOf(String source, String nativeId) {
        return source + ":" + nativeId;
    }

    /**
     * Whether a post of this id and source is its platform's own copy ({@code x:…} from the X source),
     * not one another source delivered ({@code x:…} imported from a file). When both exist, the own
     * copy is the post: it is the richer one (author id, metrics the API reports).
     */
    public static boolean ownCopy(String id, String source) {
        return source != null && source.equals(platformOf(id));
    }

    /**
     * The platform a post id names: its part before the first {@code :} ({@code x} for {@code x:123}, whichever
     * source delivered the copy), or null for an id without one.
     */
    public static String platformOf(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        return colon < 0 ? null : id.substring(0, colon);
    }

    /** Starts a post with its identity; everything else is set on the builder. */
    public static Builder builder(String source, String nativeId) {
        return new Builder(source, nativeId);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable builder, because a post has many optional fields and sources fill few of them. */
    public static final class Builder {
        private String id, source, nativeId, url, query, authorHandle, authorKey, authorName, title, text, lang;
        private Instant authorCreatedAt, createdAt, ingestedAt, taggedAt;
        private Long likeCount, replyCount, repostCount, quoteCount, viewCount;
        private List<String> hashtags, mentions, links, risk, topics, terms;
        private String replyTo, quoteOf, repostOf, sentiment, emotion, stance, kecamatan, day, week, pipelineVersion;
        private Double sentimentScore, riskScore;
        private List<Evidence> evidence;

        private Builder(String source, String nativeId) {
            this.source = source;
            this.nativeId = nativeId;
            this.id = idOf(source, nativeId);
        }

        private Builder(Post p) {
            id = p.id; source = p.source; nativeId = p.nativeId; url = p.url; query = p.query;
            authorHandle = p.authorHandle; authorKey = p.authorKey; authorName = p.authorName;
            authorCreatedAt = p.authorCreatedAt;
            title = p.title; text = p.text; lang = p.lang; createdAt = p.createdAt; ingestedAt = p.ingestedAt;
            likeCount = p.likeCount; replyCount = p.replyCount; repostCount = p.repostCount;
            quoteCount = p.quoteCount; viewCount = p.viewCount;
            hashtags = p.hashtags; mentions = p.mentions; links = p.links;
            replyTo = p.replyTo; quoteOf = p.quoteOf; repostOf = p.repostOf;
            sentiment = p.sentiment; sentimentScore = p.sentimentScore; emotion = p.emotion; risk = p.risk;
            riskScore = p.riskScore; evidence = p.evidence; topics = p.topics; stance = p.stance;
            kecamatan = p.kecamatan; terms = p.terms; day = p.day; week = p.week;
            pipelineVersion = p.pipelineVersion; taggedAt = p.taggedAt;
        }

        /**
         * The source that delivered this copy, when it is not the platform the id names (e.g.
         * {@code builder("x", tweetId).deliveredBy("file")}); the id stays the platform's.
         */
        public Builder deliveredBy(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder query(String v) { query = v; return this; }
        public Builder authorHandle(String v) { authorHandle = v; return this; }
        public Builder authorKey(String v) { authorKey = v; return this; }
        public Builder authorName(String v) { authorName = v; return this; }
        public Builder authorCreatedAt(Instant v) { authorCreatedAt = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder lang(String v) { lang = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder ingestedAt(Instant v) { ingestedAt = v; return this; }
        public Builder likeCount(Long v) { likeCount = v; return this; }
        public Builder replyCount(Long v) { replyCount = v; return this; }
        public Builder repostCount(Long v) { repostCount = v; return this; }
        public Builder quoteCount(Long v) { quoteCount = v; return this; }
        public Builder viewCount(Long v) { viewCount = v; return this; }
        public Builder hashtags(List<String> v) { hashtags = v; return this; }
        public Builder mentions(List<String> v) { mentions = v; return this; }
        public Builder links(List<String> v) { links = v; return this; }
        public Builder replyTo(String v) { replyTo = v; return this; }
        public Builder quoteOf(String v) { quoteOf = v; return this; }
        public Builder repostOf(String v) { repostOf = v; return this; }
        public Builder sentiment(String v) { sentiment = v; return this; }
        public Builder sentimentScore(Double v) { sentimentScore = v; return this; }
        public Builder emotion(String v) { emotion = v; return this; }
        public Builder risk(List<String> v) { risk = v; return this; }
        public Builder riskScore(Double v) { riskScore = v; return this; }
        public Builder evidence(List<Evidence> v) { evidence = v; return this; }
        public Builder topics(List<String> v) { topics = v; return this; }
        public Builder stance(String v) { stance = v; return this; }
        public Builder kecamatan(String v) { kecamatan = v; return this; }
        public Builder terms(List<String> v) { terms = v; return this; }
        public Builder day(String v) { day = v; return this; }
        public Builder week(String v) { week = v; return this; }
        public Builder pipelineVersion(String v) { pipelineVersion = v; return this; }
        public Builder taggedAt(Instant v) { taggedAt = v; return this; }

        public Post build() {
            return new Post(id, source, nativeId, url, query, authorHandle, authorKey, authorName, authorCreatedAt,
                    title, text, lang, createdAt, ingestedAt, likeCount, replyCount, repostCount, quoteCount, viewCount,
                    hashtags, mentions, links, replyTo, quoteOf, repostOf, sentiment, sentimentScore, emotion,
                    risk, riskScore, evidence, topics, stance, kecamatan, terms, day, week, pipelineVersion,
                    taggedAt);
        }
    }
}

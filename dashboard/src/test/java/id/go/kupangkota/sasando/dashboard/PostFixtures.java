package id.go.kupangkota.sasando.dashboard;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.BulkWriter;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Small posts for tests: a plain post, a flagged one, and indexing with refresh. */
public final class PostFixtures {
    private PostFixtures() {
    }

    /** A WITA wall-clock time as an instant. */
    public static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Wita.ZONE).toInstant();
    }

    /** A tagged, neutral post about public services by {@code author}, from X. */
    public static Post.Builder post(String nativeId, String text, Instant at) {
        return post("x", nativeId, text, at);
    }

    /** The same post from another source ({@code file}, {@code news}). */
    public static Post.Builder post(String source, String nativeId, String text, Instant at) {
        return Post.builder(source, nativeId)
                .text(text)
                .createdAt(at)
                .day(Wita.dayKey(at))
                .week(Wita.weekKey(at))
                .authorHandle("warga_" + nativeId)
                .authorKey("k" + nativeId)
                .sentiment("neutral")
                .sentimentScore(0.0)
                .emotion("none")
                .topics(List.of("layanan_publik"))
                .stance("none")
                .kecamatan("Oebobo")
                .terms(List.of("air"))
                .hashtags(List.of("kupang"))
                .likeCount(1L)
                .repostCount(0L)
                .replyCount(0L);
    }

    /** A post flagged for {@code category}, with the evidence span of {@code term} in its text. */
    public static Post.Builder flagged(String nativeId, String text, String category, String term, Instant at,
                                       double score) {
        int start = text.indexOf(term);
        return post(nativeId, text, at)
                .risk(List.of(category))
                .riskScore(score)
                .sentiment("negative")
                .topics(List.of(category))
                .stance("promoting")
                .evidence(List.of(new Evidence(category, term, start, start + term.length())));
    }

    /** Indexes the posts under the prefix and makes them searchable at once. */
    public static void index(ElasticsearchClient client, String prefix, List<Post> posts) {
        String index = SasandoIndex.POSTS.alias(prefix);
        try (BulkWriter<Post> writer = new BulkWriter<>(client, index, Post::id)) {
            posts.forEach(writer::add);
        }
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

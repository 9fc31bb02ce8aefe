package id.go.kupangkota.sasando.dashboard.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.ui.MarkedText;
import id.go.kupangkota.sasando.dashboard.search.SearchResult.Cursor;
import id.go.kupangkota.sasando.dashboard.search.SearchResult.Match;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Posts matching a filter, newest first with the id as tie-breaker, so {@code search_after} pages
 * through any number of results without deep {@code from} offsets.
 */
@Repository
class SearchRepository {
    static final int EXPORT_PAGE = 1000;

    private static final List<SortOptions> SORT = List.of(
            SortOptions.of(o -> o.field(f -> f.field(PostFields.CREATED_AT).order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field(PostFields.ID).order(SortOrder.Asc))));

    private final ElasticsearchClient client;
    private final String index;

    SearchRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.POSTS);
    }

    SearchResult page(PostFilter filter, Cursor after, int size) {
        return page(filter, after, size, true);
    }

    private SearchResult page(PostFilter filter, Cursor after, int size, boolean highlight) {
        SearchResponse<Post> response = search(filter, after, size, highlight);
        List<Hit<Post>> hits = response.hits().hits();
        List<Match> matches = hits.stream()
                .map(h -> new Match(h.source(), h.highlight().getOrDefault(PostFields.TEXT, List.of())))
                .toList();
        Cursor next = hits.size() < size ? null : cursor(hits.get(hits.size() - 1));
        long total = response.hits().total() == null ? matches.size() : response.hits().total().value();
        return new SearchResult(total, matches, next);
    }

    private SearchResponse<Post> search(PostFilter filter, Cursor after, int size, boolean highlight) {
        Query query = PostQueries.filter(filter);
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index).size(size).query(query).sort(SORT).trackTotalHits(t -> t.enabled(true));
            if (highlight && filter.text() != null) {
                // markers, not HTML: the fragments are rendered as text with marked spans. No fragments
                // (0): the whole text, since fragments end at sentence ends and a post's place or its
                // subject is often in a sentence other than the match's ("#PDAMKupang" shown alone)
                s.highlight(h -> h.fields(PostFields.TEXT, f -> f
                                .preTags(MarkedText.MATCH_START).postTags(MarkedText.MATCH_END)
                                .numberOfFragments(0)));
            }
            if (!highlight) {
                // exports say what analysts decided: the status is on the document, not in Post
                s.docvalueFields(f -> f.field(PostFields.TRIAGE_STATUS));
            }
            if (after != null) {
                s.searchAfter(FieldValue.of(after.createdAtMillis()), FieldValue.of(after.postId()));
            }
            return s;
        });
        try {
            return client.search(request, Post.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search posts", e);
        }
    }

    /** Every matching post, page by page, with its triage status (null: no decision). */
    void scan(PostFilter filter, BiConsumer<Post, String> each) {
        Cursor after = null;
        do {
            List<Hit<Post>> hits = search(filter, after, EXPORT_PAGE, false).hits().hits();
            hits.forEach(h -> each.accept(h.source(), triageStatus(h)));
            after = hits.size() < EXPORT_PAGE ? null : cursor(hits.get(hits.size() - 1));
        } while (after != null);
    }

    private static String triageStatus(Hit<Post> hit) {
        JsonData values = hit.fields().get(PostFields.TRIAGE_STATUS);
        String[] status = values == null ? new String[0] : values.to(String[].class);
        return status.length == 0 ? null : status[0];
    }

    private static Cursor cursor(Hit<Post> hit) {
        List<FieldValue> sort = hit.sort();
        return new Cursor(sort.get(0).longValue(), sort.get(1).stringValue());
    }
}

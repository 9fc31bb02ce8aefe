package id.go.kupangkota.sasando.dashboard.search;

import id.go.kupangkota.sasando.core.post.Post;

import java.util.List;

/**
 * One page of results: the total, the hits with their highlighted fragments, and where the next page
 * starts (null on the last page).
 */
public record SearchResult(long total, List<Match> matches, Cursor next) {

    /** A post and its highlighted fragments (matches between MarkedText's markers). */
    public record Match(Post post, List<String> fragments) {
    }

    /** The sort values of the last hit of a page: the next page starts after them. */
    public record Cursor(long createdAtMillis, String postId) {
    }
}

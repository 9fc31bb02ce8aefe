package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.post.Post;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Mapper} made of a payload: the post (enrichment fields empty), the raw fields it
 * could not map, which go to {@code LandingRecord.unmapped} so a better mapper can pick them up, and
 * warnings: what was wrong with a post that is kept anyway (no author, no creation time, bytes that
 * were not UTF-8, an article that could not be fetched), said so a person can act on it. The runner
 * counts posts with warnings in the coverage record; a mapper also marks them in {@code unmapped},
 * so the landing record shows them.
 *
 * <p>{@code landedBefore}: the mapper knows an earlier run landed a post of this id (the file source's id
 * ledger: the same post in another export, or an import done again). It is landed again, and being the
 * later fetch its counts replace the older when the post is indexed, but it is no new post: the runner
 * counts it apart among the written.
 */
public record Mapped(Post post, List<String> unmapped, List<String> warnings, boolean landedBefore) {
    public Mapped {
        Objects.requireNonNull(post, "post");
        unmapped = unmapped == null ? List.of() : List.copyOf(unmapped);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A post no earlier run is known to have landed. */
    public Mapped(Post post, List<String> unmapped, List<String> warnings) {
        this(post, unmapped, warnings, false);
    }

    /** A post without warnings. */
    public Mapped(Post post, List<String> unmapped) {
        this(post, unmapped, List.of());
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.post.Post;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Mapper} made of a payload: the post (enrichment fields empty) and the raw fields it
 * could not map, which go to {@code LandingRecord.unmapped} so a better mapper can pick them up.
 */
public record Mapped(Post post, List<String> unmapped) {
    public Mapped {
        Objects.requireNonNull(post, "post");
        unmapped = unmapped == null ? List.of() : List.copyOf(unmapped);
    }
}

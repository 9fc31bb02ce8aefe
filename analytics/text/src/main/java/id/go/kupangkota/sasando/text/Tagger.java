package id.go.kupangkota.sasando.text;

import id.go.kupangkota.sasando.core.post.Post;

import java.time.Instant;

/** Placeholder while the taggers are built. */
public final class Tagger {
    private static final class Holder {
        static final Tagger INSTANCE = new Tagger();
    }

    public static Tagger shared() {
        return Holder.INSTANCE;
    }

    public TagResult tag(String text) {
        return TagResult.neutral();
    }

    public Post enrich(Post post, Instant taggedAt) {
        return post;
    }

    public String pipelineVersion() {
        return "text-1+dev";
    }
}

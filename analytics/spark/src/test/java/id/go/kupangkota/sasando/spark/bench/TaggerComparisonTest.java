package id.go.kupangkota.sasando.spark.bench;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.classify.TextClassifier;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerComparisonTest {
    /** The build under test runs in a loader of its own (not this JVM's tagger) and tags as it does. */
    @Test
    void aBuildIsTaggedWithItsOwnClassesAndTagsAsTheSameBuildDoes() throws Throwable {
        Path build = Path.of(Tagger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MethodHandle own = TaggerComparison.enrich(build);
        MethodHandle again = TaggerComparison.enrich(build);
        Instant now = Instant.parse("2024-06-02T00:00:00Z");
        LandingGenerator posts = new LandingGenerator();
        for (int n = 0; n < 200; n++) {
            Post post = posts.post(n, n % 60);
            Post expected = Tagger.shared().enrich(post, now);
            assertThat((Post) own.invoke(post, now)).isEqualTo(expected);
            assertThat((Post) again.invoke(post, now)).isEqualTo(expected);
        }

        try (TaggerComparison.TextFirst loader = new TaggerComparison.TextFirst(build.toUri().toURL(),
                getClass().getClassLoader())) {
            Class<?> tagger = loader.loadClass(Tagger.class.getName());
            assertThat(tagger).isNotSameAs(Tagger.class);
            assertThat(tagger.getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass(Post.class.getName())).isSameAs(Post.class); // shared with this JVM
            assertThat(loader.getResource(TextClassifier.SENTIMENT_MODEL).toString()).contains(build.toString());
        }
    }
}

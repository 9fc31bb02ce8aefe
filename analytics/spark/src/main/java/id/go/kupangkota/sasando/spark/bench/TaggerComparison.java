package id.go.kupangkota.sasando.spark.bench;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.Options;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Two builds of the tagger (the text module's classes and resources, say before and after a change)
 * timed in one JVM on the enrich benchmark's generated posts: slices of posts alternate between the
 * two (which goes first alternates too), and the ratio B / A of CPU per post is taken per pair.
 * The VM's speed drifts by a tenth or more within minutes, so separate runs cannot show a change of
 * that size; pairs taken seconds apart can.
 *
 * <pre>
 * TaggerComparison --a DIR_OR_JAR --b DIR_OR_JAR [--posts 200000] [--slice 10000] [--pairs 60]
 * </pre>
 * For instance, {@code git worktree add /tmp/before HEAD~1}, build its {@code analytics/text}, and
 * compare {@code /tmp/before/analytics/text/target/classes} with {@code analytics/text/target/classes}.
 */
public final class TaggerComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String TAGGER = "id.go.kupangkota.sasando.text.Tagger";

    public static void main(String[] argv) throws Throwable {
        Options o = Options.parse(argv, List.of("a", "b", "posts", "slice", "pairs"), List.of());
        Path[] builds = {build(o.get("a", null), "--a"), build(o.get("b", null), "--b")};
        int slice = o.getInt("slice", 10_000);
        int pairs = o.getInt("pairs", 60);
        if (slice < 1 || pairs < 4) {
            throw new IllegalArgumentException("--slice must be at least 1 and --pairs at least 4 (for quartiles)");
        }
        int n = Math.max(slice, o.getInt("posts", 200_000));
        MethodHandle[] enrich = {enrich(builds[0]), enrich(builds[1])};
        List<Post> posts = new LandingGenerator().posts(n, 40, n);
        Instant now = Instant.now();
        long sink = 0;
        for (int i = 0; i < 2; i++) { // load and warm both
            for (Post post : posts) {
                sink += tag(enrich[i], post, now);
            }
        }
        List<Double> ratios = new ArrayList<>();
        double[] total = new double[2];
        for (int p = 0; p < pairs; p++) {
            int from = (p * slice) % (n - slice + 1);
            List<Post> part = posts.subList(from, from + slice);
            double[] micros = new double[2];
            for (int k = 0; k < 2; k++) {
                int i = p % 2 == 0 ? k : 1 - k;
                long before = THREADS.getCurrentThreadCpuTime();
                for (Post post : part) {
                    sink += tag(enrich[i], post, now);
                }
                micros[i] = (THREADS.getCurrentThreadCpuTime() - before) / 1e3 / slice;
                total[i] += micros[i];
            }
            ratios.add(micros[1] / micros[0]);
        }
        Collections.sort(ratios);
        System.out.printf("[benchmark] tagger A (%s): %.1f CPU-µs per post; B (%s): %.1f (means over %d slices "
                        + "of %,d posts each)%n", builds[0], total[0] / pairs, builds[1], total[1] / pairs, pairs, slice);
        System.out.printf("[benchmark] B / A, CPU per post, pair by pair: median %.3f, quartiles %.3f-%.3f "
                        + "(%d terms tagged)%n", ratios.get(pairs / 2), ratios.get(pairs / 4), ratios.get(3 * pairs / 4), sink);
    }

    /** The text module's classes directory or jar named by {@code option}. */
    private static Path build(String value, String option) {
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalArgumentException(option + ": the text module's classes directory or jar of a build"
                    + (value == null ? " is required" : "; nothing at " + value));
        }
        return Path.of(value);
    }

    private static int tag(MethodHandle enrich, Post post, Instant now) throws Throwable {
        return ((Post) enrich.invoke(post, now)).terms().size();
    }

    /** {@code Tagger.shared()::enrich} of the build at {@code build}, in a class loader of its own. */
    static MethodHandle enrich(Path build) throws ReflectiveOperationException, IOException {
        ClassLoader loader = new TextFirst(build.toUri().toURL(), TaggerComparison.class.getClassLoader());
        Class<?> tagger = loader.loadClass(TAGGER);
        Object shared = tagger.getMethod("shared").invoke(null);
        return MethodHandles.publicLookup()
                .findVirtual(tagger, "enrich", MethodType.methodType(Post.class, Post.class, Instant.class))
                .bindTo(shared);
    }

    /**
     * Takes the text module's classes and resources from its own build first; the rest (core's
     * {@code Post}, libraries) from the parent, so both taggers take and return the same {@code Post}.
     */
    static final class TextFirst extends URLClassLoader {
        private static final String CLASSES = "id.go.kupangkota.sasando.text.";
        private static final String RESOURCES = "sasando/text/";

        TextFirst(URL build, ClassLoader parent) {
            super(new URL[]{build}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(CLASSES)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name); // never the parent's copy of the text module
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            if (name.startsWith(RESOURCES)) {
                return findResource(name);
            }
            return super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(RESOURCES) ? findResources(name) : super.getResources(name);
        }
    }
}

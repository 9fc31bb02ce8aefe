package id.go.kupangkota.sasando.text.bench;

import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@link Tagger#tag} on one thread: one operation tags one post, cycling through the
 * trap set (short and long, Indonesian and Kupang Malay, harmless and risky posts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaggerBenchmark {
    private List<String> posts;
    private Tagger tagger;
    private int next;

    @Setup
    public void load() throws IOException {
        try (InputStream in = TaggerBenchmark.class.getResourceAsStream("/sasando/text/risk/traps.tsv")) {
            posts = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3)[2])
                    .toList();
        }
        tagger = Tagger.shared();
    }

    @Benchmark
    public TagResult tagOnePost() {
        String post = posts.get(next);
        next = (next + 1) % posts.size();
        return tagger.tag(post);
    }
}

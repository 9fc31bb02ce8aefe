package id.go.kupangkota.sasando.spark.bench;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.landing.LandingZone;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic posts for the benchmark, written as the ingest side writes landing files. Deterministic
 * (seeded), so two runs tag the same posts. Texts are two to four phrases from
 * {@code /sasando/spark/bench/phrases.txt}, with hashtags and mentions now and then.
 */
public final class LandingGenerator {
    static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final int DAYS = 60;
    private static final int AUTHORS = 5_000;

    private final List<String> phrases;
    private final Random random = new Random(20240711L);

    public LandingGenerator() {
        this.phrases = phrases();
    }

    /** The {@code n}-th post (0-based). */
    public Post post(int n) {
        int parts = 2 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            text.append(i == 0 ? "" : ", ").append(phrases.get(random.nextInt(phrases.size())));
        }
        List<String> hashtags = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            String tag = random.nextBoolean() ? "#KupangKota" : "#InfoKupang";
            text.append(' ').append(tag);
            hashtags.add(tag);
        }
        List<String> mentions = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            String who = "@warga" + random.nextInt(AUTHORS);
            text.append(' ').append(who);
            mentions.add(who);
        }
        int author = random.nextInt(AUTHORS);
        Instant created = START.plusSeconds(random.nextInt(DAYS * 86_400));
        return Post.builder("x", "bench-" + n)
                .authorHandle("warga" + author).authorKey("k" + author)
                .text(text.toString()).lang("id").createdAt(created).ingestedAt(created.plusSeconds(120))
                .likeCount((long) random.nextInt(50)).replyCount((long) random.nextInt(5))
                .repostCount((long) random.nextInt(10)).quoteCount(0L).viewCount((long) random.nextInt(2_000))
                .hashtags(hashtags).mentions(mentions).build();
    }

    /**
     * Writes {@code n} posts into {@code files} landing files under {@code landingRoot} and returns
     * the posts of the first {@code keep} of them (for the bare tagger run).
     */
    public List<Post> write(Path landingRoot, int n, int files, int keep) throws IOException {
        List<Post> kept = new ArrayList<>();
        LandingZone zone = new LandingZone(landingRoot);
        int perFile = (n + files - 1) / files;
        for (int f = 0, written = 0; written < n; f++) {
            Path dir = Files.createDirectories(zone.dayDir("x", Wita.day(START.plusSeconds(86_400L * (f % DAYS)))));
            String name = String.format("part-%d-%06d%s", START.toEpochMilli(), f, LandingZone.SUFFIX);
            Path hidden = dir.resolve(LandingZone.HIDDEN_PREFIX + name);
            try (BufferedWriter out = Files.newBufferedWriter(hidden)) {
                for (int i = 0; i < perFile && written < n; i++, written++) {
                    Post post = post(written);
                    if (kept.size() < keep) {
                        kept.add(post);
                    }
                    Instant fetched = post.ingestedAt();
                    out.write(Json.MAPPER.writeValueAsString(
                            new LandingRecord("x", "bench", fetched, "bench-1", "{}", post, List.of())));
                    out.newLine();
                }
            }
            Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        return kept;
    }

    private static List<String> phrases() {
        try (InputStream in = LandingGenerator.class.getResourceAsStream("/sasando/spark/bench/phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /sasando/spark/bench/phrases.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

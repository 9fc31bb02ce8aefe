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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic posts for the benchmark, written as the ingest side writes landing files. Deterministic
 * (seeded), so two runs tag the same posts. Texts are two to four phrases from
 * {@code /sasando/spark/bench/phrases.txt}, with hashtags and mentions now and then.
 *
 * <p>Like real collection, the files follow the calendar: file {@code f} of {@code F} is fetched on
 * day {@code f * 60 / F} and holds posts created in the 36 hours before (a recent search), each line
 * with a raw payload shaped like an X API v2 post of the same content.
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

    /** The {@code n}-th post (0-based), fetched on day {@code day} (0 to 59). */
    public Post post(int n, int day) {
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
        Instant fetched = START.plusSeconds(86_400L * day + random.nextInt(86_400));
        Instant created = fetched.minusSeconds(60 + random.nextInt(36 * 3_600));
        return Post.builder("x", "bench-" + n)
                .authorHandle("warga" + author).authorKey("k" + author)
                .text(text.toString()).lang("id").createdAt(created).ingestedAt(fetched)
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
            int day = day(f, files);
            Path dir = Files.createDirectories(zone.dayDir("x", Wita.day(START.plusSeconds(86_400L * day))));
            String name = String.format("part-%d-%06d%s", START.toEpochMilli(), f, LandingZone.SUFFIX);
            Path hidden = dir.resolve(LandingZone.HIDDEN_PREFIX + name);
            try (BufferedWriter out = Files.newBufferedWriter(hidden)) {
                for (int i = 0; i < perFile && written < n; i++, written++) {
                    Post post = post(written, day);
                    if (kept.size() < keep) {
                        kept.add(post);
                    }
                    Instant fetched = post.ingestedAt();
                    out.write(Json.MAPPER.writeValueAsString(
                            new LandingRecord("x", "bench", fetched, "bench-1", raw(post), post, List.of())));
                    out.newLine();
                }
            }
            Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        return kept;
    }

    /**
     * The first {@code keep} of the posts {@link #write} writes for the same {@code n} and {@code files},
     * made again without writing: the benchmark drops its copy of the posts while Spark runs (a
     * million posts held in the heap would cost Spark's run the collector's work of marking them).
     * Call on a new generator: the posts come from its seeded sequence.
     */
    public List<Post> posts(int n, int files, int keep) {
        List<Post> posts = new ArrayList<>();
        int perFile = (n + files - 1) / files;
        for (int written = 0; written < Math.min(n, keep); written++) {
            posts.add(post(written, day(written / perFile, files)));
        }
        return posts;
    }

    /** The fetch day of landing file {@code f} of {@code files}. */
    private static int day(int f, int files) {
        return (int) ((long) f * DAYS / files) % DAYS;
    }

    /** What X's API v2 would have sent for the post (the fields the X source asks for). */
    private static String raw(Post post) throws IOException {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("retweet_count", post.repostCount());
        metrics.put("reply_count", post.replyCount());
        metrics.put("like_count", post.likeCount());
        metrics.put("quote_count", post.quoteCount());
        metrics.put("impression_count", post.viewCount());
        Map<String, Object> tweet = new LinkedHashMap<>();
        tweet.put("id", post.nativeId());
        tweet.put("text", post.text());
        tweet.put("author_id", post.authorKey());
        tweet.put("created_at", post.createdAt().toString());
        tweet.put("lang", post.lang());
        tweet.put("conversation_id", post.nativeId());
        tweet.put("public_metrics", metrics);
        tweet.put("entities", Map.of("hashtags", post.hashtags().stream().map(h -> Map.of("tag", h.substring(1))).toList(),
                "mentions", post.mentions().stream().map(m -> Map.of("username", m.substring(1))).toList()));
        tweet.put("edit_history_tweet_ids", List.of(post.nativeId()));
        return Json.MAPPER.writeValueAsString(Map.of("data", tweet,
                "includes", Map.of("users", List.of(Map.of("id", post.authorKey(), "username", post.authorHandle(),
                        "name", post.authorHandle(), "created_at", "2019-03-01T00:00:00.000Z",
                        "public_metrics", Map.of("followers_count", 120, "following_count", 80, "tweet_count", 3_400))))));
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

package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.bench.LandingGenerator;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Zones;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pipeline killed with SIGKILL (a power cut, the OOM killer, {@code docker kill}) while it writes, in a
 * process of its own against the real test node: nothing partial is served, a second pipeline on the same
 * home is refused while the first runs, and the next run finishes the work with every post once and no
 * leftovers (no unfinished index taking the disk, no staging directory, no second curated row).
 */
@ExtendWith(ElasticsearchExtension.class)
class EnrichKillIT {
    /** Enough that Elasticsearch has some before the child is done (it sends them 2,000 at a time). */
    private static final int POSTS = 20_000;

    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void killedInABatchAndInARetagTheNextRunFinishesWithEveryPostOnceAndNothingLeft() throws Exception {
        SasandoSettings settings = ElasticsearchExtension.settings();
        new IndexBootstrap(client, settings.indexPrefix()).ensure(SasandoIndex.POSTS);
        String alias = SasandoIndex.POSTS.alias(settings.indexPrefix());
        new LandingGenerator().write(settings.landingDir(), POSTS, 4, 0);
        Zones zones = Zones.of(settings);
        SparkSession spark = TestSpark.session(); // started before the child, so the refusal below is quick

        // 1. killed in its first batch, once Elasticsearch has some of the batch's posts
        Process batch = start(settings, "--once");
        awaitPartial(batch, () -> count(alias), "the posts index");
        assertThatThrownBy(() -> EnrichJob.run(spark, args(settings, EnrichJob.Mode.ONCE)))
                .isInstanceOf(JobFailure.ActionNeeded.class)
                .hasMessageContaining("another Sasando pipeline is running")
                .hasMessageContaining("pid " + batch.pid());
        kill(batch);
        assertThat(curatedFiles(zones)).as("a killed batch publishes no curated file").isEmpty();

        EnrichJob.Result resumed = EnrichJob.run(spark, args(settings, EnrichJob.Mode.ONCE));
        assertThat(resumed.tagged()).isEqualTo(POSTS);
        assertThat(count(alias)).isEqualTo(POSTS);
        assertThat(CuratedPosts.read(spark, zones.posts()).count()).isEqualTo(POSTS);
        assertThat(rowsInFiles(zones)).as("one curated row per post: the killed batch left none").isEqualTo(POSTS);
        assertThat(besideZone(zones)).as("no batch staging left").isEmpty();
        Set<String> served = indices(settings);

        // 2. killed in a re-tag, once its new index has some posts: the old index still serves, whole
        Process retag = start(settings, "--retag");
        awaitPartial(retag, () -> unfinishedCount(settings, served), "the re-tag's new index");
        kill(retag);
        assertThat(count(alias)).isEqualTo(POSTS);
        assertThat(indices(settings)).as("the killed re-tag left its partial index").hasSize(2);
        assertThat(CuratedPosts.read(spark, zones.posts()).count()).isEqualTo(POSTS);
        assertThat(besideZone(zones)).as("the killed re-tag's staging").hasSize(1);

        // a re-tag interrupted by hand is not started again on its own; the next run removes what it left
        EnrichJob.run(spark, args(settings, EnrichJob.Mode.ONCE));
        assertThat(indices(settings)).as("the partial index removed").isEqualTo(served);
        assertThat(count(alias)).isEqualTo(POSTS);
        assertThat(besideZone(zones)).as("the re-tag's staging removed").isEmpty();

        EnrichJob.run(spark, args(settings, EnrichJob.Mode.RETAG));
        assertThat(indices(settings)).as("only the rebuilt index, behind the alias").hasSize(1)
                .doesNotContainAnyElementsOf(served);
        assertThat(count(alias)).isEqualTo(POSTS);
        assertThat(rowsInFiles(zones)).isEqualTo(POSTS);
        assertThat(besideZone(zones)).as("no re-tag staging or moved-aside zone left").isEmpty();
    }

    private EnrichJob.Args args(SasandoSettings settings, EnrichJob.Mode mode) {
        return new EnrichJob.Args(Zones.of(settings), EsTarget.of(settings), mode, Duration.ofSeconds(1), 1_000);
    }

    /** {@code EnrichJob} in a JVM of its own, as {@code ./sasando enrich} starts it, on the test's home and node. */
    private Process start(SasandoSettings settings, String mode) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(jvmConfig()).trim().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-Duser.timezone=UTC", "-cp", System.getProperty("java.class.path"),
                EnrichJob.class.getName(), mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.home().resolve("enrich-" + mode.substring(2) + ".log").toFile());
        builder.environment().put("SASANDO_HOME", settings.home().toString());
        builder.environment().put("SASANDO_ES_URL", settings.esUrl());
        builder.environment().put("SASANDO_INDEX_PREFIX", settings.indexPrefix());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** The project's {@code .mvn/jvm.config}: the {@code --add-opens} Spark needs on Java 17. */
    private static Path jvmConfig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path config = dir.resolve(".mvn").resolve("jvm.config");
            if (Files.isRegularFile(config)) {
                return config;
            }
        }
        throw new IllegalStateException("no .mvn/jvm.config above " + Path.of("").toAbsolutePath());
    }

    /** Waits until {@code count} is above 0 and below every post: the child is writing, not done. */
    private static void awaitPartial(Process child, LongSupplier count, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the child ended before it was killed (exit %s)",
                    child.isAlive() ? "" : child.exitValue()).isTrue();
            long n = count.getAsLong();
            assertThat(n).as("%s took every post before the child could be killed", what).isLessThan(POSTS);
            if (n > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + " got no post in 3 minutes");
    }

    private static void kill(Process child) throws InterruptedException {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
    }

    private long count(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Documents in the posts index that is not {@code served}; 0 while the re-tag has not created it. */
    private long unfinishedCount(SasandoSettings settings, Set<String> served) {
        return indices(settings).stream().filter(i -> !served.contains(i)).mapToLong(this::count).sum();
    }

    private Set<String> indices(SasandoSettings settings) {
        try {
            return client.indices().get(g -> g.index(SasandoIndex.POSTS.pattern(settings.indexPrefix())))
                    .result().keySet();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path local(String uri) {
        return Path.of(java.net.URI.create(uri));
    }

    private static List<Path> curatedFiles(Zones zones) throws IOException {
        Path zone = local(zones.posts());
        if (!Files.exists(zone)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(zone)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")
                    && !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** Rows in the curated files, duplicates included (a read keeps the latest row per post). */
    private static long rowsInFiles(Zones zones) {
        return TestSpark.session().read().parquet(zones.posts()).count();
    }

    /** Directories beside the zone that a run makes and removes: staging of a batch or re-tag, an old zone. */
    private static List<String> besideZone(Zones zones) throws IOException {
        Path zone = local(zones.posts());
        try (Stream<Path> siblings = Files.list(zone.getParent())) {
            return siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(zone.getFileName() + ".")).toList();
        }
    }
}

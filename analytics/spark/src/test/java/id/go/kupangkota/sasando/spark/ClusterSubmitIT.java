package id.go.kupangkota.sasando.spark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.Zones;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.writeLanding;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline submitted to a Spark standalone cluster exactly as README.md ("On a cluster") and the
 * Dockerfile's analytics image submit it: {@code spark-submit --master spark://… --class …PipelineJob
 * sasando-spark-<v>-cluster.jar}, no {@code --jars}, no {@code --add-opens} of ours. Master, Worker,
 * executor and driver are separate JVMs; the Spark home holds Spark and its dependencies only
 * ({@link StandaloneCluster#sparkJars}), so every class of Sasando an executor runs came in the cluster jar.
 */
@ExtendWith(ElasticsearchExtension.class)
class ClusterSubmitIT {
    private static final LocalDate DAY = LocalDate.parse("2024-07-11");
    private static final Instant FETCHED = Instant.parse("2024-07-11T04:00:00Z");
    private static final Pattern TAGGING = Pattern.compile("EnrichPartition: tagging in executor (\\S+), JVM (\\d+):");

    private final ElasticsearchClient client = ElasticsearchExtension.client();

    @Test
    void thePipelineSubmittedToAStandaloneClusterTagsInAnExecutorAndWritesPostsAndReadModels() throws Exception {
        // under target/, left in place after the run: the Master's, Worker's, executor's and driver's logs
        Path dir = Path.of("target", "cluster-submit-it").toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        SasandoSettings settings = ElasticsearchExtension.settings(dir.resolve("home"));
        Path landing = settings.landingDir();
        writeLanding(landing, "news", DAY, List.of(landingLine(Fixtures.seed(FETCHED), FETCHED)));
        writeLanding(landing, "x", DAY, Stream.of(
                post("101", "ana", "Air PDAM su mati dari kemarin di Oebobo, sonde ada info", "2024-07-11T01:00:00Z"),
                post("102", "budi", "Jalan ke Alak rusak parah, katong tunggu perbaikan @ana", "2024-07-11T03:00:00Z")
                        .mentions(List.of("ana")))
                .map(p -> landingLine(p.build(), FETCHED)).toList());

        long start = System.nanoTime();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir, Path.of("target", "classpath.txt"),
                Path.of("target", "dependency-tree.txt"))) {
            long started = System.nanoTime();
            List<String> sparkJars;
            try (Stream<Path> jars = Files.list(cluster.sparkHome().resolve("jars"))) {
                sparkJars = jars.map(p -> p.getFileName().toString()).toList();
            }
            assertThat(sparkJars).as("a Spark installation's jars")
                    .anyMatch(j -> j.startsWith("spark-core_2.12-3.5")).anyMatch(j -> j.startsWith("scala-library-"))
                    .anyMatch(j -> j.startsWith("hadoop-client-api-")).anyMatch(j -> j.startsWith("jackson-databind-"))
                    .noneMatch(j -> j.startsWith("sasando-") || j.startsWith("elasticsearch-")
                            || j.startsWith("lucene-") || j.startsWith("httpcore-nio-"));

            Path log = dir.resolve("submit.log");
            StandaloneCluster.Submitted submitted = cluster.submit(Map.of(
                            "SASANDO_HOME", settings.home().toString(),
                            "SASANDO_ES_URL", settings.esUrl(),
                            "SASANDO_INDEX_PREFIX", settings.indexPrefix()),
                    log, Duration.ofMinutes(5),
                    "--master", cluster.masterUrl(),
                    "--class", PipelineJob.class.getName(),
                    // a handful of posts: a few shuffle partitions (the default 200 would be 200 tasks each)
                    // and small heaps, beside the test JVM and Elasticsearch on a CI machine
                    "--conf", "spark.sql.shuffle.partitions=2",
                    "--driver-memory", "512m",
                    "--conf", "spark.executor.memory=512m",
                    "--conf", "spark.ui.enabled=false",
                    clusterJar().toString());
            String driver = Files.readString(log);
            assertThat(submitted.exitCode()).as("spark-submit's exit code; its log:\n" + driver).isZero();
            System.out.printf("ClusterSubmitIT: cluster up in %.1f s, spark-submit took %.1f s%n",
                    (started - start) / 1e9, (System.nanoTime() - started) / 1e9);
            driver.lines().filter(l -> l.contains("PipelineJob:")).forEach(System.out::println);

            // the tagging ran in the executor the Worker started, not in the driver
            assertThat(driver).contains("pipeline done").doesNotContain("tagging in executor");
            List<Path> executorLogs;
            try (Stream<Path> files = Files.walk(cluster.workDir())) {
                executorLogs = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
            }
            assertThat(executorLogs).as("one executor").hasSize(1);
            String executor = Files.readString(executorLogs.get(0));
            Matcher tagging = TAGGING.matcher(executor);
            assertThat(tagging.find()).as("the executor's log:\n" + executor).isTrue();
            assertThat(tagging.group(1)).isEqualTo("0");
            assertThat(Long.parseLong(tagging.group(2))).as("the executor's JVM")
                    .isNotEqualTo(submitted.pid()).isNotEqualTo(ProcessHandle.current().pid());
            executor.lines().filter(l -> l.contains("tagging in executor")).forEach(System.out::println);
            // the executor's class path is Spark's alone, and Spark 3.5 opened the JDK's packages itself
            String executorCommand = executor.lines().filter(l -> l.startsWith("Spark Executor Command:")).findFirst()
                    .orElseThrow();
            String home = Pattern.quote(cluster.sparkHome().toString());
            assertThat(executorCommand)
                    .containsPattern("\"-cp\" \"" + home + "/conf/?:" + home + "/jars/\\*\"")
                    .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
            assertThat(executor).contains("Fetching spark://").contains(clusterJar().getFileName().toString());
        }

        // the posts, tagged
        String posts = SasandoIndex.POSTS.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(posts));
        assertThat(client.count(c -> c.index(posts)).count()).isEqualTo(3);
        Post seed = client.get(g -> g.index(posts).id("news:8d77fee117b11b6c"), Post.class).source();
        assertThat(seed.topics()).contains("radikalisme", "terorisme");
        assertThat(seed.stance()).isEqualTo("countering");
        assertThat(seed.risk()).isEmpty();
        assertThat(seed.day()).isEqualTo("2024-07-11");
        Post ana = client.get(g -> g.index(posts).id("x:101"), Post.class).source();
        assertThat(ana.kecamatan()).isEqualTo("Oebobo");
        assertThat(ana.pipelineVersion()).isNotBlank();

        // the curated Parquet the executor wrote, as every reader reads it
        List<Row> curated = CuratedPosts.read(TestSpark.session(), Zones.of(settings).posts()).collectAsList();
        assertThat(curated).extracting(r -> r.<String>getAs("id"))
                .containsExactlyInAnyOrder("news:8d77fee117b11b6c", "x:101", "x:102");
        assertThat(curated).allSatisfy(r -> assertThat(r.<String>getAs("day")).isEqualTo("2024-07-11"));

        // the read models: Parquet and documents
        Zones zones = Zones.of(settings);
        for (String folder : List.of(zones.rollups("daily"), zones.rollups("weekly"), zones.trends(),
                zones.accounts(), zones.edges())) {
            assertThat(Path.of(java.net.URI.create(folder)).resolve("_SUCCESS")).as(folder).exists();
        }
        assertThat(doc(settings, SasandoIndex.DAILY_ROLLUPS, "all|all|2024-07-11").get("volume")).isEqualTo(3);
        assertThat(doc(settings, SasandoIndex.WEEKLY_ROLLUPS, "all|all|2024-W28").get("volume")).isEqualTo(3);
        assertThat(doc(settings, SasandoIndex.ACCOUNTS, "2024-W28|x|k-ana").get("posts")).isEqualTo(1);
        assertThat(doc(settings, SasandoIndex.EDGES, "2024-07-11|x|mention|k-budi|k-ana").get("count")).isEqualTo(1);
        assertThat(client.indices().existsAlias(a -> a.name(SasandoIndex.TRENDS.alias(settings.indexPrefix()))).value())
                .as("trends alias (no alert: 28 days of history are needed)").isTrue();
    }

    private Map<?, ?> doc(SasandoSettings settings, SasandoIndex index, String id) throws IOException {
        String alias = index.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(alias));
        var got = client.get(g -> g.index(alias).id(id), Map.class);
        assertThat(got.found()).as(id + " in " + alias).isTrue();
        return got.source();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The jar the build made for spark-submit ({@code package} phase). */
    private static Path clusterJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("sasando-spark-.*-cluster\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no target/sasando-spark-*-cluster.jar")).toAbsolutePath();
        }
    }
}

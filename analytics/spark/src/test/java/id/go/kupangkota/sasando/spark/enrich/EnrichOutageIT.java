package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.spark.CapturedLog;
import id.go.kupangkota.sasando.spark.CuttableProxy;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.writeLanding;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The enrich job when Elasticsearch goes away in the middle of a batch: nothing half done, nothing lost. */
@ExtendWith(ElasticsearchExtension.class)
class EnrichOutageIT {
    private static final LocalDate DAY = LocalDate.parse("2024-07-11");
    private static final Instant FETCHED = Instant.parse("2024-07-11T04:00:00Z");

    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private SasandoSettings settings;
    private String alias;

    @BeforeEach
    void freshHomeAndPrefix() {
        settings = ElasticsearchExtension.settings();
        new IndexBootstrap(client, settings.indexPrefix()).ensure(SasandoIndex.POSTS);
        alias = SasandoIndex.POSTS.alias(settings.indexPrefix());
    }

    private static List<String> lines(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> landingLine(post(String.valueOf(i), "akun" + (i % 50),
                        "Air PDAM mati lagi di Oebobo hari ke " + i, "2024-07-11T01:00:00Z").build(), FETCHED))
                .toList();
    }

    private EnrichJob.Args args(SasandoSettings target) {
        return new EnrichJob.Args(Zones.of(target), EsTarget.of(target), EnrichJob.Mode.ONCE, Duration.ofSeconds(1), 100);
    }

    /** Every Parquet file under the curated posts, visible or hidden. */
    private List<Path> curatedFiles() throws IOException {
        Path posts = Path.of(java.net.URI.create(Zones.of(settings).posts()));
        if (!Files.exists(posts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(posts)) {
            return files.filter(p -> p.getFileName().toString().contains(".parquet")).toList();
        }
    }

    @Test
    void elasticsearchStoppingInTheMiddleOfABatchFailsItWholeAndTheNextRunIndexesEveryPostOnce() throws Exception {
        // two files, two tasks: a small one that is done quickly, a large one cut after its first bulk request
        writeLanding(settings.landingDir(), "x", DAY, lines(0, 10));
        writeLanding(settings.landingDir(), "x", DAY, lines(10, 5_000));

        try (CuttableProxy proxy = new CuttableProxy(settings.esUrl(), 2)) {
            assertThatThrownBy(() -> EnrichJob.run(TestSpark.session(), args(settings.withEsUrl(proxy.url()))))
                    .satisfies(e -> assertThat(JobFailure.message(e, "sasando enrich", "./sasando enrich",
                            proxy.url(), false)).contains("is not reachable"));
            assertThat(proxy.isCut()).as("Elasticsearch went away during the batch").isTrue();
        }
        client.indices().refresh(r -> r.index(alias));
        assertThat(client.count(c -> c.index(alias)).count()).as("some documents went in before the cut").isPositive();
        assertThat(curatedFiles()).as("no curated file of the failed batch, visible or not").isEmpty();
        Path commits = Path.of(java.net.URI.create(Zones.of(settings).checkpoint("enrich"))).resolve("commits");
        assertThat(Files.exists(commits.resolve("0"))).as("the checkpoint did not move past the batch").isFalse();

        EnrichJob.Result again = EnrichJob.run(TestSpark.session(), args(settings));
        client.indices().refresh(r -> r.index(alias));

        assertThat(again.tagged()).isEqualTo(5_010);
        assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(5_010);
        var rows = CuratedPosts.readAll(TestSpark.session(), Zones.of(settings).posts());
        assertThat(rows.count()).as("one curated row per post").isEqualTo(5_010);
        assertThat(rows.select(col(PostFields.ID)).distinct().count()).isEqualTo(5_010);
    }

    @Test
    void anEmptyACutOffAndANonJsonLandingFileAreCountedAndNamedAndTheRestIsTagged() throws Exception {
        writeLanding(settings.landingDir(), "x", DAY, lines(0, 3));
        Path dir = settings.landingDir().resolve("x").resolve(DAY.toString());
        // written by hand, not by ingest: an empty file, one whose last line was cut, one that is no JSON at all
        Files.writeString(dir.resolve("empty.jsonl"), "");
        String whole = lines(3, 1).get(0);
        Files.writeString(dir.resolve("cut.jsonl"), lines(4, 1).get(0) + "\n" + whole.substring(0, whole.length() / 2));
        Files.writeString(dir.resolve("export.jsonl"), "id;author;text\n1;ana;Air PDAM mati\n");

        EnrichJob.Result result;
        try (CapturedLog log = new CapturedLog()) {
            result = EnrichJob.run(TestSpark.session(), args(settings));
            assertThat(log.text()).contains("cut.jsonl").contains("export.jsonl");
        }
        client.indices().refresh(r -> r.index(alias));

        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.tagged()).isEqualTo(4);
        assertThat(client.count(c -> c.index(alias)).count()).isEqualTo(4);
        assertThat(CuratedPosts.readAll(TestSpark.session(), Zones.of(settings).posts()).count()).isEqualTo(4);
    }
}

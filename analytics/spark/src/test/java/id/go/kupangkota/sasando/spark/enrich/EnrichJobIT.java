package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EmbeddedElasticsearch;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.spark.CapturedLog;
import id.go.kupangkota.sasando.spark.Fixtures;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
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
import java.util.Map;

import static id.go.kupangkota.sasando.spark.Fixtures.landingLine;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.writeLanding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ElasticsearchExtension.class)
class EnrichJobIT {
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

    private static List<Post> social() {
        return List.of(
                post("101", "ana", "Air PDAM su mati dari kemarin di Oebobo, sonde ada info", "2024-07-11T01:00:00Z").build(),
                post("102", "budi", "Jalan ke Alak rusak parah, katong tunggu perbaikan", "2024-07-11T03:00:00Z").build());
    }

    private void land(String source, List<Post> posts, Instant fetchedAt) {
        writeLanding(settings.landingDir(), source, DAY, posts.stream().map(p -> landingLine(p, fetchedAt)).toList());
    }

    private EnrichJob.Args args(EnrichJob.Mode mode, boolean es) {
        return new EnrichJob.Args(Zones.of(settings), es ? EsTarget.of(settings) : null, mode, Duration.ofSeconds(1), 100);
    }

    private EnrichJob.Result run(EnrichJob.Mode mode) throws Exception {
        EnrichJob.Result result = EnrichJob.run(TestSpark.session(), args(mode, true));
        client.indices().refresh(r -> r.index(alias));
        return result;
    }

    private long count() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }

    @Test
    void runningTwiceIndexesEachPostOnceAndTagsTheSeedAsCounteringRadicalism() throws Exception {
        land("news", List.of(Fixtures.seed(FETCHED)), FETCHED);
        land("x", social(), FETCHED);
        // a second fetch of the same post: one document, the later copy
        land("x", List.of(social().get(0).toBuilder().likeCount(7L).build()), FETCHED.plusSeconds(600));

        EnrichJob.Result first = run(EnrichJob.Mode.ONCE);
        assertThat(first.tagged()).as("both fetches are tagged; one document is kept").isEqualTo(4);
        assertThat(count()).isEqualTo(3);

        EnrichJob.Result second = run(EnrichJob.Mode.ONCE);
        assertThat(second.tagged()).isZero();
        assertThat(count()).isEqualTo(3);
        assertThat(CuratedPosts.read(TestSpark.session(), Zones.of(settings).posts()).count()).isEqualTo(3);

        SearchResponse<Post> found = client.search(s -> s.index(alias)
                .query(q -> q.match(m -> m.field(PostFields.TEXT).query("Komunitas Informasi Masyarakat"))), Post.class);
        assertThat(found.hits().hits()).isNotEmpty();
        Post seed = found.hits().hits().get(0).source();
        assertThat(seed.id()).isEqualTo("news:8d77fee117b11b6c");
        assertThat(seed.topics()).contains("radikalisme", "terorisme");
        assertThat(seed.stance()).isEqualTo("countering");
        assertThat(seed.risk()).isEmpty();
        assertThat(seed.day()).isEqualTo("2024-07-11");

        Post refetched = client.get(g -> g.index(alias).id("x:101"), Post.class).source();
        assertThat(refetched.likeCount()).isEqualTo(7L);
    }

    @Test
    void anOlderFetchLandedLaterReplacesNeitherTheDocumentNorTheCuratedRow() throws Exception {
        Post post = social().get(0);
        land("x", List.of(post.toBuilder().likeCount(7L).build()), FETCHED.plusSeconds(600));
        run(EnrichJob.Mode.ONCE);

        // an export of an older fetch, imported afterwards
        land("x", List.of(post.toBuilder().likeCount(1L).build()), FETCHED);
        EnrichJob.Result late = run(EnrichJob.Mode.ONCE);

        assertThat(late.tagged()).isEqualTo(1);
        assertThat(late.superseded()).isEqualTo(1);
        assertThat(late.indexed()).isZero();
        assertThat(client.get(g -> g.index(alias).id(post.id()), Post.class).source().likeCount()).isEqualTo(7L);
        assertThat(CuratedPosts.read(TestSpark.session(), Zones.of(settings).posts()).collectAsList())
                .singleElement().satisfies(row -> assertThat(row.<Long>getAs(PostFields.LIKE_COUNT)).isEqualTo(7L));
    }

    @Test
    void anImportedCopyOfAnXPostNeverReplacesTheXSourcesCopyWhicheverIsIndexedFirst() throws Exception {
        Post api = social().get(0).toBuilder().likeCount(12L).viewCount(845L).build();
        Post imported = Post.builder("x", api.nativeId()).deliveredBy("file").authorHandle(api.authorHandle())
                .text(api.text()).createdAt(api.createdAt()).likeCount(11L).build();
        // the other tool's export is imported (and indexed) first: it is the post until X's copy comes
        land("file", List.of(imported), FETCHED.plusSeconds(86_400));
        run(EnrichJob.Mode.ONCE);
        assertThat(client.get(g -> g.index(alias).id(api.id()), Post.class).source().source()).isEqualTo("file");

        // the X source's copy, fetched before that import, still replaces it
        land("x", List.of(api), FETCHED);
        EnrichJob.Result fromX = run(EnrichJob.Mode.ONCE);
        assertThat(fromX.superseded()).isZero();

        // and a later import of a poorer row does not wipe the API's fields
        land("file", List.of(imported.toBuilder().likeCount(13L).build()), FETCHED.plusSeconds(2 * 86_400));
        EnrichJob.Result late = run(EnrichJob.Mode.ONCE);

        assertThat(late.superseded()).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
        Post indexed = client.get(g -> g.index(alias).id(api.id()), Post.class).source();
        assertThat(indexed.source()).isEqualTo("x");
        assertThat(indexed.viewCount()).isEqualTo(845L);
        assertThat(indexed.authorKey()).isEqualTo(api.authorKey());
        assertThat(indexed.likeCount()).isEqualTo(12L);
        assertThat(CuratedPosts.read(TestSpark.session(), Zones.of(settings).posts()).collectAsList())
                .singleElement().satisfies(row -> assertThat(row.<String>getAs(PostFields.SOURCE)).isEqualTo("x"));
    }

    @Test
    void aLaterRunProcessesOnlyTheNewLandingFiles() throws Exception {
        land("x", social(), FETCHED);
        assertThat(run(EnrichJob.Mode.ONCE).tagged()).isEqualTo(2);

        land("x", List.of(post("103", "citra", "Sampah di Kota Lama belum diangkut", "2024-07-11T05:00:00Z").build()),
                FETCHED.plusSeconds(3600));
        EnrichJob.Result second = run(EnrichJob.Mode.ONCE);

        assertThat(second.lines()).isEqualTo(1);
        assertThat(second.tagged()).isEqualTo(1);
        assertThat(count()).isEqualTo(3);
    }


    @Test
    void theAfterBatchHookRunsOnceAtTheEndOfEachBatchWithItsPosts() throws Exception {
        land("x", social(), FETCHED);
        land("x", List.of(post("103", "citra", "Sampah di Kota Lama belum diangkut", "2024-07-11T05:00:00Z").build()),
                FETCHED.plusSeconds(3600));
        List<long[]> calls = new java.util.ArrayList<>();
        EnrichJob.Args oneFileABatch = new EnrichJob.Args(Zones.of(settings), EsTarget.of(settings),
                EnrichJob.Mode.ONCE, Duration.ofSeconds(1), 1);

        EnrichJob.Result result = EnrichJob.run(TestSpark.session(), oneFileABatch, (batchId, tagged) -> {
            try { // the batch's documents are indexed by the time the hook runs
                client.indices().refresh(r -> r.index(alias));
                calls.add(new long[]{batchId, tagged, client.count(c -> c.index(alias)).count()});
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(result.batches()).isEqualTo(2);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)[0]).isLessThan(calls.get(1)[0]);
        assertThat(calls.get(0)[1] + calls.get(1)[1]).isEqualTo(3);
        assertThat(calls.get(0)[2]).isEqualTo(calls.get(0)[1]);
        assertThat(calls.get(1)[2]).isEqualTo(3);
    }
    @Test
    void aHalfWrittenHiddenFileIsNotRead() throws Exception {
        land("x", social(), FETCHED);
        Path dir = settings.landingDir().resolve("x").resolve(DAY.toString());
        Files.writeString(dir.resolve(".part-0-unfinished.jsonl"), "{\"source\":\"x\",\"po");

        EnrichJob.Result result = run(EnrichJob.Mode.ONCE);

        assertThat(result.rejected()).isZero();
        assertThat(result.tagged()).isEqualTo(2);
    }

    @Test
    void aRetagReportsProgressFillsANewIndexSwapsTheAliasAndKeepsTriageDecisions() throws Exception {
        land("x", social(), FETCHED);
        run(EnrichJob.Mode.ONCE);
        String before = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
        client.update(u -> u.index(alias).id("x:102").doc(Map.of(PostFields.TRIAGE_STATUS, "false_alarm")), Map.class);

        EnrichJob.Result retag;
        String log;
        System.setProperty("sasando.progress.every", "0.01"); // a re-tag of years of posts reports every 15 s
        try (CapturedLog captured = new CapturedLog()) {
            retag = run(EnrichJob.Mode.RETAG);
            log = captured.text();
        } finally {
            System.clearProperty("sasando.progress.every");
        }

        assertThat(log).containsPattern("JobProgress - re-tag: \\d+ of \\d+ tasks done \\(\\d+ %\\) after \\d+ s, \\d+ posts so far");
        assertThat(retag.tagged()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
        var now = client.indices().getAlias(g -> g.name(alias)).result().keySet();
        assertThat(now).hasSize(1).doesNotContain(before);
        assertThat(now.iterator().next()).startsWith(settings.indexPrefix() + "posts-v");
        assertThat(client.indices().exists(e -> e.index(before)).value()).isFalse();
        Map<?, ?> triaged = client.get(g -> g.index(alias).id("x:102"), Map.class).source();
        assertThat(triaged.get(PostFields.TRIAGE_STATUS)).isEqualTo("false_alarm");
    }

    @Test
    void withElasticsearchDownNoEsStillWritesTheCuratedZoneAndEsOnlyLoadsItLater() throws Exception {
        land("x", social(), FETCHED);
        SasandoSettings down = settings.withEsUrl("http://127.0.0.1:" + EmbeddedElasticsearch.freePort());

        assertThatThrownBy(() -> EnrichJob.run(TestSpark.session(), EnrichJob.Args.parse(new String[0], down)))
                .isInstanceOf(EsTarget.ElasticsearchUnavailableException.class)
                .hasMessageContaining("--no-es");

        EnrichJob.run(TestSpark.session(), EnrichJob.Args.parse(new String[]{"--no-es"}, down));
        assertThat(CuratedPosts.read(TestSpark.session(), Zones.of(settings).posts()).count()).isEqualTo(2);
        assertThat(count()).isZero();

        run(EnrichJob.Mode.ES_ONLY);
        assertThat(count()).isEqualTo(2);
    }
}

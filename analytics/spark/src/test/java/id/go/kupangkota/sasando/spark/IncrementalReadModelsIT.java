package id.go.kupangkota.sasando.spark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.spark.accounts.AccountsJob;
import id.go.kupangkota.sasando.spark.common.CurrentPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import id.go.kupangkota.sasando.spark.common.ReadModelRuns;
import id.go.kupangkota.sasando.spark.common.ReadModelScope;
import id.go.kupangkota.sasando.spark.common.ReadModels;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.spark.rollup.RollupJob;
import id.go.kupangkota.sasando.spark.trends.TrendsJob;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static id.go.kupangkota.sasando.spark.Fixtures.writeCurated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's read models after new posts: only the days and weeks they touch are recomputed, and
 * the result is what a full recompute gives, document for document.
 */
@ExtendWith(ElasticsearchExtension.class)
class IncrementalReadModelsIT {
    private static final Instant RUN_1 = Instant.parse("2024-08-01T00:00:00Z");
    private static final Instant RUN_2 = Instant.parse("2024-08-02T00:00:00Z");
    private static final Instant RUN_3 = Instant.parse("2024-08-03T00:00:00Z");
    private static final List<SasandoIndex> READ_MODELS = List.of(SasandoIndex.DAILY_ROLLUPS,
            SasandoIndex.WEEKLY_ROLLUPS, SasandoIndex.TRENDS, SasandoIndex.ACCOUNTS, SasandoIndex.EDGES);

    private final SparkSession spark = TestSpark.session();
    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private SasandoSettings settings;
    private Zones zones;
    private ReadModelArgs args;
    private TrendsJob.Args trendArgs;

    @BeforeEach
    void freshHomeAndPrefix() {
        settings = ElasticsearchExtension.settings();
        zones = Zones.of(settings);
        args = new ReadModelArgs(zones, EsTarget.of(settings));
        trendArgs = new TrendsJob.Args(zones, EsTarget.of(settings), 5, 3.0);
    }

    // ---- fixtures ----

    /** 35 days of "air" by ana (one of them mentions @w0, not yet known), a bot's busy day, a #banjir burst. */
    private static List<Post> history() {
        List<Post> posts = new ArrayList<>();
        LocalDate first = LocalDate.parse("2024-06-01");
        for (int i = 0; i < 35; i++) {
            String at = Wita.startOfDay(first.plusDays(i)).plusSeconds(3 * 3600).toString();
            posts.add(onRun(tagged(post("d" + i, "ana", "air mati lagi", at), "negative", "anger", List.of(),
                    List.of("layanan_publik"), i % 2 == 0 ? "Oebobo" : null).terms(List.of("air"))
                    .mentions(i == 9 ? List.of("@w0") : List.of()).viewCount(10L + i), RUN_1));
        }
        for (int i = 0; i < 6; i++) {
            posts.add(onRun(tagged(post("b" + i, "bot", "Coblos nomor 2", "2024-07-03T02:0" + i + ":00Z"), "positive",
                    "none", List.of(), List.of("politik"), null).mentions(List.of("@ana")), RUN_1));
        }
        for (int i = 0; i < 6; i++) {
            posts.add(onRun(tagged(post("f" + i, "u" + i, "banjir di Oesapa", "2024-07-05T03:00:00Z"), "negative",
                    "fear", List.of("bencana"), List.of("bencana"), "Kelapa Lima").hashtags(List.of("#Banjir")),
                    RUN_1));
        }
        return posts;
    }

    /** Ten new posts on 20 June: #banjir (which raises the baseline of 5 July) by new authors w0..w9. */
    private static List<Post> tenPostsOnOneDay() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(onRun(tagged(post("n" + i, "w" + i, "banjir lagi", "2024-06-20T0" + i + ":00:00Z"), "negative",
                    "fear", List.of("bencana"), List.of("bencana"), null).hashtags(List.of("#banjir"))
                    .replyTo(i == 0 ? "x:d19" : null), RUN_2));
        }
        return posts;
    }

    private static Post onRun(Post.Builder post, Instant taggedAt) {
        return post.taggedAt(taggedAt).build();
    }

    /** What the pipeline does after enrich. */
    private ReadModelScope pipelineReadModels() {
        ReadModelScope scope = ReadModelRuns.plan(spark, zones, false);
        readModels(scope);
        ReadModelRuns.done(spark, zones, scope);
        return scope;
    }

    /** The three read models of {@code scope}, from one read of the current posts, as the pipeline runs them. */
    private void readModels(ReadModelScope scope) {
        try (CurrentPosts posts = new CurrentPosts(spark, zones.posts())) {
            RollupJob.run(spark, args, scope, posts);
            TrendsJob.run(spark, trendArgs, scope, posts);
            AccountsJob.run(spark, args, scope, posts);
        }
    }

    private void fullRecompute() {
        RollupJob.run(spark, args);
        TrendsJob.run(spark, trendArgs);
        AccountsJob.run(spark, args);
    }

    private Map<SasandoIndex, Map<String, Object>> documents() throws IOException {
        Map<SasandoIndex, Map<String, Object>> all = new LinkedHashMap<>();
        for (SasandoIndex index : READ_MODELS) {
            String alias = index.alias(settings.indexPrefix());
            client.indices().refresh(r -> r.index(alias));
            Map<String, Object> docs = new LinkedHashMap<>();
            for (Hit<Map> hit : client.search(s -> s.index(alias).size(10_000), Map.class).hits().hits()) {
                docs.put(hit.id(), hit.source());
            }
            all.put(index, docs);
        }
        return all;
    }

    private Map<String, Set<String>> parquet() {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (String dir : List.of(zones.rollups("daily"), zones.rollups("weekly"), zones.trends(), zones.accounts(),
                zones.edges())) {
            all.put(dir, new HashSet<>(spark.read().parquet(dir).toJSON().collectAsList()));
        }
        return all;
    }

    private GetResponse<Map> get(SasandoIndex index, String id) throws IOException {
        GetResponse<Map> got = client.get(g -> g.index(index.alias(settings.indexPrefix())).id(id), Map.class);
        assertThat(got.found()).as(id).isTrue();
        return got;
    }

    private long volume(SasandoIndex index, String id) throws IOException {
        return ((Number) get(index, id).source().get("volume")).longValue();
    }

    private void assertSameAsFullRecompute() throws IOException {
        Map<SasandoIndex, Map<String, Object>> incremental = documents();
        Map<String, Set<String>> incrementalParquet = parquet();
        fullRecompute();
        Map<SasandoIndex, Map<String, Object>> full = documents();
        for (SasandoIndex index : READ_MODELS) {
            assertThat(incremental.get(index)).as(index.baseName()).isEqualTo(full.get(index));
        }
        assertThat(incrementalParquet).isEqualTo(parquet());
    }

    // ---- the tests ----

    @Test
    void postsAddedOnOneDayGiveWhatAFullRecomputeGivesWithoutRewritingOtherDays() throws IOException {
        writeCurated(spark, history(), zones.posts());
        assertThat(pipelineReadModels().full()).isTrue();
        assertThat(documents().get(SasandoIndex.TRENDS)).containsOnlyKeys("hashtag|banjir|2024-07-05",
                "hashtag|banjir|2024-07-05|Kelapa Lima");
        String week = Wita.weekKey(LocalDate.parse("2024-06-10"));
        long dayBefore = get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-10").seqNo();
        long weekBefore = get(SasandoIndex.WEEKLY_ROLLUPS, "all|all|" + week).seqNo();
        long accountBefore = get(SasandoIndex.ACCOUNTS, week + "|x|k-ana").seqNo();
        long touchedBefore = get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").seqNo();
        assertThat(documents().get(SasandoIndex.EDGES)).containsKey("2024-06-10|x|mention|k-ana|w0");

        writeCurated(spark, tenPostsOnOneDay(), zones.posts());
        ReadModelScope scope = pipelineReadModels();

        assertThat(scope.full()).isFalse();
        assertThat(scope.touched().dayKeys()).containsExactly("2024-06-20");
        // the documents of other days and weeks were not indexed again
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-10").seqNo()).isEqualTo(dayBefore);
        assertThat(get(SasandoIndex.WEEKLY_ROLLUPS, "all|all|" + week).seqNo()).isEqualTo(weekBefore);
        assertThat(get(SasandoIndex.ACCOUNTS, week + "|x|k-ana").seqNo()).isEqualTo(accountBefore);
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").seqNo()).isNotEqualTo(touchedBefore);
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").source().get("volume")).isEqualTo(11);
        // the raised baseline takes back the alert of 5 July; @w0 is now an account on 10 June
        Map<SasandoIndex, Map<String, Object>> docs = documents();
        assertThat(docs.get(SasandoIndex.TRENDS)).doesNotContainKey("hashtag|banjir|2024-07-05");
        assertThat(docs.get(SasandoIndex.EDGES)).containsKey("2024-06-10|x|mention|k-ana|k-w0")
                .doesNotContainKey("2024-06-10|x|mention|k-ana|w0")
                .containsKey("2024-06-20|x|reply|k-w0|k-ana");
        assertSameAsFullRecompute();
    }

    @Test
    void aRerunWithNothingNewOrTheSameScopeChangesNothing() throws IOException {
        writeCurated(spark, history(), zones.posts());
        pipelineReadModels();
        writeCurated(spark, tenPostsOnOneDay(), zones.posts());
        ReadModelScope scope = ReadModelRuns.plan(spark, zones, false);
        readModels(scope);
        Map<SasandoIndex, Map<String, Object>> once = documents();

        // as after a run that failed before remembering what it took in: the same days again
        readModels(scope);
        assertThat(documents()).isEqualTo(once);
        ReadModelRuns.done(spark, zones, scope);
        long before = get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").seqNo();

        assertThat(pipelineReadModels().nothingNew()).isTrue();
        assertThat(documents()).isEqualTo(once);
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").seqNo()).isEqualTo(before);
    }

    @Test
    void aLatePostForAnOldDayUpdatesThatDayAndItsWeek() throws IOException {
        writeCurated(spark, history(), zones.posts());
        pipelineReadModels();
        String week = Wita.weekKey(LocalDate.parse("2024-06-02"));
        long weekVolume = volume(SasandoIndex.WEEKLY_ROLLUPS, "all|all|" + week);

        // imported today, written on 2 June at 23:30 WITA (15:30 UTC): the WITA day is 2 June
        writeCurated(spark, List.of(onRun(tagged(post("late", "cici", "air sonde jalan", "2024-06-02T15:30:00Z"),
                "negative", "sadness", List.of(), List.of("layanan_publik"), "Maulafa").terms(List.of("air")), RUN_3)),
                zones.posts());
        ReadModelScope scope = pipelineReadModels();

        assertThat(scope.touched().dayKeys()).containsExactly("2024-06-02");
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-02").source().get("volume")).isEqualTo(2);
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "kecamatan|Maulafa|2024-06-02").source().get("volume")).isEqualTo(1);
        assertThat(volume(SasandoIndex.WEEKLY_ROLLUPS, "all|all|" + week)).isEqualTo(weekVolume + 1);
        assertThat(get(SasandoIndex.ACCOUNTS, week + "|x|k-cici").source().get("posts")).isEqualTo(1);
        assertSameAsFullRecompute();
    }

    /** nona's X posts of 10 June, imported from an X export (source file, ids x:…, her X author key). */
    private static Post imported(String nativeId, String at, Instant taggedAt) {
        return onRun(tagged(Post.builder("x", nativeId).deliveredBy("file").authorHandle("nona").authorKey("k-nona")
                .text("lampu jalan mati " + nativeId).createdAt(Instant.parse(at))
                .ingestedAt(Instant.parse(at).plusSeconds(3600)), "negative", "anger", List.of(), List.of(), null)
                .likeCount(1L), taggedAt);
    }

    @Test
    void anXAccountImportedFirstAndFetchedLaterIsOneAccountWhosePostsCountOnce() throws IOException {
        List<Post> first = new ArrayList<>(history());
        first.add(imported("i1", "2024-06-10T04:00:00Z", RUN_1));
        first.add(imported("i2", "2024-06-11T04:00:00Z", RUN_1));
        writeCurated(spark, first, zones.posts());
        pipelineReadModels();
        String week = Wita.weekKey(LocalDate.parse("2024-06-10"));
        assertThat(get(SasandoIndex.ACCOUNTS, week + "|x|k-nona").source()).containsEntry("posts", 2)
                .containsEntry("sources", List.of("file"));

        // the X source fetches i1 (with its views) and a post the export did not have
        writeCurated(spark, List.of(
                onRun(tagged(post("i1", "nona", "lampu jalan mati i1", "2024-06-10T04:00:00Z"), "negative", "anger",
                        List.of(), List.of(), null).likeCount(3L).viewCount(40L), RUN_2),
                onRun(tagged(post("i3", "nona", "lampu sudah menyala", "2024-06-12T04:00:00Z"), "positive", "none",
                        List.of(), List.of(), null).likeCount(2L).viewCount(60L), RUN_2)), zones.posts());
        assertThat(pipelineReadModels().full()).isFalse();

        Map<String, Object> nona = get(SasandoIndex.ACCOUNTS, week + "|x|k-nona").source();
        assertThat(nona).containsEntry("platform", "x").containsEntry("sources", List.of("file", "x"))
                .containsEntry("posts", 3).containsEntry("reach", 100).containsEntry("engagement", 6);
        assertThat(documents().get(SasandoIndex.ACCOUNTS)).doesNotContainKey(week + "|file|k-nona");
        assertSameAsFullRecompute();
    }

    @Test
    void accountsParquetKeyedBySourceIsRecomputedWholeNotMixedWithRowsKeyedByPlatform() {
        ReadModelArgs parquetOnly = new ReadModelArgs(zones, null);
        writeCurated(spark, history(), zones.posts());
        ReadModelScope scope = ReadModelRuns.plan(spark, zones, false);
        try (CurrentPosts posts = new CurrentPosts(spark, zones.posts())) {
            AccountsJob.run(spark, parquetOnly, scope, posts);
        }
        ReadModelRuns.done(spark, zones, scope);
        // as a job that keyed by source left them: no platform, no sources
        for (String dir : List.of(zones.accounts(), zones.edges())) {
            spark.read().parquet(dir).drop("platform", "sources").withColumn("source", functions.lit("x"))
                    .write().mode(SaveMode.Overwrite).parquet(dir + ".old");
            spark.read().parquet(dir + ".old").write().mode(SaveMode.Overwrite).parquet(dir);
        }
        assertThat(ReadModels.hasColumns(spark, zones.accounts(), "platform", "sources")).isFalse();

        writeCurated(spark, tenPostsOnOneDay(), zones.posts());
        scope = ReadModelRuns.plan(spark, zones, false);
        assertThat(scope.full()).isFalse();
        try (CurrentPosts posts = new CurrentPosts(spark, zones.posts())) {
            AccountsJob.run(spark, parquetOnly, scope, posts);
        }

        for (String dir : List.of(zones.accounts(), zones.edges())) {
            assertThat(ReadModels.hasColumns(spark, dir, "platform", "sources")).as(dir).isTrue();
            assertThat(spark.read().parquet(dir).columns()).as(dir).doesNotContain("source");
            assertThat(spark.read().parquet(dir).where(functions.col("platform").isNull()).count()).as(dir).isZero();
        }
    }

    @Test
    void moreRecomputedRowsThanTheDriverTakesAreRewrittenByTheExecutorsAlike() throws IOException {
        writeCurated(spark, history(), zones.posts());
        pipelineReadModels();
        long dayBefore = get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-10").seqNo();
        writeCurated(spark, tenPostsOnOneDay(), zones.posts());

        // as after a backfill of months: every read model's recomputed rows are over the driver's limit
        System.setProperty(ReadModels.DRIVER_ROWS_PROPERTY, "0");
        try {
            assertThat(pipelineReadModels().full()).isFalse();
        } finally {
            System.clearProperty(ReadModels.DRIVER_ROWS_PROPERTY);
        }

        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-10").seqNo()).isEqualTo(dayBefore);
        assertThat(get(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-06-20").source().get("volume")).isEqualTo(11);
        assertThat(documents().get(SasandoIndex.TRENDS)).doesNotContainKey("hashtag|banjir|2024-07-05");
        assertSameAsFullRecompute();
    }
}

package id.go.kupangkota.sasando.spark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.spark.accounts.AccountsJob;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.spark.rollup.RollupJob;
import id.go.kupangkota.sasando.spark.trends.TrendsJob;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.spark.Fixtures.writeCurated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

/** The read-model jobs end to end: curated Parquet in, documents by id in Elasticsearch out. */
@SuppressWarnings("unchecked")
@ExtendWith(ElasticsearchExtension.class)
class ReadModelJobsIT {
    private final SparkSession spark = TestSpark.session();
    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private SasandoSettings settings;
    private Zones zones;

    @BeforeEach
    void freshHomeAndPrefix() {
        settings = ElasticsearchExtension.settings();
        zones = Zones.of(settings);
    }

    private void curate(List<Post> posts) {
        writeCurated(spark, posts, zones.posts());
    }

    private Map<?, ?> doc(SasandoIndex index, String id) throws IOException {
        String alias = index.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(alias));
        var got = client.get(g -> g.index(alias).id(id), Map.class);
        assertThat(got.found()).as(id + " in " + alias).isTrue();
        return got.source();
    }

    private long count(SasandoIndex index) throws IOException {
        String alias = index.alias(settings.indexPrefix());
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    @Test
    void rollupsCutDaysInWitaAndARerunReplacesRatherThanAdds() throws IOException {
        curate(List.of(
                tagged(post("1", "ana", "hoaks", "2024-07-10T16:30:00Z"), "negative", "anger", List.of("hoaks"),
                        List.of("hoaks"), "Oebobo").build(),
                tagged(post("2", "budi", "air", "2024-07-10T15:59:00Z"), "positive", "happy", List.of(),
                        List.of("layanan_publik"), null).build()));
        ReadModelArgs args = new ReadModelArgs(zones, EsTarget.of(settings));

        RollupJob.run(spark, args);
        long daily = count(SasandoIndex.DAILY_ROLLUPS);
        RollupJob.run(spark, args);

        assertThat(count(SasandoIndex.DAILY_ROLLUPS)).isEqualTo(daily).isEqualTo(2 + 2 + 2 + 1);
        Map<?, ?> day = doc(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-07-11");
        assertThat(day.get("volume")).isEqualTo(1);
        assertThat(((Map<?, ?>) day.get("risk")).get("hoaks")).isEqualTo(1);
        assertThat(doc(SasandoIndex.DAILY_ROLLUPS, "all|all|2024-07-10").get("volume")).isEqualTo(1);
        assertThat(doc(SasandoIndex.WEEKLY_ROLLUPS, "all|all|2024-W28").get("volume")).isEqualTo(2);
        assertThat(doc(SasandoIndex.DAILY_ROLLUPS, "kecamatan|Oebobo|2024-07-11").get("volume")).isEqualTo(1);
    }

    @Test
    void trendsListABurstingHashtagWithItsBaseline() throws IOException {
        List<Post> posts = new ArrayList<>();
        Instant first = Instant.parse("2024-06-01T02:00:00Z");
        for (int day = 0; day < 30; day++) {
            posts.add(tagged(post("d" + day, "ana", "air", first.plus(day, ChronoUnit.DAYS).toString()), "neutral", "none",
                    List.of(), List.of(), null).terms(List.of("air")).build());
        }
        for (int i = 0; i < 5; i++) {
            posts.add(tagged(post("b" + i, "u" + i, "banjir", first.plus(30, ChronoUnit.DAYS).toString()), "negative",
                    "fear", List.of(), List.of("bencana"), null).hashtags(List.of("#Banjir")).build());
        }
        curate(posts);

        TrendsJob.run(spark, new TrendsJob.Args(zones, EsTarget.of(settings), 5, 3.0));

        assertThat(count(SasandoIndex.TRENDS)).isEqualTo(1);
        Map<?, ?> alert = doc(SasandoIndex.TRENDS, "hashtag|banjir|2024-07-01");
        assertThat(alert.get("count")).isEqualTo(5);
        assertThat(alert.get("baseline_mean")).isEqualTo(0.0);
        assertThat(alert.get("z")).isEqualTo(5.0);
        assertThat((List<Object>) alert.get("sample_post_ids")).containsExactly("x:b0", "x:b1", "x:b2", "x:b3", "x:b4");
    }

    @Test
    void accountsArePerWeekWithTheBotReasonsListedAndEdgesPerWitaDayAndARerunReplacesThem() throws IOException {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(tagged(post("b" + i, "bot", "Coblos nomor 2", "2024-07-11T02:0" + i + ":00Z"), "positive", "none",
                    List.of(), List.of("politik"), null).mentions(List.of("@ana")).build());
        }
        // ana's account is ten days old at the end of the week
        posts.add(tagged(post("a1", "ana", "katong pung jalan rusak", "2024-07-11T01:00:00Z"), "negative", "anger",
                List.of(), List.of("layanan_publik"), null).viewCount(40L)
                .authorCreatedAt(Instant.parse("2024-07-05T00:00:00Z")).build());
        // ana answers on Sunday 14 July 00:30 WITA (13 July in UTC)
        posts.add(tagged(post("a2", "ana", "@bot sonde", "2024-07-13T16:30:00Z"), "negative", "anger",
                List.of(), List.of(), null).mentions(List.of("@bot")).build());
        curate(posts);
        ReadModelArgs args = new ReadModelArgs(zones, EsTarget.of(settings));

        AccountsJob.run(spark, args);
        AccountsJob.run(spark, args);

        assertThat(count(SasandoIndex.ACCOUNTS)).isEqualTo(2);
        Map<?, ?> bot = doc(SasandoIndex.ACCOUNTS, "2024-W28|x|k-bot");
        assertThat(bot.get("posts")).isEqualTo(6);
        assertThat((List<Object>) bot.get("bot_reasons")).containsExactly("duplicate_texts", "bursty_posting");
        assertThat(bot.get("account_age_days")).isNull();
        Map<?, ?> ana = doc(SasandoIndex.ACCOUNTS, "2024-W28|x|k-ana");
        assertThat(ana.get("reach")).isEqualTo(40);
        assertThat(ana.get("account_age_days")).isEqualTo(10);
        assertThat(Instant.parse((String) ana.get("author_created_at"))).isEqualTo(Instant.parse("2024-07-05T00:00:00Z"));
        assertThat((List<Object>) ana.get("bot_reasons")).containsExactly("young_account");
        assertThat(ana.get("bot_score")).isEqualTo(0.257);
        assertThat(count(SasandoIndex.EDGES)).isEqualTo(2);
        Map<?, ?> mentions = doc(SasandoIndex.EDGES, "2024-07-11|x|mention|k-bot|k-ana");
        assertThat(mentions.get("count")).isEqualTo(6);
        assertThat(mentions.get("day")).isEqualTo("2024-07-11");
        assertThat(mentions.get("week")).isEqualTo("2024-W28");
        Map<?, ?> sunday = doc(SasandoIndex.EDGES, "2024-07-14|x|mention|k-ana|k-bot");
        assertThat(sunday.get("count")).isEqualTo(1);
        assertThat(sunday.get("week")).isEqualTo("2024-W28");
    }
}

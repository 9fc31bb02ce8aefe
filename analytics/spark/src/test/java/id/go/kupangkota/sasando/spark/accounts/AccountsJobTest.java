package id.go.kupangkota.sasando.spark.accounts;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsJobTest {
    private static Map<String, Row> accounts;
    private static Map<String, Row> edges;

    /** A bot posting one slogan ten times in an hour at @warga; warga posts twice and replies once. */
    static List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(tagged(post("b" + i, "bot", "Pilih nomor 1!", "2024-07-11T02:0" + i + ":00Z"), "positive", "none",
                    List.of(), List.of("politik"), null).mentions(List.of("@Warga")).build());
        }
        posts.add(tagged(post("w1", "warga", "air sonde jalan", "2024-07-11T01:00:00Z"), "negative", "anger",
                List.of(), List.of("layanan_publik"), null).viewCount(100L).likeCount(3L).build());
        posts.add(tagged(post("w2", "warga", "bot lai", "2024-07-12T01:00:00Z"), "negative", "anger",
                List.of(), List.of(), null).viewCount(50L).replyTo("x:b0").build());
        return posts;
    }

    @BeforeAll
    static void compute() {
        Dataset<Row> curated = curated(TestSpark.session(), posts());
        accounts = AccountsJob.accounts(curated).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
        edges = AccountsJob.edges(curated).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
    }

    @Test
    void sumsReachAndEngagementPerAccountAndWeek() {
        Row warga = accounts.get("2024-W28|x|k-warga");
        assertThat(warga.<Long>getAs("posts")).isEqualTo(2);
        assertThat(warga.<Long>getAs("active_days")).isEqualTo(2);
        assertThat(warga.<Long>getAs("reach")).isEqualTo(150);
        assertThat(warga.<Long>getAs("engagement")).isEqualTo(3);
        assertThat(warga.<Integer>getAs("reach_rank")).isEqualTo(1);
        assertThat(accounts.get("2024-W28|x|k-bot").<Integer>getAs("reach_rank")).isEqualTo(2);
    }

    @Test
    void explainsWhyTheBotLooksLikeOne() {
        Row bot = accounts.get("2024-W28|x|k-bot");
        assertThat(bot.<Double>getAs("duplicate_share")).isEqualTo(0.9);
        assertThat(bot.<Double>getAs("burst_share")).isEqualTo(1.0);
        assertThat(bot.<Double>getAs("bot_score")).isEqualTo(0.703);
        assertThat(bot.<scala.collection.Seq<String>>getAs("bot_reasons").mkString(","))
                .isEqualTo("duplicate_texts,bursty_posting");
        assertThat(accounts.get("2024-W28|x|k-warga").<Double>getAs("bot_score")).isLessThan(0.1);
    }

    @Test
    void countsMentionsAndRepliesBetweenAccounts() {
        Row mention = edges.get("2024-W28|x|mention|k-bot|k-warga");
        assertThat(mention.<Long>getAs("count")).isEqualTo(10);
        assertThat(mention.<String>getAs("to_handle")).isEqualTo("warga");
        Row reply = edges.get("2024-W28|x|reply|k-warga|k-bot");
        assertThat(reply.<Long>getAs("count")).isEqualTo(1);
        assertThat(reply.<String>getAs("to_handle")).isEqualTo("bot");
        assertThat(edges).hasSize(2);
    }
}

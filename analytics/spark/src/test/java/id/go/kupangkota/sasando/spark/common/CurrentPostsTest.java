package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.spark.TestSpark;
import id.go.kupangkota.sasando.spark.accounts.AccountsJob;
import id.go.kupangkota.sasando.spark.rollup.RollupJob;
import id.go.kupangkota.sasando.spark.trends.TrendsJob;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static id.go.kupangkota.sasando.spark.Fixtures.curated;
import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static id.go.kupangkota.sasando.spark.Fixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read models run on {@link CurrentPosts}' columns alone: Spark's analyzer throws when a job reads a
 * column {@link CurrentPosts#KEPT} leaves out, so a job that starts to read one fails here first.
 */
class CurrentPostsTest {
    /** Every read model's transformations of the current posts, as the pipeline runs them. */
    private static final Map<String, Function<Dataset<Row>, Dataset<Row>>> READ_MODELS = Map.of(
            "daily roll-ups", p -> RollupJob.daily(RollupJob.byDimension(p)),
            "weekly roll-ups", p -> RollupJob.weekly(RollupJob.byDimension(p)),
            "trends", p -> TrendsJob.dailyCounts(TrendsJob.mentions(p)),
            "accounts", p -> AccountsJob.accounts(p, AccountsJob.history(p)),
            "edges", p -> AccountsJob.edges(p, AccountsJob.history(p)),
            "accounts' history", AccountsJob::history);

    private static List<Post> posts() {
        return List.of(
                tagged(post("a1", "ana", "Air sonde jalan #Kupang", "2024-07-11T01:00:00Z"), "negative", "anger",
                        List.of("hoaks"), List.of("layanan_publik"), "Maulafa").hashtags(List.of("#Kupang"))
                        .terms(List.of("air", "jalan")).mentions(List.of("@budi")).viewCount(10L).likeCount(2L)
                        .authorCreatedAt(Instant.parse("2024-07-01T00:00:00Z")).build(),
                tagged(post("b1", "budi", "air sonde jalan #kupang", "2024-07-12T02:00:00Z"), "neutral", "none",
                        List.of(), List.of(), null).hashtags(List.of("#kupang")).terms(List.of("air"))
                        .replyTo("x:a1").build());
    }

    @Test
    void theReadModelsReadOnlyTheKeptColumnsAndGetTheSameRows() {
        Dataset<Row> full = curated(TestSpark.session(), posts());
        try (CurrentPosts current = new CurrentPosts(full)) {
            assertThat(current.all().columns()).containsExactlyElementsOf(CurrentPosts.KEPT);
            READ_MODELS.forEach((name, readModel) -> assertThat(sorted(readModel.apply(current.all())))
                    .as(name).isNotEmpty().isEqualTo(sorted(readModel.apply(full))));
        }
    }

    @Test
    void aReadModelReadingAColumnThatIsNotKeptFails() {
        Dataset<Row> withoutText = curated(TestSpark.session(), posts()).drop(PostFields.TEXT);
        assertThatThrownBy(() -> AccountsJob.accounts(withoutText)).isInstanceOf(AnalysisException.class)
                .hasMessageContaining(PostFields.TEXT);
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }
}

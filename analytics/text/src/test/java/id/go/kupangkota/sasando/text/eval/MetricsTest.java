package id.go.kupangkota.sasando.text.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {
    private static final List<String> LABELS = List.of("positive", "neutral", "negative");

    @Test
    void macroF1AveragesTheF1OfEachLabel() {
        List<String> gold = List.of("positive", "positive", "negative", "neutral");
        List<String> predicted = List.of("positive", "negative", "negative", "neutral");
        // positive: P 1, R 0.5 -> 2/3; negative: P 0.5, R 1 -> 2/3; neutral: 1
        assertThat(Metrics.macroF1(gold, predicted, LABELS)).isCloseTo((2 / 3.0 + 2 / 3.0 + 1) / 3, within());
    }

    @Test
    void theIntervalHoldsTheScoreAndNarrowsWithMorePosts() {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        // 100 posts, 85 right, errors spread over the labels
        for (int i = 0; i < 100; i++) {
            String label = LABELS.get(i % 3);
            gold.add(label);
            predicted.add(i % 20 < 17 ? label : LABELS.get((i + 1) % 3));
        }
        double score = Metrics.macroF1(gold, predicted, LABELS);
        Metrics.Interval small = Metrics.macroF1Interval(gold, predicted, LABELS);
        assertThat(small.contains(score)).isTrue();
        assertThat(small.low()).isLessThan(score - 0.03);
        assertThat(small.high()).isGreaterThan(score + 0.03);

        List<String> gold16 = new ArrayList<>();
        List<String> predicted16 = new ArrayList<>();
        for (int copy = 0; copy < 16; copy++) {
            gold16.addAll(gold);
            predicted16.addAll(predicted);
        }
        Metrics.Interval large = Metrics.macroF1Interval(gold16, predicted16, LABELS);
        assertThat(large.contains(score)).isTrue();
        // sixteen times the posts: about a quarter of the width
        double ratio = (large.high() - large.low()) / (small.high() - small.low());
        assertThat(ratio).isBetween(0.15, 0.4);
        // seeded: the same report every time
        assertThat(Metrics.macroF1Interval(gold, predicted, LABELS)).isEqualTo(small);
    }

    @Test
    void perfectPredictionsHaveNoSpread() {
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            gold.add(LABELS.get(i % 3));
        }
        Metrics.Interval interval = Metrics.macroF1Interval(gold, gold, LABELS);
        assertThat(interval.low()).isEqualTo(1.0, within());
        assertThat(interval.toString()).isEqualTo("95 % CI 1.000–1.000");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}

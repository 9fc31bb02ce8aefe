package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticRegressionTrainerTest {
    private static final List<String> LABELS = List.of("negative", "positive");
    private static final int BITS = 4;

    /** Feature 1 marks a positive row, feature 2 a negative one; feature 3 is on every row. */
    private static final List<Features.Vector> XS = new ArrayList<>();
    private static final int[] YS = new int[40];

    static {
        for (int i = 0; i < YS.length; i++) {
            YS[i] = i % 2;
            XS.add(new Features.Vector(new int[]{YS[i] == 1 ? 1 : 2, 3}, 0.7f));
        }
    }

    @Test
    void earlyStoppingKeepsTheEpochDevScoresBest() {
        int[] epoch = {0};
        // a dev score that peaks at the second epoch
        LogisticRegressionTrainer.Result best = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5)
                .train(XS, YS, m -> ++epoch[0] == 2 ? 1.0 : 0.5, s -> { });

        assertEquals(2, best.epoch());
        assertEquals(1.0, best.devScore());
        assertEquals(5, epoch[0], "every epoch is scored");
    }

    @Test
    void trainingWithoutDevRunsEveryEpochAndEndsWhereEarlyStoppingWouldHaveAtTheSameEpoch() {
        int[] epoch = {0};
        // with a dev score that rises every epoch, the last epoch is the best one
        LinearModel lastByDev = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 3)
                .train(XS, YS, m -> ++epoch[0], s -> { }).model();
        LinearModel all = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 3).trainAll(XS, YS);

        for (int index = 0; index < 1 << BITS; index++) {
            for (int label = 0; label < LABELS.size(); label++) {
                assertEquals(lastByDev.weight(index, label), all.weight(index, label), "feature " + index);
            }
        }
        assertTrue(all.weight(1, 1) > all.weight(1, 0), "the positive feature leans positive");
        assertEquals("positive", all.predict(new Features.Vector(new int[]{1, 3}, 0.7f)).label());
        assertEquals("negative", all.predict(new Features.Vector(new int[]{2, 3}, 0.7f)).label());
    }

    @Test
    void aRowWeighedZeroTeachesNothing() {
        // feature 4 is on a few extra rows labelled positive, each weighed 0
        List<Features.Vector> xs = new ArrayList<>(XS);
        int[] ys = java.util.Arrays.copyOf(YS, YS.length + 4);
        double[] weights = new double[ys.length];
        java.util.Arrays.fill(weights, 1);
        for (int i = YS.length; i < ys.length; i++) {
            xs.add(new Features.Vector(new int[]{4}, 0.7f));
            ys[i] = 1;
            weights[i] = 0;
        }
        LinearModel weighed = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 3).trainAll(xs, ys, weights);
        LinearModel plain = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 3).trainAll(xs, ys);

        assertEquals(0f, weighed.weight(4, 1));
        assertEquals(0f, weighed.weight(4, 0));
        assertTrue(plain.weight(4, 1) > 0, "weighed 1, the same rows teach feature 4 positive");
    }

    @Test
    void l2KeepsWeightsSmaller() {
        LinearModel plain = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5).trainAll(XS, YS);
        LinearModel shrunk = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5,
                new LogisticRegressionTrainer.Loss(0.5, 0.05)).trainAll(XS, YS);

        assertTrue(Math.abs(shrunk.weight(1, 1)) < Math.abs(plain.weight(1, 1)));
        assertEquals("positive", shrunk.predict(new Features.Vector(new int[]{1, 3}, 0.7f)).label());
    }

    @Test
    void fullyBalancedClassWeightsLeanFurtherToTheRareClassThanTheSquareRoot() {
        // 30 negative rows and 10 positive ones, all with feature 3 alone: the bias learns the balance
        List<Features.Vector> xs = new ArrayList<>();
        int[] ys = new int[40];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = i % 4 == 0 ? 1 : 0;
            xs.add(new Features.Vector(new int[]{3}, 0.7f));
        }
        Features.Vector x = new Features.Vector(new int[]{3}, 0.7f);
        double none = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5, new LogisticRegressionTrainer.Loss(0, 0))
                .trainAll(xs, ys).probabilities(x)[1];
        double root = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5).trainAll(xs, ys).probabilities(x)[1];
        double full = new LogisticRegressionTrainer(LABELS, BITS, 0.1, 5, new LogisticRegressionTrainer.Loss(1, 0))
                .trainAll(xs, ys).probabilities(x)[1];

        assertTrue(none < root && root < full, none + " < " + root + " < " + full);
        assertEquals(0.5, full, 0.05, "fully balanced, the two classes weigh the same");
    }
}

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
}

package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.eval.TrapSet;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.risk.IntoleranceModel;
import id.go.kupangkota.sasando.text.risk.RiskTaggerTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearModelsTest {
    /** Scored together, each of the shipped models gives exactly the probabilities it gives alone. */
    @Test
    void theTaggersModelsScoreTogetherExactlyAsAlone() throws IOException {
        LinearModel[] models = {LinearModel.read(DataFile.readBytes(TextClassifier.SENTIMENT_MODEL)),
                LinearModel.read(DataFile.readBytes(TextClassifier.EMOTION_MODEL)),
                LinearModel.read(DataFile.readBytes(IntoleranceModel.MODEL))};
        LinearModels together = LinearModels.of(models);
        Polarity polarity = Polarity.load(new ResourceDigest());
        List<TrapSet.Trap> traps = RiskTaggerTest.trapSet("/sasando/text/risk/traps.tsv").traps();
        assertThat(traps).hasSizeGreaterThan(50);
        for (TrapSet.Trap trap : traps) {
            Features.Vector x = Features.of(Tagger.shared().normalizer().normalize(trap.text()), polarity,
                    models[0].bits());
            double[][] p = together.probabilities(x);
            assertThat(p.length).isEqualTo(3);
            for (int m = 0; m < models.length; m++) {
                assertThat(p[m]).as(trap.text()).containsExactly(models[m].probabilities(x));
            }
        }
    }

    /** Models of any label counts, features hitting any bucket (repeats too), any value. */
    @Test
    void randomModelsScoreTogetherExactlyAsAlone() {
        Random random = new Random(29);
        int bits = 8;
        LinearModel[] models = {randomModel(random, bits, 3), randomModel(random, bits, 1),
                randomModel(random, bits, 6), randomModel(random, bits, 2)};
        LinearModels together = LinearModels.of(models);
        assertThat(together.models()).containsExactly(models);
        for (int n = 0; n < 2_000; n++) {
            int[] indexes = new int[random.nextInt(40)];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = random.nextInt(1 << bits);
            }
            Features.Vector x = new Features.Vector(indexes, random.nextFloat() * 2);
            double[][] p = together.probabilities(x);
            for (int m = 0; m < models.length; m++) {
                assertThat(p[m]).containsExactly(models[m].probabilities(x));
            }
        }
    }

    @Test
    void modelsHashingFeaturesDifferentlyOrInTrainingAreRefused() {
        Random random = new Random(1);
        assertThatThrownBy(() -> LinearModels.of(randomModel(random, 8, 3), randomModel(random, 9, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 and 9 bits");
        LinearModel training = new LinearModel(List.of("a", "b"), 4, new float[2 << 4], new float[2]);
        assertThatThrownBy(() -> LinearModels.of(training)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read back");
        assertThatThrownBy(LinearModels::of).isInstanceOf(IllegalArgumentException.class);
    }

    /** A model of random weights (some rows empty, as pruning leaves them), written and read back. */
    private static LinearModel randomModel(Random random, int bits, int labels) {
        float[] weights = new float[labels << bits];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(4) == 0 ? 0f : (float) random.nextGaussian();
        }
        float[] bias = new float[labels];
        for (int c = 0; c < labels; c++) {
            bias[c] = (float) random.nextGaussian();
        }
        List<String> names = IntStream.range(0, labels).mapToObj(c -> "l" + c).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new LinearModel(names, bits, weights, bias).write(bytes, 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return LinearModel.read(bytes.toByteArray());
    }
}

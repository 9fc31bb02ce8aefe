package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.eval.TrapSet;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.risk.IntoleranceModel;
import id.go.kupangkota.sasando.text.risk.RiskTaggerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class LinearModelTest {
    /** A model read back keeps bytes, not floats: it must score exactly as the floats it stood for. */
    @ParameterizedTest
    @ValueSource(strings = {TextClassifier.SENTIMENT_MODEL, TextClassifier.EMOTION_MODEL, IntoleranceModel.MODEL})
    void aModelReadBackScoresExactlyAsItsFloatWeights(String path) throws IOException {
        LinearModel read = LinearModel.read(DataFile.readBytes(path));
        int k = read.labels().size();
        float[] weights = new float[k << read.bits()];
        for (int index = 0; index < 1 << read.bits(); index++) {
            for (int c = 0; c < k; c++) {
                weights[index * k + c] = read.weight(index, c);
            }
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = read.bias(c);
        }
        LinearModel floats = new LinearModel(read.labels(), read.bits(), weights, bias);

        Polarity polarity = Polarity.load(new ResourceDigest());
        for (TrapSet.Trap trap : RiskTaggerTest.trapSet("/sasando/text/risk/traps.tsv").traps()) {
            Features.Vector x = Features.of(Tagger.shared().normalizer().normalize(trap.text()), polarity, read.bits());
            assertThat(read.probabilities(x)).as(trap.text()).containsExactly(floats.probabilities(x));
        }
    }
}

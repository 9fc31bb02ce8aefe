package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.risk.IntoleranceGate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainIntoleranceTest {
    @Test
    void crossValidationPicksAThresholdFromTheGridAndScoresTheGatedAlerts() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(LabelledText.of("warga tolak gereja baru nomor " + i + " di kampung kami", "intoleransi"));
            rows.add(LabelledText.of("harga ikan di pasar oeba naik lagi hari ke " + i, "none"));
            rows.add(LabelledText.of("ibadah natal bersama jemaat ke " + i + " berjalan damai", "none"));
        }
        ResourceDigest digest = new ResourceDigest();
        TrainIntolerance.Choice choice = TrainIntolerance.crossValidate(rows, Tagger.shared().normalizer(),
                Polarity.load(digest), IntoleranceGate.load(digest));

        assertThat(TrainIntolerance.THRESHOLDS).contains(choice.threshold());
        assertThat(TrainIntolerance.RATES).contains(choice.rate());
        assertThat(choice.epochs()).isBetween(1, TrainClassifier.MAX_EPOCHS);
        // the refusals are learnt apart from the peaceful worship that shares their faith words
        assertThat(choice.precision()).isEqualTo(1.0);
        assertThat(choice.recall()).isEqualTo(1.0);
    }
}

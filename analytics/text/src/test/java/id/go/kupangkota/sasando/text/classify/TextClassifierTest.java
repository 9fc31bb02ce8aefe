package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextClassifierTest {
    private static final ResourceDigest DIGEST = new ResourceDigest();
    private static final Normalizer NORMALIZER = Normalizer.load(DIGEST);
    private static final Polarity POLARITY = Polarity.load(DIGEST);
    private static final TextClassifier SENTIMENT = TextClassifier.load(DIGEST, TextClassifier.SENTIMENT_MODEL, POLARITY);
    private static final TextClassifier EMOTION = TextClassifier.load(DIGEST, TextClassifier.EMOTION_MODEL, POLARITY);

    private static String sentimentOf(String text) {
        return SENTIMENT.classify(NORMALIZER.normalize(text)).label();
    }

    @Test
    void theShippedModelsHaveTheVocabularyLabels() {
        assertThat(SENTIMENT.model().labels()).containsExactlyElementsOf(Vocabulary.SENTIMENTS);
        assertThat(Vocabulary.EMOTIONS).containsAll(EMOTION.model().labels());
    }

    @Test
    void theShippedModelsStayCompact() {
        assertThat(DataFile.readBytes(TextClassifier.SENTIMENT_MODEL).length).isLessThan(1_500_000);
        assertThat(DataFile.readBytes(TextClassifier.EMOTION_MODEL).length).isLessThan(1_500_000);
    }

    @Test
    void praiseIsPositiveAndComplaintNegative() {
        assertThat(sentimentOf("pelayanannya sangat bagus dan ramah, terima kasih")).isEqualTo("positive");
        assertThat(sentimentOf("air mati terus, pelayanan buruk sekali, kecewa")).isEqualTo("negative");
    }

    @Test
    void negationAndKupangMalayReachTheModel() {
        assertThat(sentimentOf("makanannya sonde enak, mahal lai")).isEqualTo("negative");
        assertThat(sentimentOf("mantaaap, beta senang sekali")).isEqualTo("positive");
    }

    @Test
    void emotionFollowsTheWords() {
        assertThat(EMOTION.classify(NORMALIZER.normalize("aku sayang banget sama kamu")).label()).isEqualTo("love");
        assertThat(EMOTION.classify(NORMALIZER.normalize("kesal banget, marah aku sama pemerintah")).label())
                .isEqualTo("anger");
    }

    @Test
    void theLexiconFallbackReadsWordsNegationAndEmoji() {
        assertThat(POLARITY.predict(NORMALIZER.normalize("pelayanan bagus dan ramah")).label()).isEqualTo("positive");
        assertThat(POLARITY.predict(NORMALIZER.normalize("sonde bagus")).label()).isEqualTo("negative");
        assertThat(POLARITY.predict(NORMALIZER.normalize("rapat jam 9")).label()).isEqualTo("neutral");
        assertThat(POLARITY.predict(NORMALIZER.normalize("💔")).label()).isEqualTo("negative");
    }

    @Test
    void probabilitiesSumToOne() {
        Prediction p = SENTIMENT.classify(NORMALIZER.normalize("biasa saja"));
        assertThat(p.probabilities()[0] + p.probabilities()[1] + p.probabilities()[2]).isCloseTo(1.0, within(1e-9));
        assertThat(p.confidence()).isBetween(1.0 / 3, 1.0);
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        float[] weights = new float[2 << 4];
        weights[6] = 0.5f;
        weights[7] = -0.25f;
        LinearModel model = new LinearModel(List.of("a", "b"), 4, weights, new float[]{0.1f, -0.1f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out, 0.0);
        LinearModel back = LinearModel.read(out.toByteArray());
        Features.Vector x = new Features.Vector(new int[]{3}, 1f);
        assertThat(back.probabilities(x)[0]).isCloseTo(model.probabilities(x)[0], within(1e-2));
        assertThat(back.labels()).containsExactly("a", "b");
    }
}

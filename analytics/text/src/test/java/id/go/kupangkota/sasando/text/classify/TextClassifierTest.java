package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.place.Gazetteer;
import id.go.kupangkota.sasando.core.post.Evidence;
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
    private static final EvidenceWords WORDS = EvidenceWords.load(DIGEST, NORMALIZER, Gazetteer.load(DIGEST, NORMALIZER));

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

    @Test
    void evidenceNamesTheWordsThatWeighedMostInTheirOriginalForm() {
        String text = "PDAM air mati lai di Oesapa, su tiga hari katong sonde dapa air";
        var normalized = NORMALIZER.normalize(text);
        assertThat(SENTIMENT.classify(normalized).label()).isEqualTo("negative");
        List<Evidence> evidence = SENTIMENT.evidence(normalized, "negative", 3, WORDS);
        assertThat(evidence).hasSizeBetween(1, 3);
        assertThat(evidence).extracting(Evidence::term).containsAnyOf("mati", "sonde");
        for (Evidence e : evidence) {
            assertThat(e.category()).isEqualTo("negative");
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term()); // "sonde", never "tidak"
        }
        // praise is explained by praise words, and a label the model lacks explains nothing
        var praise = NORMALIZER.normalize("Pelayanan KTP di kantor camat cepat dan ramah, terima kasih");
        assertThat(SENTIMENT.evidence(praise, "positive", 3, WORDS)).extracting(Evidence::term).contains("ramah");
        assertThat(SENTIMENT.evidence(praise, "marah", 3, WORDS)).isEmpty();
    }

    @Test
    void aParticleThatWeighedIsNotNamedAndTheNextWordOfMeaningIs() {
        // the dashboard explained this post by "lai, PDAM, sonde": "lai" (Kupang "lagi") weighed most
        var complaint = NORMALIZER.normalize("PDAM air mati lai di Oesapa, su tiga hari katong sonde dapa air");
        List<Evidence> three = SENTIMENT.evidence(complaint, "negative", 3, WORDS);
        assertThat(three).hasSize(3).extracting(Evidence::term).contains("sonde").doesNotContain("lai");
        assertThat(SENTIMENT.evidence(complaint, "negative", 50, WORDS)).extracting(Evidence::term)
                .doesNotContain("lai", "di", "su", "katong");
    }

    @Test
    void aPlaceThatWeighedIsNotNamedAndTheNextWordOfMeaningIs() {
        // the model learned "Kolhua" and "Fatukoa" from complaints about their roads: no reason for this one
        for (String text : List.of("Jalan di Kolhua rusak parah lagi, kapan diperbaiki?",
                "Jalan ke Fatukoa rusak parah, sonde ada yang perbaiki")) {
            List<Evidence> three = SENTIMENT.evidence(NORMALIZER.normalize(text), "negative", 3, WORDS);
            assertThat(three).as(text).hasSize(3).extracting(Evidence::term)
                    .contains("rusak", "parah").doesNotContain("Kolhua", "Fatukoa");
        }
        // "Pantai Kelapa Lima" is a landmark: none of its words is a reason for the praise
        List<Evidence> praise = SENTIMENT.evidence(NORMALIZER.normalize("Pantai Kelapa Lima bersih dan indah sore ini"),
                "positive", 3, WORDS);
        assertThat(praise).extracting(Evidence::term).containsExactly("bersih", "indah");
    }

    @Test
    void aComplaintHasMoreWordsForNegativeThanForPositiveAndNoneTwice() {
        var complaint = NORMALIZER.normalize("jalan rusak parah, lubang besar, sudah lapor tidak ada yang urus");
        List<Evidence> all = SENTIMENT.evidence(complaint, "negative", 50, WORDS);
        assertThat(all).extracting(Evidence::start).doesNotHaveDuplicates();
        assertThat(all.size()).isGreaterThan(SENTIMENT.evidence(complaint, "positive", 50, WORDS).size());
    }

    @Test
    void recordingTokenEndsLeavesTheFeaturesAsTheyAre() {
        var text = NORMALIZER.normalize("Beta pung rumah di Liliba air sonde jalan, mau mandi ju susah 😭 "
                + "#KotaKupang");
        int[] ends = new int[text.tokens().size()];
        Features.Vector plain = Features.of(text, POLARITY, 20);
        Features.Vector recorded = Features.of(text, POLARITY, 20, ends);
        assertThat(recorded.indexes()).containsExactly(plain.indexes());
        assertThat(recorded.value()).isEqualTo(plain.value());
        assertThat(ends).isSorted();
        assertThat(ends[ends.length - 1]).isLessThanOrEqualTo(plain.indexes().length);
    }
}

package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.place.Gazetteer;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceWordsTest {
    private static final ResourceDigest DIGEST = new ResourceDigest();
    private static final Normalizer NORMALIZER = Normalizer.load(DIGEST);
    private static final EvidenceWords SENTIMENT = EvidenceWords.load(DIGEST, NORMALIZER, Gazetteer.load(DIGEST, NORMALIZER));
    private static final EvidenceWords INTOLERANCE = SENTIMENT.withoutNegators();

    private static Token token(String word) {
        return NORMALIZER.normalize(word).tokens().get(0);
    }

    @Test
    void kupangMalayGrammarWordsAreJudgedByTheirStandardForm() {
        // "pung" and "katong" are no stop words as written; as "punya" and "kita" they are
        for (String word : new String[] {"pung", "katong", "bosong", "beta", "lu", "su", "pi", "deng", "lai", "sa",
                "ko", "to", "na", "e", "dong", "kalo", "usah"}) {
            assertThat(SENTIMENT.explains(token(word))).as(word).isFalse();
            assertThat(INTOLERANCE.explains(token(word))).as(word).isFalse();
        }
    }

    @Test
    void placesPeopleAndDaysInGeneralExplainNothing() {
        for (String word : new String[] {"kampung", "Kupang", "rumah", "warga", "keluarga", "Sabtu", "ujung", "2024"}) {
            assertThat(SENTIMENT.explains(token(word))).as(word).isFalse();
        }
    }

    @Test
    void aPlaceOfTheGazetteerIsNoReasonAndANameOfSeveralWordsOnlyWhereItStandsAsThatName() {
        NormalizedText text = NORMALIZER.normalize(
                "Es kelapa muda dari Kelapa Lima, Oebobo, Bakunase dan Pantai Lasiana");
        boolean[] may = SENTIMENT.explaining(text);
        List<String> named = new ArrayList<>();
        for (int i = 0; i < may.length; i++) {
            if (may[i]) {
                named.add(text.tokens().get(i).norm());
            }
        }
        // "kelapa" of the young coconut is a word of meaning; "kelapa" and "lima" of the kecamatan are not
        assertThat(named).containsExactly("es", "kelapa", "muda");
        assertThat(INTOLERANCE.explaining(text)).containsExactly(may);
        // alone, out of their text, these names pass every word list: the gazetteer alone keeps them out
        for (String word : new String[] {"Oebobo", "Bakunase", "Lasiana", "Pantai", "Lima"}) {
            assertThat(SENTIMENT.explains(token(word))).as(word).isTrue();
        }
    }

    @Test
    void wordsOfMeaningExplain() {
        for (String word : new String[] {"gereja", "masjid", "tolak", "usir", "PDAM", "mati", "ramah", "seiman"}) {
            assertThat(SENTIMENT.explains(token(word))).as(word).isTrue();
            assertThat(INTOLERANCE.explains(token(word))).as(word).isTrue();
        }
    }

    @Test
    void aNegationExplainsASentimentButNotAnIntoleranceAlertWhoseGateAlreadyAskedForOne() {
        for (String word : new String[] {"sonde", "son", "tidak", "jang", "jangan", "bukan"}) {
            assertThat(SENTIMENT.explains(token(word))).as(word).isTrue();
            assertThat(INTOLERANCE.explains(token(word))).as(word).isFalse();
        }
    }
}

package id.go.kupangkota.sasando.text.normalize;

import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {
    private static final Normalizer NORMALIZER = Normalizer.load(new ResourceDigest());

    private static NormalizedText normalize(String text) {
        return NORMALIZER.normalize(text);
    }

    private static List<String> negated(NormalizedText text) {
        return text.tokens().stream().filter(Token::negated).map(Token::norm).toList();
    }

    @Test
    void kupangMalayBecomesStandardIndonesian() {
        assertThat(normalize("beta sonde tau").normText()).isEqualTo("saya tidak tahu");
        assertThat(normalize("Katong su pi pasar deng bosong").normText())
                .isEqualTo("kita sudah pergi pasar dengan kalian");
        assertThat(normalize("lu pung oto talalu bagus, beta parlu son").normText())
                .isEqualTo("kamu punya mobil terlalu bagus saya perlu tidak");
        // 30 Nov: the water rising again, for the flood phrase "air sudah naik" (topic/bencana.txt)
        assertThat(normalize("aer su naik lai di Oesapa").normText()).isEqualTo("air sudah naik lagi di oesapa");
    }

    @Test
    void slangBecomesStandardIndonesian() {
        assertThat(normalize("gak tau yg mana, udah bgt").normText()).isEqualTo("tidak tahu yang mana sudah banget");
        assertThat(normalize("gpp kok").normText()).isEqualTo("tidak apa apa kok");
    }

    @Test
    void lettersRepeatedThreeTimesOrMoreCollapse() {
        assertThat(normalize("mantaaap bangeeet").normText()).isEqualTo("mantap banget");
        assertThat(normalize("tunggu").normText()).isEqualTo("tunggu");
        assertThat(Normalizer.collapse("meledak2")).isEqualTo("meledak");
    }

    @Test
    void negationMarksTheNextWordsUntilAClauseEnds() {
        NormalizedText text = normalize("Pelayanan gak bagus sama sekali, tapi murah");
        assertThat(negated(text)).containsExactly("bagus", "sama", "sekali");
        assertThat(text.tokens().get(2).feature()).isEqualTo("NEG_bagus");
    }

    @Test
    void kupangNegatorsNegateToo() {
        assertThat(negated(normalize("son enak"))).containsExactly("enak");
        assertThat(negated(normalize("sonde mahal tapi enak"))).containsExactly("mahal");
    }

    @Test
    void tidakHanyaIsNotANegation() {
        assertThat(negated(normalize("tidak hanya murah tetapi juga enak"))).isEmpty();
    }

    @Test
    void tokensKeepTheirSpanInTheOriginalText() {
        String text = "Air PDAM  mati di Oesapa!!";
        NormalizedText n = normalize(text);
        Token oesapa = n.tokens().get(n.tokens().size() - 1);
        assertThat(text.substring(oesapa.start(), oesapa.end())).isEqualTo("Oesapa");
        Token mati = n.tokens().get(2);
        assertThat(text.substring(mati.start(), mati.end())).isEqualTo("mati");
    }

    @Test
    void linksMentionsHashtagsAndEmojiAreSplitOut() {
        NormalizedText n = normalize("Mantap @PemkotKupang! #KupangKotaKasih 😍 https://kupangkota.go.id/berita");
        assertThat(n.mentions()).containsExactly("pemkotkupang");
        assertThat(n.hashtags()).containsExactly("kupangkotakasih");
        assertThat(n.links()).containsExactly("https://kupangkota.go.id/berita");
        assertThat(n.emoji()).singleElement().satisfies(e -> assertThat(e.polarity()).isEqualTo(1));
        // the hashtag's words are still words: camel case split
        assertThat(n.normText()).isEqualTo("mantap kupang kota kasih");
    }

    @Test
    void aHashtagsWordsAreAlsoSplitWhereDigitsStartOrEnd() {
        NormalizedText n = normalize("Pilih nomor 2 #Pilkada2024 #covid19Kupang");
        assertThat(n.hashtags()).containsExactly("pilkada2024", "covid19kupang");
        assertThat(n.normText()).endsWith("pilkada 2024 covid 19 kupang");
    }

    @Test
    void aHandleWithDotsIsOneMentionAndASentenceDotIsNotPartOfIt() {
        NormalizedText n = normalize("@agus.maulafa beta su lapor ke @pdamkupang. Sonde ada jawaban");
        assertThat(n.mentions()).containsExactly("agus.maulafa", "pdamkupang");
        assertThat(n.normText()).doesNotContain("maulafa").startsWith("saya sudah lapor");
    }

    @Test
    void stemsComeFromLucenesIndonesianStemmer() {
        Token t = normalize("menyerang").tokens().get(0);
        assertThat(t.norm()).isEqualTo("menyerang");
        assertThat(t.stem()).isEqualTo("serang");
    }

    @Test
    void anAbbreviationDotDoesNotEndTheClause() {
        NormalizedText n = normalize("Jl. El Tari");
        assertThat(n.normText()).isEqualTo("jalan el tari");
        assertThat(n.clause(0)).isEqualTo(n.clause(2));
    }

    @Test
    void aSentenceRunsOverCommasAndColonsButNotOverAFullStopOrALineBreak() {
        NormalizedText n = normalize("Info dari grup WA: besok, jam 08.00 listrik padam. Siap lilin!\nOke");
        List<String> words = n.tokens().stream().map(Token::norm).toList();
        int info = words.indexOf("info");
        int padam = words.indexOf("padam");
        assertThat(n.clause(info)).isNotEqualTo(n.clause(padam));
        assertThat(n.sentence(info)).isEqualTo(n.sentence(padam)); // the time's dot ends no sentence
        assertThat(n.sentence(words.indexOf("siap"))).isGreaterThan(n.sentence(padam));
        assertThat(n.sentence(words.indexOf("oke"))).isGreaterThan(n.sentence(words.indexOf("siap")));
        assertThat(normalize("Jl. El Tari ditutup").sentence(2)).isZero();
    }

    @Test
    void emptyAndNullTextGiveNoTokens() {
        assertThat(normalize(null).tokens()).isEmpty();
        assertThat(normalize("   ").tokens()).isEmpty();
        assertThat(normalize("!!! ... ???").tokens()).isEmpty();
    }

    /** A letter outside the BMP is two chars: "𝐁𝐨𝐦" of styled posts once kept the scan on its first one forever. */
    @Test
    void lettersOutsideTheBasicPlaneMakeWordsAndTheScanEnds() {
        NormalizedText text = normalize("\uD835\uDC01\uD835\uDC28\uD835\uDC26 gereja a-\uD835\uDC01 \uD800 x");
        assertThat(text.tokens()).extracting(Token::start, Token::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 6), org.assertj.core.groups.Tuple.tuple(7, 13),
                        org.assertj.core.groups.Tuple.tuple(14, 18), org.assertj.core.groups.Tuple.tuple(21, 22));
    }
}

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

    private static List<String> norms(String text) {
        return normalize(text).tokens().stream().map(Token::norm).toList();
    }

    /** What the post shows of token {@code i}: its span of the original text. */
    private static String written(NormalizedText text, int i) {
        Token t = text.tokens().get(i);
        return text.original().substring(t.start(), t.end());
    }

    @Test
    void anInvisibleCharacterInsideAWordIsDroppedAndTheSpanKeepsIt() {
        for (String invisible : List.of("\u200B", "\u200C", "\u200D", "\u00AD", "\u2060", "\uFEFF")) {
            NormalizedText text = normalize("siap b" + invisible + "om" + invisible + " gereja");
            assertThat(text.normText()).as("U+%04X", (int) invisible.charAt(0)).isEqualTo("siap bom gereja");
            // inside the word it is the word's; after its last letter it is not
            assertThat(written(text, 1)).isEqualTo("b" + invisible + "om");
            assertThat(norms("ka" + invisible + invisible + "fir")).containsExactly("kafir");
        }
    }

    @Test
    void accentsAndOtherMarksOnLatinLettersAreDroppedAndTheSpanEndsAfterTheLastMark() {
        assertThat(norms("ayo ba\u0301kar")).containsExactly("ayo", "bakar");
        assertThat(norms("ayo bákar")).containsExactly("ayo", "bakar"); // the same, precomposed
        NormalizedText underlined = normalize("k\u0332a\u0332f\u0332i\u0332r\u0332 semua");
        assertThat(underlined.normText()).isEqualTo("kafir semua");
        assertThat(written(underlined, 0)).isEqualTo("k\u0332a\u0332f\u0332i\u0332r\u0332");
        // another script's marks are its spelling: an Arabic word with its vowels stays one word, vowels kept
        assertThat(norms("\u0628\u0650\u0633\u0652\u0645\u0650")).containsExactly("\u0628\u0650\u0633\u0652\u0645\u0650");
    }

    @Test
    void fullWidthAndMathematicalStyledLettersAreReadAsTheirLetters() {
        assertThat(norms("\uFF42\uFF4F\uFF4D \uFF4B\uFF41\uFF46\uFF49\uFF52")).containsExactly("bom", "kafir");
        assertThat(norms("\uD835\uDC1B\uD835\uDC28\uD835\uDC26")).containsExactly("bom"); // bold
        assertThat(norms("\uD835\uDE2C\uD835\uDE22\uD835\uDE27\uD835\uDE2A\uD835\uDE33")).containsExactly("kafir"); // sans-serif italic
        assertThat(norms("\uD835\uDD5C\uD835\uDD52\uD835\uDD57\uD835\uDD5A\uD835\uDD63")).containsExactly("kafir"); // double-struck
        assertThat(norms("\uD835\uDC01\uD835\uDC0E\uD835\uDC0C")).containsExactly("bom"); // bold capitals
        NormalizedText styled = normalize("siap \uD835\uDC1B\uD835\uDC28\uD835\uDC26 gereja");
        assertThat(written(styled, 1)).isEqualTo("\uD835\uDC1B\uD835\uDC28\uD835\uDC26");
        assertThat(styled.tokens().get(1).stem()).isEqualTo("bom");
    }

    @Test
    void everyDisguiseOfAPostGivesThePlainPostsTokensClausesAndSentences() {
        String plain = "Beta sonde tau, gak bgt! Mantaaap #TolakRadikalisme Jl. El Tari jum'at bae-bae meledak2 😡 "
                + "@pdamkupang https://kupangkota.go.id/Berita";
        for (Disguise disguise : Disguise.values()) {
            NormalizedText expected = normalize(disguise.shown(plain));
            String text = disguise.apply(plain);
            NormalizedText n = normalize(text);
            assertThat(n.tokens()).as(disguise.name()).extracting(Token::norm, Token::stem, Token::negated)
                    .containsExactlyElementsOf(expected.tokens().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.norm(), t.stem(), t.negated())).toList());
            assertThat(n.clauseOf()).as(disguise.name()).containsExactly(expected.clauseOf());
            assertThat(n.sentenceOf()).as(disguise.name()).containsExactly(expected.sentenceOf());
            assertThat(n.hashtags()).as(disguise.name()).isEqualTo(expected.hashtags());
            assertThat(n.mentions()).as(disguise.name()).isEqualTo(expected.mentions());
            assertThat(n.links()).as(disguise.name()).isEqualTo(expected.links());
            assertThat(n.emoji()).as(disguise.name()).extracting(Emoji::symbol).containsExactly("😡");
            for (Token t : n.tokens()) {
                assertThat(Character.isLowSurrogate(text.charAt(t.start()))).isFalse();
                assertThat(t.end() == text.length() || !Character.isLowSurrogate(text.charAt(t.end()))).isTrue();
            }
        }
    }

    @Test
    void theWordMapsReadDisguisedWordsAndKupangMalayKeepsItsAccents() {
        assertThat(norms("\uFF53\uFF4F\uFF4E\uFF44\uFF45 \uD835\uDC20\uD835\uDC1A\uD835\uDC24 g\u200Bpp"))
                .containsExactly("tidak", "tidak", "tidak", "apa", "apa");
        // the Bhinneka corpus writes Kupang Malay with accents: "sanáng" is "senang" however it is written...
        assertThat(norms("sanáng")).containsExactly("senang");
        assertThat(norms("sana\u0301ng")).containsExactly("senang");
        assertThat(norms("\uFF53\uFF41\uFF4E\u00E1\uFF4E\uFF47")).containsExactly("senang");
        // ...while its accent tells "tamán" (a friend) from "taman" (a park)
        assertThat(norms("tamán taman")).containsExactly("teman", "taman");
    }

    @Test
    void aDisguisedHashtagIsTheHashtagOfItsLetters() {
        NormalizedText fullWidth = normalize("#\uFF42\uFF4F\uFF4D gereja");
        assertThat(fullWidth.hashtags()).containsExactly("bom");
        assertThat(fullWidth.normText()).isEqualTo("bom gereja");
        NormalizedText split = normalize("\uFF03\uFF34\uFF4F\uFF4C\uFF41\uFF4B\uFF32\uFF41\uFF44\uFF49\uFF4B\uFF41\uFF4C\uFF49\uFF53\uFF4D\uFF45");
        assertThat(split.hashtags()).containsExactly("tolakradikalisme"); // "＃" too, as the platforms read it
        assertThat(split.normText()).isEqualTo("tolak radikalisme");
        NormalizedText bold = normalize("#\uD835\uDC01\uD835\uDC28\uD835\uDC26\uD835\uDC06\uD835\uDC1E\uD835\uDC2B\uD835\uDC1E\uD835\uDC23\uD835\uDC1A");
        assertThat(bold.hashtags()).containsExactly("bomgereja");
        assertThat(bold.normText()).isEqualTo("bom gereja");
    }

    @Test
    void anEmojiIsNoLetterAndDoesNotJoinAWord() {
        NormalizedText text = normalize("b\uD83D\uDCA3om bom\u200D\uD83D\uDCA3 \uFF42\uFF4F\uFF4D\uD83D\uDE21");
        assertThat(text.normText()).isEqualTo("b om bom bom");
        assertThat(text.emoji()).extracting(Emoji::symbol).containsExactly("\uD83D\uDCA3", "\uD83D\uDCA3", "\uD83D\uDE21");
        assertThat(written(text, 2)).isEqualTo("bom"); // the joiner before an emoji is not the word's
    }

    @Test
    void fullWidthPunctuationEndsClausesAndSentences() {
        NormalizedText text = normalize("\uFF41\uFF4B\uFF55 \uFF54\uFF49\uFF44\uFF41\uFF4B \uFF54\uFF41\uFF55\uFF0C\uFF42\uFF41\uFF47\uFF55\uFF53\uFF01\uFF4F\uFF4B\uFF45");
        assertThat(text.normText()).isEqualTo("saya tidak tahu bagus oke");
        assertThat(text.tokens()).extracting(Token::negated).containsExactly(false, false, true, false, false);
        assertThat(text.sentence(4)).isGreaterThan(text.sentence(3));
    }

    @Test
    void cyrillicAndGreekLookAlikesInALatinWordAreReadAsLatinAndTheSpanKeepsThem() {
        NormalizedText text = normalize("dasar k\u0430fir b\u043Em \u0392\u039FM \u039A\u03B1fir");
        assertThat(text.normText()).isEqualTo("dasar kafir bom bom kafir");
        assertThat(written(text, 1)).isEqualTo("k\u0430fir");
        assertThat(written(text, 3)).isEqualTo("\u0392\u039FM");
        assertThat(normalize("#T\u043El\u0430kB\u043Em").hashtags()).containsExactly("tolakbom");
    }

    @Test
    void aWordWhollyInCyrillicOrGreekKeepsItsLetters() {
        // all look-alikes, but Russian "сом" and Greek "ΒΟΜ" have no Latin letter to mix with
        assertThat(norms("\u0441\u043E\u043C \u041C\u043E\u0441\u043A\u0432\u0430 \u0392\u039F\u039C \u0391\u03B8\u03AE\u03BD\u03B1"))
                .containsExactly("\u0441\u043E\u043C", "\u043C\u043E\u0441\u043A\u0432\u0430", "\u03B2\u03BF\u03BC",
                        "\u03B1\u03B8\u03AE\u03BD\u03B1");
    }

    @Test
    void smallCapitalsAndCircledAndSquaredLettersAreReadAsTheirLetters() {
        assertThat(norms("\u0299\u1D0F\u1D0D \u1D0B\u1D00\uA730\u026A\u0280")).containsExactly("bom", "kafir");
        assertThat(norms("\u24D1\u24DE\u24DC \u24B7\u24DE\u24DC")).containsExactly("bom", "bom"); // circled
        assertThat(norms("\uD83C\uDD31\uD83C\uDD3E\uD83C\uDD3C")).containsExactly("bom"); // squared
        assertThat(norms("\uD83C\uDD51\uD83C\uDD5E\uD83C\uDD5C")).containsExactly("bom"); // negative circled
        assertThat(norms("\uD83C\uDD71om")).containsExactly("bom"); // negative squared, beside plain letters
        assertThat(norms("\uD83C\uDD71\uFE0Fom")).containsExactly("bom"); // the emoji "🅱️" with letters after it
        NormalizedText hashtag = normalize("#\u24C9\u24DE\u24DB\u24D0\u24DA\u24B7\u24DE\u24DC");
        assertThat(hashtag.hashtags()).containsExactly("tolakbom");
        assertThat(hashtag.normText()).isEqualTo("tolak bom");
        // with the emoji selector a lone blood-type "🅰️" is the emoji it shows, no letter
        NormalizedText emoji = normalize("golongan \uD83C\uDD70\uFE0F");
        assertThat(emoji.normText()).isEqualTo("golongan");
        assertThat(emoji.emoji()).extracting(Emoji::symbol).containsExactly("\uD83C\uDD70");
    }

    @Test
    void digitsForLettersAreReadOnlyAsARiskWord() {
        assertThat(norms("k4fir b0m t3r0r1s b4k4r")).containsExactly("kafir", "bom", "teroris", "bakar");
        // precision first: digits stand for themselves in ordinary posts ("meledak2", "jam 4", "se7")
        assertThat(norms("meledak2 jam 4 anak2 se7 b4 4JJI g4k covid19 k0ta 5ehat DH 1234 AB"))
                .containsExactly("meledak", "jam", "4", "anak", "se7", "b4", "4jji", "g4k", "covid19", "k0ta",
                        "5ehat", "dh", "1234", "ab");
    }
}

package id.go.kupangkota.sasando.text;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerTest {
    private static final Tagger TAGGER = Tagger.shared();
    private static final Instant TAGGED_AT = Instant.parse("2024-07-11T02:00:00Z");

    private static Post post(String title, String text, Instant createdAt) {
        return Post.builder("test", "1").title(title).text(text).createdAt(createdAt)
                .hashtags(List.of("#KIMKupang")).mentions(List.of("@Diskominfo")).build();
    }

    @Test
    void aLongPageKeepsTheFirstFewSpansOfEachTermAndItsTags() {
        String text = "Air PDAM mati lagi di Oebobo. ".repeat(400) + "Ayo serbu kantor lurah besok pagi!";
        TagResult r = TAGGER.tag(text);
        assertThat(r.topics()).contains("layanan_publik");
        assertThat(r.kecamatan()).isEqualTo("Oebobo");
        assertThat(r.evidence()).filteredOn(e -> e.term().equalsIgnoreCase("Oebobo")).hasSize(Tagger.SPANS_PER_TERM)
                .first().satisfies(e -> assertThat(e.start()).isEqualTo(text.indexOf("Oebobo")));
        assertThat(r.evidence()).hasSizeLessThan(40);
        // what comes after the repeats is still read and still has its evidence
        assertThat(r.risk()).contains("provokasi");
        assertThat(r.evidence()).anySatisfy(e -> assertThat(e.category()).isEqualTo("provokasi"));
    }

    @Test
    void nullAndEmptyTextAreNeutralWithoutRisk() {
        for (String text : new String[]{null, "", "   ", "..."}) {
            TagResult r = TAGGER.tag(text);
            assertThat(r).isEqualTo(TagResult.neutral());
        }
    }

    @Test
    void anyInputIsTaggedWithoutThrowing() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(80);
            for (int k = 0; k < len; k++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> 'a' + random.nextInt(26);
                    case 1 -> " .,!?#@-'\n".charAt(random.nextInt(10));
                    case 2 -> 0x1F300 + random.nextInt(0x700);
                    default -> random.nextInt(0xD7FF);
                };
                sb.appendCodePoint(cp);
            }
            TagResult r = TAGGER.tag(sb.toString());
            assertThat(Vocabulary.SENTIMENTS).contains(r.sentiment());
            assertThat(Vocabulary.EMOTIONS).contains(r.emotion());
            assertThat(Vocabulary.STANCES).contains(r.stance());
            for (Evidence e : r.evidence()) {
                assertThat(sb.substring(e.start(), e.end())).isEqualTo(e.term());
            }
        }
    }

    @Test
    void taggingFromManyThreadsGivesTheSameResultsAsFromOne() throws Exception {
        List<String> texts = List.of("Beta sonde tau kenapa air PDAM di Oesapa mati", "Tegakkan khilafah sekarang!",
                "Promo bom diskon di Lippo Plaza Kupang", "Polisi menangkap terduga teroris di Oebobo",
                "Pelayanan puskesmas Sikumana mantaaap 👍");
        List<TagResult> expected = texts.stream().map(TAGGER::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = i % texts.size();
                        if (!TAGGER.tag(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emojiOnlyPostsTakeTheirSentimentFromTheEmojiLexicon() {
        assertThat(TAGGER.tag("😡😡😡").sentiment()).isEqualTo("negative");
        assertThat(TAGGER.tag("😍👍").sentiment()).isEqualTo("positive");
    }

    @Test
    void codesComeFromTheVocabulary() {
        TagResult r = TAGGER.tag("Banjir di Oesapa, harga sembako naik, caleg diam saja. Bakar gereja itu!");
        assertThat(Vocabulary.TOPICS).containsAll(r.topics());
        assertThat(Vocabulary.RISK_CATEGORIES).containsAll(r.risk());
        assertThat(Vocabulary.KECAMATAN).contains(r.kecamatan());
        assertThat(r.topics()).contains("bencana", "ekonomi", "politik", "intoleransi");
    }

    /** A source's own hashtag written in full-width or styled letters is the text's plain one, not a second. */
    @Test
    void enrichKeepsADisguisedHashtagOfTheSourceAsItsPlainLetters() {
        Post post = Post.builder("test", "2").text("siap #bom gereja").createdAt(TAGGED_AT)
                .hashtags(List.of("#\uFF42\uFF4F\uFF4D", "\uD835\uDC01\uD835\uDC28\uD835\uDC26", "#KIMKupang"))
                .mentions(List.of("@Diskominfo")).build();
        Post tagged = TAGGER.enrich(post, TAGGED_AT);
        assertThat(tagged.hashtags()).containsExactly("bom", "kimkupang");
        assertThat(tagged.mentions()).containsExactly("diskominfo");
    }

    @Test
    void enrichFillsEveryEnrichmentField() {
        Post tagged = TAGGER.enrich(post("Sosialisasi KIM", "Air PDAM mati di Oesapa #AirBersih @PemkotKupang",
                Instant.parse("2024-07-10T17:30:00Z")), TAGGED_AT);
        assertThat(tagged.sentiment()).isIn(Vocabulary.SENTIMENTS);
        assertThat(tagged.sentimentScore()).isBetween(0.0, 1.0);
        assertThat(tagged.emotion()).isIn(Vocabulary.EMOTIONS);
        assertThat(tagged.risk()).isEmpty();
        assertThat(tagged.riskScore()).isZero();
        assertThat(tagged.topics()).contains("layanan_publik");
        assertThat(tagged.stance()).isEqualTo("none");
        assertThat(tagged.kecamatan()).isEqualTo("Kelapa Lima");
        assertThat(tagged.terms()).contains("air", "pdam", "mati", "oesapa");
        assertThat(tagged.hashtags()).containsExactly("kimkupang", "airbersih");
        assertThat(tagged.mentions()).containsExactly("diskominfo", "pemkotkupang");
        // 17:30 UTC on the 10th is 01:30 WITA on the 11th
        assertThat(tagged.day()).isEqualTo("2024-07-11");
        assertThat(tagged.week()).isEqualTo("2024-W28");
        assertThat(tagged.pipelineVersion()).isEqualTo(TAGGER.pipelineVersion());
        assertThat(tagged.taggedAt()).isEqualTo(TAGGED_AT);
    }

    @Test
    void termsLeaveOutNegatorsPolitenessAndTimeWordsButKeepTheSubject() {
        // the demo's "Kata teratas" led with jangan, mohon, semoga, jam, malam: no subject in any of them
        TagResult r = TAGGER.tag("Mohon jangan buang sampah di Pantai Pasir Panjang, tiap Minggu pagi jam 6 "
                + "kerja bakti. Terima kasih, semoga bersih sampai malam!");
        assertThat(r.terms()).contains("buang", "sampah", "pantai", "pasir", "panjang", "kerja", "bakti", "bersih")
                .doesNotContain("mohon", "jangan", "minggu", "pagi", "jam", "semoga", "malam");
    }

    @Test
    void aPlaceNameIsOneTermAndTheCityEveryPostIsAboutIsNone() {
        // the demo's "Kata teratas" led with kupang, kota and ntt, and with "lima" and "kelapa" of Kelapa Lima
        TagResult r = TAGGER.tag("Banjir lagi di Kelapa Lima, air masuk rumah warga. Kota Kupang, NTT, kapan beres?");
        assertThat(r.terms()).contains("banjir", "kelapa lima", "air", "masuk", "rumah", "warga")
                .doesNotContain("kelapa", "lima", "kota", "kupang", "ntt");
        // the words of a place name elsewhere are words: "kelapa muda" is a drink, not Kelapa Lima
        assertThat(TAGGER.tag("Es kelapa muda di Oesapa enak").terms()).contains("kelapa", "muda", "oesapa");
    }

    @Test
    void evidenceSpansIndexIntoTheTextNotTheTitle() {
        String text = "Katanya demokrasi sistem kafir.";
        Post tagged = TAGGER.enrich(post("Berita hari ini di Kupang", text, null), TAGGED_AT);
        assertThat(tagged.evidence()).isNotEmpty().allSatisfy(
                e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term()));
    }

    @Test
    void aPostWithoutCreationTimeIsDatedByTheTaggingTime() {
        Post tagged = TAGGER.enrich(post(null, "Selamat pagi Kupang", null), TAGGED_AT);
        assertThat(tagged.day()).isEqualTo("2024-07-11");
    }

    @Test
    void thePipelineVersionNamesTheLogicAndHashesTheResources() {
        assertThat(TAGGER.pipelineVersion()).matches("text-14\\+[0-9a-f]{10}");
    }

    /**
     * Odd text (zero-width and control characters, combining marks, full-width and styled letters, emoji
     * sequences, lone surrogates, right-to-left marks) is tagged without throwing, and every evidence span
     * is the text's own characters: {@code text.substring(start, end)} is the term.
     */
    @Test
    void oddUnicodeIsTaggedAndEveryEvidenceSpanIsTheTextsOwn() {
        List<String> texts = List.of("Ayo b\u200Bom gereja itu, ayo bom gereja", "ba\u0301kar rumah ibadah kafir dibunuh",
                "\uFF42\uFF4F\uFF4D gereja, serbu kantor lurah", "\uD83D\uDC4D\uD83C\uDFFD\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 kafir dibunuh",
                "\uD835\uDC01\uD835\uDC28\uD835\uDC26 gereja \uD835\uDFCF kafir dibunuh", "lone \uD800 kafir \uDC00dibunuh bom\uD83D",
                "\u0000kafir\u0000 dibunuh\u0001\u001B serbu", "\u202Ekafir dibunuh\u202C \u0645\u0631\u062D\u0628\u0627 \u05D0",
                "\uFEFF#Bom\uD83D\uDE21Gereja @\u200Dx kafir\u00AD dibunuh", "\r\nkafir\rdibunuh\u2028katanya listrik padam seluruh kota");
        for (String text : texts) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.evidence()).as(text).allSatisfy(e ->
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term()));
            assertThat(TAGGER.sentimentEvidence(text, null, 5)).as(text).allSatisfy(e ->
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term()));
        }
        assertThat(TAGGER.tag(texts.get(4)).risk()).contains("intoleransi");
        // since text-10 the disguised words are read too, their spans the words as written
        assertThat(TAGGER.tag(texts.get(0)).evidence()).anySatisfy(e ->
                assertThat(List.of(e.term(), e.start(), e.end())).containsExactly("b\u200Bom", 4, 8));
        assertThat(TAGGER.tag(texts.get(1)).risk()).contains("provokasi");
        assertThat(TAGGER.tag(texts.get(2)).risk()).contains("terorisme");
    }
}

package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.dataset.Datasets;
import id.go.kupangkota.sasando.text.eval.TrapSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

public class RiskTaggerTest {
    private static final Tagger TAGGER = Tagger.shared();

    static List<TrapSet.Trap> traps() throws IOException {
        return trapSet("/sasando/text/risk/traps.tsv").traps();
    }

    /** A trap set from the test classpath ("/sasando/text/risk/traps.tsv"). */
    public static TrapSet trapSet(String resource) throws IOException {
        try (InputStream in = RiskTaggerTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return TrapSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("traps")
    void everyTrapGetsItsExpectedRiskAndStance(TrapSet.Trap trap) {
        TagResult r = TAGGER.tag(trap.text());
        assertThat(r.risk()).as("risk of: %s", trap.text()).containsExactlyInAnyOrderElementsOf(trap.risk());
        assertThat(r.stance()).as("stance of: %s", trap.text()).isEqualTo(trap.stance());
    }

    @Test
    void theTrapSetIsBigEnoughToMeanSomething() throws IOException {
        assertThat(traps()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void onTheHeldOutTrapsEveryRiskyPostAlertsAndAtMostOneHarmlessPostDoes() throws IOException {
        // the held-out set was never tuned on: these are the measured floors (EVALUATION.md), not 100 %
        int falseAlarms = 0;
        int stanceRight = 0;
        List<TrapSet.Trap> traps = trapSet("/sasando/text/risk/traps-holdout.tsv").traps();
        for (TrapSet.Trap trap : traps) {
            TagResult r = TAGGER.tag(trap.text());
            if (trap.risk().isEmpty() && !r.risk().isEmpty()) {
                falseAlarms++;
            }
            if (!trap.risk().isEmpty()) {
                assertThat(r.risk()).as(trap.text()).containsExactlyInAnyOrderElementsOf(trap.risk());
            }
            if (r.stance().equals(trap.stance())) {
                stanceRight++;
            }
        }
        assertThat(falseAlarms).isLessThanOrEqualTo(1);
        assertThat((double) stanceRight / traps.size()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void aPromotingPostCarriesEvidenceWithExactSpans() {
        String text = "Tegakkan khilafah sekarang, ganti Pancasila!";
        TagResult r = TAGGER.tag(text);
        assertThat(r.risk()).containsExactly("radikalisme");
        assertThat(r.stance()).isEqualTo("promoting");
        assertThat(r.riskScore()).isGreaterThanOrEqualTo(RiskTagger.ALERT_THRESHOLD);
        assertThat(r.evidence()).contains(new Evidence("radikalisme", "Tegakkan khilafah", 0, 17),
                new Evidence("radikalisme", "ganti Pancasila", 28, 43));
        for (Evidence e : r.evidence()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term());
        }
    }

    @Test
    void kupangMalayCallsToKillAreCaughtWithTheirOriginalWords() {
        String text = "Katong kas mati dong semua";
        TagResult r = TAGGER.tag(text);
        assertThat(r.risk()).containsExactly("provokasi");
        assertThat(r.evidence()).contains(new Evidence("provokasi", "kas mati", 7, 15));
    }

    @Test
    void harmlessSensesRaiseNothingAndMakeNoTopic() {
        for (String text : List.of("teror nyamuk DBD", "bom diskon", "perubahan radikal", "bom ikan",
                "serangan jantung", "tembak harga", "basmi jentik")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).isEmpty();
            assertThat(r.topics()).as(text).doesNotContain("terorisme", "radikalisme", "provokasi");
        }
        // "kebodohan" (ignorance) shares the stem of the insult "bodoh"
        TagResult sermon = TAGGER.tag("Ustaz ajak jamaah jihad melawan kebodohan dan kemiskinan");
        assertThat(sermon.risk()).isEmpty();
        assertThat(sermon.topics()).doesNotContain("ujaran_kebencian", "radikalisme");
    }

    @Test
    void aHalfCountsOnlyBesideAnotherRiskPhraseOfItsCategoryNotOfItsConcept() {
        // a call to pass it on, or a sensational claim, alone: ordinary posts, not even the topic
        for (String text : List.of("Tolong bagikan info lowongan kerja ini", "Dinkes uji sampel air tercemar di Oesapa",
                "Air tercemar racun?", "Ayo ramai-ramai ke Pantai Lasiana")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).isEmpty();
            assertThat(r.topics()).as(text).doesNotContain("hoaks", "provokasi");
            assertThat(r.evidence()).as(text).noneMatch(e -> e.category().equals("hoaks") || e.category().equals("provokasi"));
        }
        // halves of two concepts, or a half beside a weak phrase of its category: an alert with both as evidence
        TagResult chain = TAGGER.tag("Air PDAM di Oebobo tercemar, bagikan ke keluarga!");
        assertThat(chain.risk()).containsExactly("hoaks");
        assertThat(chain.evidence()).extracting(e -> e.term().toLowerCase()).contains("tercemar", "bagikan");
        TagResult mob = TAGGER.tag("Ayo malam ini bakar rumahnya");
        assertThat(mob.risk()).containsExactly("provokasi");
        assertThat(mob.evidence()).extracting(e -> e.term().toLowerCase()).contains("ayo", "bakar");
    }

    @Test
    void aCallToViolenceAgainstAFaithCommunityAlertsWithWordsBetween() {
        // an act of violence beside "kafir" or beside a community named, however many words apart
        for (String text : List.of("bosong kafir semua harus dibasmi", "basmi semua orang kristen kafir",
                "usir semua orang islam dari kampung ini", "Beta bilang habisi saja itu umat katolik")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).contains("intoleransi");
            assertThat(r.stance()).as(text).isEqualTo("promoting");
        }
        TagResult r = TAGGER.tag("basmi semua orang kristen kafir");
        assertThat(r.evidence()).filteredOn(e -> e.category().equals("intoleransi"))
                .extracting(e -> e.term().toLowerCase()).contains("basmi", "orang kristen", "kafir");
    }

    @Test
    void aCommunityNamedPairsWithAnActOnlyNotWithAnyWeakPhrase() {
        // "beda agama" and "bangun rumah ibadah" are weak phrases of intoleransi: a plain half would pair
        // with them and alert on a report about interfaith marriage or joint work
        for (String text : List.of("Kemenag: pernikahan beda agama antara umat kristen dan umat islam harus dicatat",
                "Umat islam dan umat kristen bersama basmi narkoba di Kupang",
                "Pemuda gereja dan remaja masjid basmi sarang nyamuk di Oebobo",
                "Umat kristen bakar lilin di kuburan malam Natal")) {
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
        // a threat reported by the police is news; refusing one counters it
        TagResult news = TAGGER.tag("Polisi tangkap pelaku yang ancam bunuh umat kristen di Maulafa");
        assertThat(news.risk()).isEmpty();
        assertThat(news.stance()).isEqualTo("reporting");
        TagResult appeal = TAGGER.tag("Jangan usir orang islam, katong semua basodara");
        assertThat(appeal.risk()).isEmpty();
        assertThat(appeal.stance()).isEqualTo("countering");
    }

    @Test
    void anActAndATargetPairOnlyInOneClauseAndAFewWordsApart() {
        // the same words close together are a call; apart, or across a sentence, they are not
        assertThat(TAGGER.tag("kafir itu harus dibunuh").risk()).contains("intoleransi");
        String far = "Kata kafir sering muncul dalam cerita lama tentang raja yang dibunuh";
        assertThat(TAGGER.tag(far).risk()).as(far).doesNotContain("intoleransi");
        String twoSentences = "Dia dipanggil kafir. Usir pedagang liar dari trotoar";
        assertThat(TAGGER.tag(twoSentences).risk()).as(twoSentences).doesNotContain("intoleransi");
    }

    @Test
    void aCallToShootAThiefPairsAcrossACommaButNotAcrossASentence() {
        // provokasi.txt's vigil>>suspect: the suspect named and the call, in one clause or after a comma
        for (String text : List.of("Tembak saja itu maling motor", "Itu maling motor di Oebobo, tembak saja!",
                "Kalau dapat pencuri, hajar saja")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).containsExactly("provokasi");
            assertThat(r.evidence()).as(text).extracting(Evidence::category).contains("provokasi");
        }
        // a full stop ends the pair; the dating "tembak" and the news of an arrest are no call
        for (String text : List.of("Maling motor ditangkap di Alak. Tembak saja harga, motor bekas murah",
                "Nona itu manis, tembak saja dia sebelum diambil orang",
                "Polisi tembak kaki pelaku begal di Alak karena melawan saat ditangkap")) {
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
        // the intolerance pairs stay in their clause: a comma still parts an act and a faith community
        String comma = "Dia bilang kafir, usir pedagang liar dari trotoar";
        assertThat(TAGGER.tag(comma).risk()).as(comma).doesNotContain("intoleransi");
    }

    @Test
    void aRumourOfACityWideOutageIsAHoaxWithItsThreePartsAsEvidence() {
        // the demo's rumour: hearsay, then an outage of a public service and its sweep, in one sentence
        TagResult r = TAGGER.tag("Katanya besok listrik padam satu minggu di seluruh Kupang, siap-siap lilin");
        assertThat(r.risk()).containsExactly("hoaks");
        assertThat(r.stance()).isEqualTo("promoting");
        assertThat(r.riskScore()).isGreaterThanOrEqualTo(RiskTagger.ALERT_THRESHOLD);
        assertThat(r.evidence()).filteredOn(e -> e.category().equals("hoaks")).extracting(Evidence::term)
                .containsExactly("Katanya", "listrik padam", "satu minggu", "seluruh Kupang");
        // a colon or a comma parts clauses, not the claim: the sentence is read whole
        for (String text : List.of("Info dari grup WA: besok listrik mati di seluruh Kupang selama seminggu",
                "Dong bilang, air PDAM mati sampai bulan depan di satu kota")) {
            assertThat(TAGGER.tag(text).risk()).as(text).containsExactly("hoaks");
        }
    }

    @Test
    void anyTwoPartsOfTheRumourRuleAreOrdinaryNotEvenTheTopic() {
        for (String text : List.of("Katanya besok lampu mati di Oebobo", // hearsay and an outage
                "Katanya seluruh kota diundang ke Lapangan Palapa", // hearsay and a sweep
                "Air PDAM mati berhari-hari di seluruh kota, kapan baru normal?", // a complaint
                "PLN: pemadaman bergilir di Kota Raja besok 08.00-12.00")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).isEmpty();
            assertThat(r.topics()).as(text).doesNotContain("hoaks");
            assertThat(r.evidence()).as(text).noneMatch(e -> e.category().equals("hoaks"));
        }
        // the rule's parts are no partners of the other halves: "katanya" beside two calls to share is no pair
        String shared = "Katanya besok air mati, tolong bagikan dan kasih tahu semua";
        assertThat(TAGGER.tag(shared).risk()).as(shared).isEmpty();
    }

    @Test
    void theRumourRuleReadsWhatFollowsTheHearsayInItsOwnSentence() {
        // hearsay about something else after a complaint, an official quoted, or a claim in the next sentence
        for (String text : List.of("Air mati berhari-hari di seluruh kota, katanya pipa bocor",
                "\"Listrik padam total di seluruh Kupang sudah pulih,\" katanya.",
                "Katanya ada rapat di kantor lurah. Listrik padam seminggu di seluruh Kupang waktu Seroja dulu")) {
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
        // a fact-check denies the outage: countering, about hoaxes, no risk
        TagResult check = TAGGER.tag("tidak benar listrik padam seminggu");
        assertThat(check.risk()).isEmpty();
        assertThat(check.stance()).isEqualTo("countering");
        assertThat(check.topics()).contains("hoaks");
    }

    @Test
    void aNegatedHalfIsNoHalf() {
        TagResult r = TAGGER.tag("Jangan bagikan kabar air tercemar itu");
        assertThat(r.risk()).isEmpty();
    }

    @Test
    void aNegatedCallToViolenceCounters() {
        TagResult r = TAGGER.tag("Jangan serang rumah ibadah mana pun, kita semua saudara");
        assertThat(r.risk()).isEmpty();
        assertThat(r.stance()).isEqualTo("countering");
        assertThat(r.topics()).contains("provokasi");
    }

    @Test
    void aGroupDislikedIsNotDeniedAndNeedsAnInsultToAlert() {
        // "sonde suka orang Sabu" negates the liking: the group is no countering cue, the insult alerts
        Map<String, List<String>> posts = Map.of(
                "bt sonde suka org Sabu, dong tu pencuri smua", List.of("org Sabu", "pencuri smua"),
                "beta sonde suka orang Sabu, dong itu pencuri semua", List.of("orang Sabu", "pencuri semua"));
        posts.forEach((post, terms) -> {
            TagResult r = TAGGER.tag(post);
            assertThat(r.risk()).as(post).containsExactly("ujaran_kebencian");
            assertThat(r.stance()).as(post).isEqualTo("promoting");
            assertThat(r.evidence()).as(post).extracting(Evidence::category).containsOnly("ujaran_kebencian");
            assertThat(r.evidence()).as(post).extracting(Evidence::term).containsExactlyElementsOf(terms);
        });
        // dislike alone, a group named alone or beside another: no risk and no hate-speech topic
        for (String post : List.of("beta sonde suka orang Sabu", "Festival budaya orang Sabu di Kupang ramai",
                "orang Flores dan orang Rote sama-sama ramah")) {
            TagResult r = TAGGER.tag(post);
            assertThat(r.risk()).as(post).isEmpty();
            assertThat(r.topics()).as(post).doesNotContain("ujaran_kebencian");
        }
        // a denial stays no alert, and a habit warned against still counters
        assertThat(TAGGER.tag("jangan bilang orang Sabu pencuri semua, itu fitnah").risk()).isEmpty();
        assertThat(TAGGER.tag("Jangan suka sebarkan kabar air tercemar, cek dulu").risk()).isEmpty();
    }

    @Test
    void aCueInsideALongerCueDoesNotCountAgain() {
        // "serukan persatuan" (0.6) holds the cue "persatuan" (0.5): together they once reached the
        // stance threshold (1.0) on their own; the phrase alone needs company
        TagResult alone = TAGGER.tag("Isu intoleransi di Kupang, warga serukan persatuan");
        assertThat(alone.stance()).isEqualTo("none");
        assertThat(alone.evidence()).extracting(Evidence::category, Evidence::term)
                .contains(Tuple.tuple("countering", "serukan persatuan"))
                .doesNotContain(Tuple.tuple("countering", "persatuan"));
        TagResult withCompany = TAGGER.tag("Isu intoleransi di Kupang, tokoh agama serukan persatuan");
        assertThat(withCompany.stance()).isEqualTo("countering");
        assertThat(withCompany.risk()).isEmpty();
    }

    @Test
    void aRiskWordOnlyInTheTitleMakesATopicButNoAlert() {
        TagResult r = TAGGER.tag("Warga diminta tetap tenang dan beraktivitas seperti biasa.",
                "Tegakkan khilafah sekarang");
        assertThat(r.topics()).contains("radikalisme");
        assertThat(r.risk()).isEmpty();
        assertThat(r.evidence()).noneMatch(e -> e.category().equals("radikalisme"));
    }

    @Test
    void theKimSeedArticleIsAboutRadicalismAndCountersIt() throws IOException {
        Path seed = Datasets.sharedDir().resolve("seed/000_8d77fee117b11b6c.txt");
        assumeTrue(Files.exists(seed), "seed document not found at " + seed.toAbsolutePath());
        TagResult r = TAGGER.tag(Files.readString(seed));
        assertThat(r.topics()).contains("radikalisme", "terorisme");
        assertThat(r.stance()).isEqualTo("countering");
        assertThat(r.risk()).isEmpty();
    }

    @Test
    void aParaphrasedKimCampaignCountersToo() {
        TagResult r = TAGGER.tag("Diskominfo Kota Kupang gelar sosialisasi bahaya paham radikalisme dan terorisme "
                + "bagi anggota KIM, mengajak warga menghindari intoleransi.");
        assertThat(r.topics()).contains("radikalisme", "terorisme");
        assertThat(r.stance()).isEqualTo("countering");
        assertThat(r.risk()).isEmpty();
    }

    /**
     * Pages that repeat a rule's parts, a pair of halves or stance cues half a megabyte long: each half,
     * lead and cue once read every other one (1 MB of "kafir dibunuh" took five minutes). Now about 0.3 s
     * each; 5 s is a bound no loaded machine should reach, and the quadratic version exceeds it.
     */
    @Test
    void pagesOfRepeatedRulesHalvesAndCuesAreTaggedInLinearTime() {
        for (String unit : List.of("katanya listrik padam seluruh kota ", "kafir dibunuh ", "bagikan ",
                "cek fakta tidak benar pencegahan ")) {
            String page = unit.repeat(500_000 / unit.length());
            TagResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TAGGER.tag(page), unit);
            assertThat(r.evidence()).as(unit).allSatisfy(e ->
                    assertThat(page.substring(e.start(), e.end())).isEqualTo(e.term()));
        }
        // the rule is still found (so many "katanya" read as reporting, as a few of them always did)
        assertThat(TAGGER.tag("katanya listrik padam seluruh kota ".repeat(10_000)).evidence())
                .anySatisfy(e -> assertThat(e.category()).isEqualTo("hoaks"));
        assertThat(TAGGER.tag("kafir dibunuh ".repeat(30_000)).risk()).contains("intoleransi");
        // a half with no partner of another concept stays nothing however often it is said
        assertThat(TAGGER.tag("bagikan ".repeat(50_000)).topics()).doesNotContain("hoaks");
    }
}

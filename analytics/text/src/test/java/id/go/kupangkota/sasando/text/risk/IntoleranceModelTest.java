package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.text.place.Gazetteer;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.classify.EvidenceWords;
import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.classify.TextClassifier;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intolerance model as the tagger applies it: gated (a faith named, a no said), explained, and subject
 * to stance.
 */
class IntoleranceModelTest {
    private static final Tagger TAGGER = Tagger.shared();

    @Test
    void houseRulesAgainstAnotherFaithAlertWithTheWordsThatWeighed() {
        // phrased apart from every training post; no lexicon phrase of intoleransi matches them
        for (String text : List.of(
                "Kamar kos di Oebufu cuma untuk yang seiman. Yang lain silakan cari di tempat lain, jangan tanya-tanya.",
                "Katong sepakat: sonde ada izin untuk bangun pura di RT ini. Kalau dong mau sembahyang, pi jauh sa.")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).contains("intoleransi");
            assertThat(r.stance()).as(text).isEqualTo("promoting");
            List<Evidence> words = r.evidence().stream().filter(e -> e.category().equals("intoleransi")).toList();
            assertThat(words).as(text).isNotEmpty();
            for (Evidence e : words) {
                assertThat(text.substring(e.start(), e.end())).isEqualTo(e.term());
                assertThat(e.term().toLowerCase()).isNotIn("kalau", "dong", "mereka", "yang", "di", "sa");
            }
        }
    }

    @Test
    void theEvidenceNamesWordsOfMeaningNotKupangMalayGrammarOrPlaces() {
        // these alerted with "katong, kampung, jang" and "Katong, kampung, sa" as the model's evidence (30 Nov)
        for (String text : List.of(
                "Ini katong pung kampung, jang kasih dong bangun masjid di sini. Tolak sa!",
                "Katong sonde terima orang Hindu tinggal di kampung ini, pulang sa ke dong pung tempat.",
                "Bosong yang Katolik tu jang pi ibadah di beta pung rumah lai, cari tempat lain.")) {
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).contains("intoleransi");
            List<String> words = r.evidence().stream().filter(e -> e.category().equals("intoleransi"))
                    .map(e -> TAGGER.normalizer().normalize(e.term()).normText()).toList();
            assertThat(words).as(text).hasSize(IntoleranceModel.EVIDENCE_WORDS)
                    .doesNotContain("kita", "punya", "kampung", "jangan", "tidak", "saja", "kalian", "rumah", "tempat");
        }
        assertThat(TAGGER.tag("Ini katong pung kampung, jang kasih dong bangun masjid di sini. Tolak sa!").evidence())
                .extracting(Evidence::term).contains("masjid", "Tolak");
    }

    @Test
    void aScoreThatNoWordOfMeaningWeighedForIsNoAlert() {
        ResourceDigest digest = new ResourceDigest();
        Polarity polarity = Polarity.load(digest);
        EvidenceWords words = EvidenceWords.load(digest, TAGGER.normalizer(), Gazetteer.load(digest, TAGGER.normalizer()));
        NormalizedText text = TAGGER.normalizer().normalize(
                "Ini katong pung kampung, jang kasih dong bangun masjid di sini. Tolak sa!");
        int bits = 16;
        int[] ends = new int[text.tokens().size()];
        Features.Vector x = Features.of(text, polarity, bits, ends);
        // a model that learned intolerance from the grammar and place words of this post alone
        float[] weights = new float[2 << bits];
        Set<Integer> meaning = new HashSet<>();
        Set<Integer> grammar = new HashSet<>();
        Set<Integer> faith = new HashSet<>();
        for (int i = 0, from = 0; i < ends.length; from = ends[i++]) {
            Token t = text.tokens().get(i);
            for (int j = from; j < ends[i]; j++) {
                (words.withoutNegators().explains(t) ? meaning : grammar).add(x.indexes()[j]);
                if (t.norm().equals("masjid")) {
                    faith.add(x.indexes()[j]);
                }
            }
        }
        grammar.removeAll(meaning); // a hashed feature both kinds of word share would weigh for both
        grammar.forEach(index -> weights[index * 2 + 1] = 1f);
        LinearModel model = new LinearModel(List.of("none", "intoleransi"), bits, weights, new float[2]);
        IntoleranceModel grammarOnly = new IntoleranceModel(new TextClassifier(model, polarity),
                IntoleranceGate.load(digest), words);
        double[] p = model.probabilities(x);
        assertThat(p[1]).isGreaterThan(0.99);
        assertThat(grammarOnly.assess(text, p)).isNull();

        // the same model that also weighed the faith word alerts, and names that word alone
        faith.forEach(index -> weights[index * 2 + 1] = 1f);
        ModelAlert alert = grammarOnly.assess(text, model.probabilities(x));
        assertThat(alert).isNotNull();
        assertThat(alert.evidence()).extracting(Evidence::term).containsExactly("masjid");
    }

    @Test
    void talkOfFaithIsNotHostilityToIt() {
        for (String text : List.of(
                "Ibadah Natal bersama di Gereja Kota Kupang, remaja masjid bantu atur parkir. Tuhan berkati.",
                "Pemuda gereja dan remaja masjid Fatululi tolak narkoba, jalan santai Minggu pagi.",
                "U-Kwon beragama kristen", "Dia Muslim", "Ibadah dulu baru makan", // too short to read hostility from
                "Pemkot tolong perbaiki jalan rusak dan lampu mati di Oesapa, tidak becus")) { // names no faith
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
    }

    @Test
    void goodNewsAndGreetingsSayNoToNothingSoTheGateKeepsThemFromTheModel() {
        // the model alone alerted on these (30 Nov): it learned "bangun gereja" and "tetangga muslim" from refusals
        IntoleranceGate gate = IntoleranceGate.load(new ResourceDigest());
        for (String text : List.of(
                "umat kristen bangun gereja baru di Alak",
                "Selamat hari raya Idul Fitri untuk basodara muslim di Kota Kupang",
                "Beta pung tetangga muslim kasi antar ketupat, katong kasi balik kue Natal")) {
            assertThat(gate.admits(TAGGER.normalizer().normalize(text))).as(text).isFalse();
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
        // a refusal, a one-faith rule and a "go elsewhere" each say no, in Kupang Malay too
        for (String text : List.of(
                "Tolak pembangunan gereja di Alak, katong sonde mau!",
                "Kos khusus muslim, non muslim jangan tanya-tanya lagi",
                "Dong umat Hindu pi cari tempat lain sa untuk bikin pura")) {
            assertThat(gate.admits(TAGGER.normalizer().normalize(text))).as(text).isTrue();
        }
        // and the other two rules of the gate: a faith named, six words at least
        assertThat(gate.admits(TAGGER.normalizer().normalize("Tolak pembangunan gedung itu di Alak, katong sonde mau!")))
                .isFalse();
        assertThat(gate.admits(TAGGER.normalizer().normalize("Tolak gereja di Alak"))).isFalse();
    }

    @Test
    void aModelAlertOnAReportOfAnIncidentLeavesAReport() {
        Tagger tagger = Tagger.shared();
        RiskTagger risk = RiskTagger.load(new ResourceDigest());
        NormalizedText report = tagger.normalizer().normalize("Polresta Kupang Kota memeriksa tiga warga yang "
                + "menolak keluarga Muslim tinggal di kompleks itu, kata Kapolresta.");
        ModelAlert alert = new ModelAlert("intoleransi", 0.9, List.of(new Evidence("intoleransi", "menolak", 47, 54)));

        RiskAssessment r = risk.assess(report, NormalizedText.EMPTY, alert);
        assertThat(r.risk()).isEmpty();
        assertThat(r.stance()).isEqualTo("reporting");
        assertThat(r.topics()).contains("intoleransi");

        RiskAssessment alone = risk.assess(tagger.normalizer().normalize("Keluarga itu jangan tinggal di sini."),
                NormalizedText.EMPTY, alert);
        assertThat(alone.risk()).containsExactly("intoleransi");
        assertThat(alone.riskScore()).isEqualTo(0.9);
        assertThat(alone.stance()).isEqualTo("promoting");
    }

    @Test
    void aTitleAloneNeverAlerts() {
        TagResult r = TAGGER.tag("", "Kos khusus seiman, yang lain cari tempat lain");
        assertThat(r.risk()).isEmpty();
        assertThat(r.evidence()).isEmpty();
    }
}

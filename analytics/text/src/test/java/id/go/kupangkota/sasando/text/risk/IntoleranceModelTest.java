package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.List;

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

package id.go.kupangkota.sasando.text.place;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private static final ResourceDigest DIGEST = new ResourceDigest();
    private static final Normalizer NORMALIZER = Normalizer.load(DIGEST);
    private static final Gazetteer GAZETTEER = Gazetteer.load(DIGEST, NORMALIZER);

    private static String kecamatanOf(String text) {
        return GAZETTEER.kecamatan(NORMALIZER.normalize(text), NormalizedText.EMPTY, new ArrayList<>());
    }

    @Test
    void kelurahanMapToTheirKecamatan() {
        assertThat(kecamatanOf("Air mati di Oesapa Selatan")).isEqualTo("Kelapa Lima");
        assertThat(kecamatanOf("Jalan rusak di Sikumana")).isEqualTo("Maulafa");
        assertThat(kecamatanOf("Banjir di Kuanino semalam")).isEqualTo("Kota Raja");
        assertThat(kecamatanOf("Sampah menumpuk di Liliba")).isEqualTo("Oebobo");
        assertThat(kecamatanOf("Pasar Oeba ramai")).isEqualTo("Kota Lama");
        assertThat(kecamatanOf("Kapal sandar di Namosain")).isEqualTo("Alak");
        // "lai" is Kupang Malay for "lagi": the name must survive the normaliser as the text does
        assertThat(kecamatanOf("Jalan berlubang di Lai-Lai Besi Kopan")).isEqualTo("Kota Lama");
        assertThat(kecamatanOf("Banjir di Lai Lai Bisi Kopan")).isEqualTo("Kota Lama");
        assertThat(kecamatanOf("Banjir di LLBK")).isEqualTo("Kota Lama");
    }

    @Test
    void landmarksMapToTheirKecamatan() {
        assertThat(kecamatanOf("Sore di Pantai Lasiana")).isEqualTo("Kelapa Lima");
        assertThat(kecamatanOf("Antrean panjang di Pelabuhan Tenau")).isEqualTo("Alak");
        assertThat(kecamatanOf("Macet di Jl. El Tari depan kantor gubernur")).isEqualTo("Oebobo");
    }

    @Test
    void ambiguousWordsNeedTheirQualifier() {
        assertThat(kecamatanOf("Hari merdeka dirayakan meriah")).isNull();
        assertThat(kecamatanOf("Air mata beta jatuh")).isNull();
        assertThat(kecamatanOf("Minyak kayu putih untuk bayi")).isNull();
        assertThat(kecamatanOf("Lomba di Kelurahan Merdeka")).isEqualTo("Kota Lama");
    }

    @Test
    void aTieBetweenKecamatanGivesNone() {
        assertThat(kecamatanOf("Dari Oesapa ke Oebobo")).isNull();
        assertThat(kecamatanOf("Dari Oesapa ke Oebobo lewat Lasiana")).isEqualTo("Kelapa Lima");
    }

    @Test
    void kotaLamaAndKotaRajaNameTheirKecamatanAlone() {
        assertThat(kecamatanOf("Parkir liar di Kota Lama ni su talalu")).isEqualTo("Kota Lama");
        assertThat(kecamatanOf("Gas melon di Kota Raja su gampang dicari")).isEqualTo("Kota Raja");
        assertThat(kecamatanOf("Sunset di Pantai Koepan cantik talalu")).isEqualTo("Kota Lama");
        // "lama-lama" is one word, not the kecamatan
        assertThat(kecamatanOf("Kota lama-lama makin panas")).isNull();
    }

    @Test
    void cityHallAndAccountNamesPlaceNoPost() {
        // city hall serves the whole city; a handle's "maulafa" is a person, not the kecamatan
        assertThat(kecamatanOf("Kantor Wali Kota buka layanan pengaduan tiap Rabu")).isNull();
        assertThat(kecamatanOf("@agus.maulafa beta su lapor dari bulan lalu")).isNull();
    }

    @Test
    void aPostWithoutPlaceHasNoKecamatan() {
        assertThat(kecamatanOf("Selamat pagi semua")).isNull();
    }

    @Test
    void evidenceShowsTheNameAsWritten() {
        List<Evidence> evidence = new ArrayList<>();
        String text = "Banjir di OEBUFU";
        GAZETTEER.kecamatan(NORMALIZER.normalize(text), NormalizedText.EMPTY, evidence);
        assertThat(evidence).containsExactly(new Evidence(Gazetteer.EVIDENCE_CATEGORY, "OEBUFU", 10, 16));
    }
}

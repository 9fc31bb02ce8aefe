package id.go.kupangkota.sasando.text.topic;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTest {
    private static final ResourceDigest DIGEST = new ResourceDigest();
    private static final Normalizer NORMALIZER = Normalizer.load(DIGEST);
    private static final TopicTagger TOPICS = TopicTagger.load(DIGEST);

    private static List<String> topicsOf(String text) {
        return TOPICS.topics(NORMALIZER.normalize(text), NormalizedText.EMPTY, new ArrayList<>());
    }

    @Test
    void oneClearWordIsEnough() {
        assertThat(topicsOf("Besok pilkada, jangan golput")).containsExactly("politik");
        assertThat(topicsOf("Banjir lagi di Oesapa")).containsExactly("bencana");
        assertThat(topicsOf("Begal beraksi di Jalan Timor Raya")).containsExactly("keamanan");
        assertThat(topicsOf("Dua kelompok pemuda bentrok di Kelapa Lima")).containsExactly("keamanan");
        assertThat(topicsOf("Jangan sebar video kerusuhan yang belum jelas sumbernya")).containsExactly("keamanan");
    }

    @Test
    void vagueWordsNeedCompany() {
        assertThat(topicsOf("Berapa harga tiket konser?")).isEmpty();
        assertThat(topicsOf("Harga beras di pasar mahal sekali")).containsExactly("ekonomi");
        assertThat(topicsOf("Jalan ke Penfui talalu rusak, lubang di mana-mana")).containsExactly("layanan_publik");
    }

    @Test
    void everydayKupangPostsFindTheirTopicAndLookalikesDoNot() {
        // garbage or work piling up, a bridge or a couple breaking, a demonstration or a cooking demo,
        // garbage or an insult, a traffic jam or a heavy heart
        assertThat(topicsOf("Sampah di pasar Oeba menumpuk dan bau, petugas sonde datang angkat"))
                .containsExactly("layanan_publik");
        assertThat(topicsOf("Tugas kuliah menumpuk, beta stres")).isEmpty();
        assertThat(topicsOf("Jembatan di Liliba putus, kendaraan sonde bisa lewat")).containsExactly("layanan_publik");
        assertThat(topicsOf("Beta putus deng dia kemarin")).isEmpty();
        assertThat(topicsOf("Mantap ee, jalan di Penfui su diaspal")).containsExactly("layanan_publik");
        assertThat(topicsOf("Kantor Lurah Oetete pelayanan bagus sekali, cepat dan ramah")).containsExactly("layanan_publik");
        assertThat(topicsOf("Harga cabe di pasar Kasih Naikoten naik talalu tinggi")).containsExactly("ekonomi");
        assertThat(topicsOf("Gereja di Oebobo dilempari batu oleh orang tak dikenal")).containsExactly("keamanan");
        assertThat(topicsOf("Demo mahasiswa di depan DPRD Kota Kupang berlangsung damai")).containsExactly("politik");
        assertThat(topicsOf("Demo masak se'i babi di Car Free Day tadi pagi")).isEmpty();
        assertThat(topicsOf("Sonde ada yang peduli sampah di Fatululi, bau sampe")).containsExactly("layanan_publik");
        assertThat(topicsOf("Dasar sampah lu, sonde tau diri")).isEmpty();
        assertThat(topicsOf("Lu jang pi Pasar Oebobo dolo, macet parah")).containsExactly("layanan_publik");
        assertThat(topicsOf("Macet hati beta liat dia")).isEmpty();
        // 30 Nov, read off a walk through ./sasando tag: a flood with water in it, a fire, a road's holes
        // with words between, an election hashtag with its year, murky tap water
        assertThat(topicsOf("Banjir lagi di Oesapa, air masuk rumah sampe lutut")).containsExactly("bencana");
        assertThat(topicsOf("Kebakaran di Pasar Kasih Naikoten, dua kios hangus")).containsExactly("bencana");
        assertThat(topicsOf("Pejabat dong kebakaran jenggot dengar kabar itu")).isEmpty();
        assertThat(topicsOf("Jalan di Kelapa Lima su bolong-bolong, motor jatuh")).containsExactly("layanan_publik");
        assertThat(topicsOf("Baju kaos beta su bolong")).isEmpty();
        // 1 Dec acceptance walk: damage and the repair nobody made, words apart; a road that becomes a pond
        assertThat(topicsOf("Jalan di Penkase Oeleta tu su rusak dari tahun lalu, sonde ada yang perbaiki"))
                .containsExactly("layanan_publik");
        assertThat(topicsOf("Kalo hujan jalan di Alak jadi kolam, oto sonde bisa lewat")).containsExactly("layanan_publik");
        assertThat(topicsOf("Katong dua harus perbaiki hubungan ini")).isEmpty();
        assertThat(topicsOf("HP beta rusak, sapa bisa perbaiki?")).isEmpty();
        assertThat(topicsOf("Kolam ikan di belakang rumah jadi kolam renang anak-anak")).isEmpty();
        assertThat(topicsOf("Pilih nomor 2 sa #Pilkada2024")).containsExactly("politik");
        assertThat(topicsOf("Ada yang tau kenapa air di Bakunase keruh? Sonde layak minum")).containsExactly("layanan_publik");
    }

    @Test
    void waterAndPowerOutagesAndARoadBadlyDamagedArePublicServicesInTheirOwnWords() {
        // 1 Dec, read off ./sasando tag: the commonest complaints of Kupang had no topic
        for (String text : List.of("Air mati di Oebobo", "Air sonde jalan su tiga hari di Maulafa",
                "air sonde kaluar dari kemarin", "Air macet di Oepura dari kemarin",
                "Sampe kapan katong harus beli air tangki?", "Lampu mati di Kelapa Lima dari sore",
                "Listrik mati lai di Oesapa", "Jalan di Oebobo rusak parah, semoga cepat ada solusi")) {
            assertThat(topicsOf(text)).as(text).containsExactly("layanan_publik");
        }
        // the same words in other senses
        assertThat(topicsOf("HP beta rusak parah")).isEmpty();
        assertThat(topicsOf("Urusan beta sonde jalan")).isEmpty();
        assertThat(topicsOf("Air mata beta jatuh dengar lagu itu")).isEmpty();
    }

    @Test
    void aRiverOverflowingAShortageAtThePumpVoteBuyingAndABlockedDrainFindTheirTopic() {
        // 1 Dec, read off ./sasando tag
        assertThat(topicsOf("Kali Dendeng meluap, rumah warga di Fontein terendam")).containsExactly("bencana");
        assertThat(topicsOf("Pertalite langka di SPBU Oesapa, antre panjang")).contains("ekonomi");
        assertThat(topicsOf("Harga bawang merah di pasar Inpres su 60 ribu sekilo")).containsExactly("ekonomi");
        assertThat(topicsOf("Serangan fajar su mulai di Alak, amplop 100 ribu per orang")).containsExactly("politik");
        assertThat(topicsOf("Got di Kelapa Lima tersumbat, air meluap ke jalan")).contains("layanan_publik");
        assertThat(topicsOf("Jalan ke Fatukoa berlubang-lubang, motor jatuh tadi pagi")).containsExactly("layanan_publik");
        assertThat(topicsOf("Pemkot perbaiki jalan di Kota Raja, mantap")).containsExactly("layanan_publik");
        // the same words in other senses
        assertThat(topicsOf("Emosi beta meluap dengar dia pung omong")).isEmpty();
        assertThat(topicsOf("HP beta terendam air waktu cuci motor")).isEmpty();
        assertThat(topicsOf("Burung langka ini hanya ada di Timor")).isEmpty();
        assertThat(topicsOf("Hidung tersumbat dari kemarin, flu")).isEmpty();
        assertThat(topicsOf("Baju kaos beta su berlubang-lubang")).isEmpty();
    }

    @Test
    void theServiceBackAndNoBusAtAllArePublicServicesButARiverOrARentalAdIsNot() {
        for (String text : List.of("Terima kasih Pak Wali, air su lancar di Oebufu", "Puji Tuhan, listrik su nyala lai",
                "Sedih liat anak-anak sekolah di Alak jalan kaki jauh karena sonde ada bemo")) {
            assertThat(topicsOf(text)).as(text).containsExactly("layanan_publik");
        }
        assertThat(topicsOf("Air mengalir di kali Liliba jernih sekali")).isEmpty();
        assertThat(topicsOf("Kontrakan dua kamar dekat kampus, air lancar")).isEmpty();
        assertThat(topicsOf("Nyalakan obor persaudaraan, padamkan kebencian")).isEmpty();
    }

    @Test
    void aTrafficAccidentAHoledRoadAndAFullHospitalFindTheirTopic() {
        assertThat(topicsOf("Kecelakaan di Jalan Timor Raya depan Hotel On The Rock")).containsExactly("keamanan");
        assertThat(topicsOf("Tabrakan motor di tanjakan Oebobo pagi ini")).containsExactly("keamanan");
        assertThat(topicsOf("Jalan di Tuak Daun Merah berlubang")).containsExactly("layanan_publik");
        assertThat(topicsOf("RSUD WZ Johannes penuh, pasien tidur di lorong")).containsExactly("layanan_publik");
        assertThat(topicsOf("Baju kaos beta su berlubang")).isEmpty();
    }

    @Test
    void kupangWaterRisingIsAFloodButPipedWaterArrivingOrItsPriceRisingIsNot() {
        // 30 Nov analyst walk: "aer su naik lai" is "air sudah naik lagi", no "banjir" in it
        assertThat(topicsOf("Bosong di Kelapa Lima hati-hati, aer su naik lai di Oesapa Selatan"))
                .containsExactly("bencana");
        assertThat(topicsOf("Parit di Kota Lama sempit talalu, ujan sedikit sa air su naik ke rumah"))
                .containsExactly("bencana");
        assertThat(topicsOf("Tiap hujan air naik sampe halaman")).containsExactly("bencana");
        assertThat(topicsOf("Katong dapat giliran air cuma dua jam seminggu. Itu ju kalau air naik, seringnya sonde"))
                .doesNotContain("bencana");
        assertThat(topicsOf("Puji Tuhan, air su naik di bak")).isEmpty();
        assertThat(topicsOf("Tarif aer PDAM su naik lai")).containsExactly("layanan_publik");
    }

    @Test
    void harmlessSensesAreNotTopics() {
        assertThat(topicsOf("Banjir diskon akhir tahun di toko kami")).isEmpty();
        assertThat(topicsOf("Banjir air mata nonton film ini")).isEmpty();
    }

    @Test
    void theTitleAddsSignalButOnlyTheTextGivesEvidence() {
        List<Evidence> evidence = new ArrayList<>();
        List<String> topics = TOPICS.topics(NORMALIZER.normalize("Warga mengungsi ke gereja"),
                NORMALIZER.normalize("Banjir di Kupang"), evidence);
        assertThat(topics).containsExactly("bencana");
        assertThat(evidence).isEmpty();
    }
}

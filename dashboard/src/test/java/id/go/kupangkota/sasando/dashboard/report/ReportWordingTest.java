package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWordingTest {
    private final ReportWording indonesian = new ReportWording(new Translations(), Translations.INDONESIAN);
    private final ReportWording english = new ReportWording(new Translations(), Translations.ENGLISH);

    private static WeeklyFigures.Period period(long posts, long negative, long flagged, long confirmed) {
        return new WeeklyFigures.Period(posts, Map.of("negative", negative, "neutral", posts - negative), flagged,
                Map.of(), Map.of("confirmed", confirmed, WeeklyFigures.PENDING, flagged - confirmed), confirmed, Map.of(),
                Map.of("layanan_publik", posts), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** A week's sentiments, and the negative posts of its topics (in the order of the topics' counts). */
    private static WeeklyFigures.Period sentiments(long posts, long negative, long positive,
                                                   Map<String, Long> negativeByTopic) {
        Map<String, Long> topics = new LinkedHashMap<>();
        negativeByTopic.keySet().forEach(topic -> topics.put(topic, posts));
        return new WeeklyFigures.Period(posts, Map.of("negative", negative, "positive", positive,
                "neutral", posts - negative - positive), 0, Map.of(), Map.of(), 0, Map.of(), topics, Map.of(),
                negativeByTopic, Map.of(), Map.of(), Map.of());
    }

    private static WeeklyFigures figures(WeeklyFigures.Period now, WeeklyFigures.Period before,
                                         List<CoverageCaveat> caveats) {
        return new WeeklyFigures(ReportWeek.parse("2024-W28"), now, before, List.of(), caveats);
    }

    @Test
    void numbersAreWrittenTheIndonesianWay() {
        assertThat(indonesian.count(1_234_567)).isEqualTo("1.234.567");
        assertThat(indonesian.percent(12.345)).isEqualTo("12,3%");
        assertThat(indonesian.change(-10.0)).isEqualTo("-10,0%");
        assertThat(indonesian.change(null)).isEqualTo("–");
        assertThat(english.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(english.percent(12.345)).isEqualTo("12.3%");
    }

    @Test
    void periodsAndDaysAreNamedInIndonesian() {
        assertThat(indonesian.period(ReportWeek.parse("2024-W28"))).isEqualTo("8–14 Juli 2024");
        assertThat(indonesian.period(ReportWeek.parse("2024-W31"))).isEqualTo("29 Juli – 4 Agustus 2024");
        assertThat(english.period(ReportWeek.parse("2026-W49"))).isEqualTo("30 November – 6 December 2026");
        // week 53 of 2026 ends in 2027: each end is named with its own year
        assertThat(indonesian.period(ReportWeek.parse("2026-W53"))).isEqualTo("28 Desember 2026 – 3 Januari 2027");
        assertThat(english.period(ReportWeek.parse("2027-W01"))).isEqualTo("4–10 January 2027");
        assertThat(indonesian.shortDay(LocalDate.parse("2024-07-08"))).isEqualTo("Sen 8/7");
    }

    @Test
    void summarySaysWhetherVolumeRoseOrFell() {
        assertThat(indonesian.summary(figures(period(1_500, 300, 0, 0), period(1_000, 100, 0, 0), List.of())))
                .startsWith("Pada 8–14 Juli 2024 ada 1.500 unggahan tentang Kota Kupang, naik 50,0% dari minggu sebelumnya (1.000).")
                .contains("Sentimen negatif 20,0% dari seluruh unggahan, naik 10,0 poin dari minggu sebelumnya "
                        + "(10,0%)")
                .contains("Tidak ada unggahan yang ditandai berisiko.")
                .contains("Isu utama: layanan publik.");
        assertThat(indonesian.summary(figures(period(80, 0, 5, 2), period(100, 0, 0, 0), List.of())))
                .startsWith("Pada 8–14 Juli 2024 ada 80 unggahan tentang Kota Kupang, turun 20,0% dari minggu sebelumnya (100).")
                .contains("5 unggahan ditandai berisiko: 2 dikonfirmasi analis sebagai risiko dan 3 belum ditinjau.");
        assertThat(indonesian.summary(figures(period(80, 0, 0, 0), period(0, 0, 0, 0), List.of())))
                .startsWith("Pada 8–14 Juli 2024 ada 80 unggahan tentang Kota Kupang; minggu sebelumnya belum ada data pembanding.");
    }

    @Test
    void theSentimentSentenceGivesTheSharesTheirChangeInPointsAndTheTopicWithMostNegativePosts() {
        Map<String, Long> negativeByTopic = new LinkedHashMap<>();
        negativeByTopic.put("layanan_publik", 120L);
        negativeByTopic.put("politik", 150L);
        WeeklyFigures week = figures(sentiments(1_000, 300, 200, negativeByTopic),
                sentiments(1_000, 250, 250, Map.of()), List.of());
        assertThat(indonesian.sentiment(week)).isEqualTo("Sentimen negatif 30,0% dari seluruh unggahan, naik 5,0 "
                + "poin dari minggu sebelumnya (25,0%); sentimen positif 20,0%, turun 5,0 poin. Unggahan negatif "
                + "terbanyak membicarakan politik (150 unggahan).");
        assertThat(indonesian.summary(week)).contains(indonesian.sentiment(week));
        assertThat(english.sentiment(week)).isEqualTo("Negative sentiment was 30.0% of all posts, up 5.0 points "
                + "from the week before (25.0%); positive sentiment 20.0%, down 5.0 points. Most negative posts "
                + "were about politics (150 of them).");
        // the points are the difference of the shares as written: 33,3% - 25,0%, not 33,33 - 25
        assertThat(indonesian.sentiment(figures(sentiments(3, 1, 1, Map.of()), sentiments(4, 1, 1, Map.of()),
                List.of()))).isEqualTo("Sentimen negatif 33,3% dari seluruh unggahan, naik 8,3 poin dari minggu "
                + "sebelumnya (25,0%); sentimen positif 33,3%, naik 8,3 poin.");
    }

    @Test
    void theSentimentSentenceSaysWhenNothingChangedOrThereIsNothingToCompareWith() {
        Map<String, Long> equal = new LinkedHashMap<>();
        equal.put("layanan_publik", 10L);
        equal.put("hoaks", 10L);
        // of equals, the topic most talked about; a share that stayed is said to stay
        assertThat(indonesian.sentiment(figures(sentiments(100, 20, 30, equal), sentiments(50, 10, 15, Map.of()),
                List.of()))).isEqualTo("Sentimen negatif 20,0% dari seluruh unggahan, tidak berubah dari minggu "
                + "sebelumnya (20,0%); sentimen positif 30,0%, tidak berubah. Unggahan negatif terbanyak "
                + "membicarakan layanan publik (10 unggahan).");
        assertThat(indonesian.sentiment(figures(sentiments(100, 20, 30, Map.of("politik", 0L)),
                sentiments(0, 0, 0, Map.of()), List.of())))
                .isEqualTo("Sentimen negatif 20,0% dari seluruh unggahan dan sentimen positif 30,0%.");
        // a provisional week compares with the same span of last week, and says so
        WeeklyFigures provisional = new WeeklyFigures(ReportWeek.parse("2024-W28"), sentiments(100, 20, 30, Map.of()),
                sentiments(100, 30, 30, Map.of()), List.of(), List.of(), Instant.parse("2024-07-11T04:00:00Z"));
        assertThat(indonesian.sentiment(provisional)).isEqualTo("Sentimen negatif 20,0% dari seluruh unggahan, "
                + "turun 10,0 poin dari rentang waktu yang sama minggu lalu (30,0%); sentimen positif 30,0%, "
                + "tidak berubah.");
    }

    private static WeeklyFigures.Period flagged(Map<String, Long> triage) {
        long flagged = triage.values().stream().mapToLong(Long::longValue).sum();
        return new WeeklyFigures.Period(flagged, Map.of(), flagged, Map.of(), triage,
                triage.getOrDefault("confirmed", 0L), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of());
    }

    @Test
    void theRiskSentenceNamesEveryTriageStateSoThePartsAddUpToTheTotal() {
        // the analyst's demo week: one confirmed, one false alarm, 224 not reviewed
        assertThat(indonesian.risk(flagged(Map.of("confirmed", 1L, "false_alarm", 1L, WeeklyFigures.PENDING, 224L))))
                .isEqualTo("226 unggahan ditandai berisiko: 1 dikonfirmasi analis sebagai risiko, "
                        + "1 dinyatakan alarm palsu dan 224 belum ditinjau.");
        assertThat(indonesian.risk(flagged(Map.of(WeeklyFigures.PENDING, 3L, "escalated", 2L, "false_alarm", 1L,
                "confirmed", 1_000L))))
                .isEqualTo("1.006 unggahan ditandai berisiko: 1.000 dikonfirmasi analis sebagai risiko, "
                        + "1 dinyatakan alarm palsu, 2 dieskalasi untuk ditindaklanjuti dan 3 belum ditinjau.");
        assertThat(english.risk(flagged(Map.of("confirmed", 1L, "false_alarm", 1L, WeeklyFigures.PENDING, 224L))))
                .isEqualTo("226 posts were flagged as risky: 1 confirmed as a risk by analysts, "
                        + "1 dismissed as false alarm and 224 not yet reviewed.");
    }

    @Test
    void triageStatesWithoutPostsAreLeftOutOfTheRiskSentence() {
        assertThat(indonesian.risk(flagged(Map.of("false_alarm", 2L, WeeklyFigures.PENDING, 5L))))
                .isEqualTo("7 unggahan ditandai berisiko: 2 dinyatakan alarm palsu dan 5 belum ditinjau.");
        assertThat(indonesian.risk(flagged(Map.of(WeeklyFigures.PENDING, 5L))))
                .isEqualTo("5 unggahan ditandai berisiko, semuanya belum ditinjau.");
        assertThat(indonesian.risk(flagged(Map.of("false_alarm", 1L))))
                .isEqualTo("1 unggahan ditandai berisiko dan dinyatakan alarm palsu.");
        assertThat(english.risk(flagged(Map.of("confirmed", 4L))))
                .isEqualTo("4 posts were flagged as risky, all of them confirmed as a risk by analysts.");
        assertThat(indonesian.risk(flagged(Map.of())))
                .isEqualTo("Tidak ada unggahan yang ditandai berisiko.");
    }

    @Test
    void aTriageStatusTheReportDoesNotKnowIsStillCounted() {
        WeeklyFigures.Period p = flagged(Map.of("confirmed", 1L, "dibuka_kembali", 2L, WeeklyFigures.PENDING, 3L));
        assertThat(p.triageStates()).containsExactly(Map.entry("confirmed", 1L), Map.entry("false_alarm", 0L),
                Map.entry("escalated", 0L), Map.entry("dibuka_kembali", 2L), Map.entry(WeeklyFigures.PENDING, 3L));
        assertThat(indonesian.risk(p)).isEqualTo("6 unggahan ditandai berisiko: 1 dikonfirmasi analis sebagai "
                + "risiko, 2 berstatus \"dibuka_kembali\" dan 3 belum ditinjau.");
    }

    @Test
    void anEmptyWeekStillSaysSomethingUseful() {
        CoverageCaveat down = new CoverageCaveat("x", List.of(LocalDate.parse("2024-07-09")), 3, 0, 0, 0, "HTTP 503");
        assertThat(indonesian.summary(figures(period(0, 0, 0, 0), period(0, 0, 0, 0), List.of(down))))
                .isEqualTo("Pada 8–14 Juli 2024 tidak ada unggahan tentang Kota Kupang yang terkumpul. "
                        + "Perhatian: data X tidak lengkap selama minggu yang dilaporkan "
                        + "(lihat Catatan cakupan data).");
    }

    @Test
    void aCaveatNamesTheSourceTheDaysAndWhatWentWrong() {
        CoverageCaveat c = new CoverageCaveat("news",
                List.of(LocalDate.parse("2024-07-09"), LocalDate.parse("2024-07-10"), LocalDate.parse("2024-07-12")),
                2, 1, 0, 4, null);
        assertThat(indonesian.caveat(c)).isEqualTo("Data Portal berita (RSS) tidak lengkap pada 9 Juli 2024, 10 Juli 2024 dan "
                + "12 Juli 2024: 2 pengambilan gagal, 1 pengambilan tidak tuntas, 4 kali menunggu batas akses sumber.");
        assertThat(english.caveat(c)).startsWith("Data from News portal (RSS) is incomplete on 9 July 2024, 10 July 2024 and 12 July 2024:");
    }

    @Test
    void aSilentSourceIsToldWhenItLastRan() {
        CoverageCaveat x = CoverageCaveat.silent("x", Instant.parse("2024-07-04T17:00:00Z")); // 5 July in WITA
        assertThat(indonesian.caveat(x)).isEqualTo("Tidak ada satu pun pengambilan data X selama minggu yang "
                + "dilaporkan; pengambilan terakhir pada 5 Juli 2024. Angka X minggu itu kosong karena "
                + "pengambilannya tidak berjalan, bukan karena percakapannya sepi.");
        assertThat(english.caveat(x))
                .startsWith("No X collection ran in the reported week; the last one ran on 5 July 2024.");
    }
}

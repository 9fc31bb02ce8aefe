package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.dashboard.PostFixtures;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF made from the fixture week, read back with OpenPDF's own parser. */
@ExtendWith(ElasticsearchExtension.class)
class WeeklyReportPdfIT {
    static byte[] pdf;
    static String text;
    /** The PDF of {@link ReportFixtures#TRIAGE_WEEK}, as text with its lines joined. */
    static String triageText;
    static byte[] triagePdf;
    /** The fixture week made on Friday 12 July 12:00 WITA, before it ended. */
    static byte[] provisionalPdf;
    static String provisionalText;
    /** The triage week made on its Sunday, 28 July 21:06 WITA: no coverage trouble so far. */
    static String provisionalTriageText;

    @BeforeAll
    static void render() {
        ElasticsearchClient client = ElasticsearchExtension.client();
        String prefix = ElasticsearchExtension.freshPrefix();
        new IndexBootstrap(client, prefix).ensureAll();
        ReportFixtures.seed(client, prefix);
        Indexes indexes = new Indexes(prefix);
        WeeklyFigures figures = new WeeklyFiguresRepository(client, indexes,
                new CoverageCaveatRepository(client, indexes)).figures(ReportFixtures.WEEK);
        pdf = new ReportPdf(new Translations()).render(figures, Instant.parse("2024-07-14T23:00:00Z"),
                Translations.INDONESIAN);
        text = Pdfs.compact(Pdfs.text(pdf));
        keep(pdf, ReportFixtures.WEEK);

        ReportFixtures.seedTriageWeek(client, prefix);
        triagePdf = new ReportPdf(new Translations()).render(new WeeklyFiguresRepository(client, indexes,
                        new CoverageCaveatRepository(client, indexes)).figures(ReportFixtures.TRIAGE_WEEK),
                Instant.parse("2024-07-28T23:00:00Z"), Translations.INDONESIAN);
        triageText = Pdfs.text(triagePdf).replace('\n', ' ').replaceAll(" +", " ");
        keep(triagePdf, ReportFixtures.TRIAGE_WEEK);

        WeeklyFiguresRepository repository = new WeeklyFiguresRepository(client, indexes,
                new CoverageCaveatRepository(client, indexes));
        Instant friday = PostFixtures.wita("2024-07-12T12:00:00");
        provisionalPdf = new ReportPdf(new Translations())
                .render(repository.figures(ReportFixtures.WEEK, friday), friday, Translations.INDONESIAN);
        provisionalText = Pdfs.compact(Pdfs.text(provisionalPdf));
        Instant sundayEvening = PostFixtures.wita("2024-07-28T21:06:00");
        provisionalTriageText = Pdfs.compact(Pdfs.text(new ReportPdf(new Translations()).render(
                repository.figures(ReportFixtures.TRIAGE_WEEK, sundayEvening), sundayEvening,
                Translations.INDONESIAN)));
        try {
            Files.write(TestOutput.dir("reports").resolve("fixture-" + ReportFixtures.WEEK.key()
                    + "-provisional.pdf"), provisionalPdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the PDF under target/reports for a human look. */
    private static void keep(byte[] pdf, ReportWeek week) {
        try {
            Files.write(TestOutput.dir("reports").resolve("fixture-" + week.key() + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts on the PDF text ignoring white space (see {@link Pdfs#compact}). */
    private static void assertHas(String... expected) {
        for (String e : expected) {
            assertThat(text).contains(Pdfs.compact(e));
        }
    }

    @Test
    void isAPdfThatParses() {
        assertThat(Pdfs.looksLikePdf(pdf)).isTrue();
        assertHas("Laporan Mingguan Percakapan Publik Kota Kupang");
    }

    @Test
    void saysHowFarTheAutomaticSentimentCanBeTrusted() {
        assertHas("Pada 400 unggahan uji tentang Kupang yang tidak dipakai untuk melatihnya, sekitar 9 dari 10 "
                + "mendapat sentimen yang sama dengan penilaian manusia");
        // risk counts are flags, with what the flags are worth
        assertHas("sekitar 9 dari 10 tanda tepat, tetapi hanya sekitar separuh unggahan berisiko yang tertandai");
        // "satu tanda baru pasti" read as "one new flag is certain"
        assertHas("sebuah tanda menjadi pasti hanya setelah ditinjau analis.");
    }

    @Test
    void saysTheWeekInWitaAndWhenItWasMade() {
        assertHas("Minggu 2024-W28 (8–14 Juli 2024, WITA)");
        assertHas("dibuat 15 Juli 2024 07:00 WITA");
    }

    @Test
    void summaryGivesTheNumbersInPlainIndonesian() {
        assertHas("Pada 8–14 Juli 2024 ada 12 unggahan tentang Kota Kupang, naik 50,0% dari minggu sebelumnya (8).");
        assertHas("Sentimen negatif 33,3% dari seluruh unggahan, naik 8,3 poin dari minggu sebelumnya (25,0%); "
                + "sentimen positif 16,7%, turun 8,3 poin. Unggahan negatif terbanyak membicarakan hoaks "
                + "(2 unggahan).");
        // the kecamatan bars say what they count and how many of the week's posts they cover
        assertHas("Unggahan per kecamatan");
        assertHas("Hanya unggahan yang dapat dikaitkan dengan satu kecamatan: 12 dari 12 unggahan (100,0%)");
        assertHas("4 unggahan ditandai berisiko: 2 dikonfirmasi analis sebagai risiko, 1 dinyatakan alarm palsu "
                + "dan 1 belum ditinjau.");
        assertHas("Isu utama: layanan publik, ekonomi dan hoaks.");
    }

    @Test
    void keyNumbersShowWeekOverWeekChange() {
        assertHas("Jumlah unggahan 12 8 +50,0%");
        assertHas("Sentimen negatif 4 (33,3%) 2 (25,0%) +100,0%");
        assertHas("Ditandai berisiko 4 1 +300,0%");
        assertHas("Dikonfirmasi analis 2 0 –");
    }

    @Test
    void theColumnsOfNumbersNameTheirWeeksAndTheNoteSaysWhatAChangeIs() {
        // the key numbers, the issues and the risks: both columns over their dates, so "Minggu sebelumnya" is
        // not a guess
        assertThat(text.split(Pattern.quote(Pdfs.compact("Minggu laporan 8–14 Juli 2024 Minggu sebelumnya "
                + "1–7 Juli 2024 Perubahan")), -1)).hasSize(4);
        // "992 (26,5%) ... -5,6%": the change is of the count, not of the share in brackets
        assertHas("Perubahan: naik atau turunnya jumlah dibanding minggu sebelumnya, dalam persen (– bila minggu "
                + "sebelumnya nol); persentase dalam kurung adalah bagian dari seluruh unggahan minggu itu.");
        // a provisional report's earlier week is a span, given in its notice, not a whole week
        assertThat(provisionalText).contains(Pdfs.compact("Minggu laporan 8–14 Juli 2024 Minggu lalu (rentang sama)"))
                .doesNotContain(Pdfs.compact("1–7 Juli 2024"));
    }

    @Test
    void listsIssuesHashtagsAndRisksWithoutAnyAuthor() {
        assertHas("Layanan publik 6 7 -14,3% 0");
        assertHas("#umkm 2");
        assertHas("Provokasi 1 0 – 1", "Ujaran kebencian 0 0 – 0");
        // aggregate only: no citizen's handle reaches leadership's PDF
        assertThat(text).doesNotContain("warga_");
    }

    @Test
    void theRiskTableComparesEachCategoryWithTheWeekBeforeAsTheKeyNumbersDo() {
        // flagged this week, the week before, the change, then what analysts confirmed of this week's flags
        assertHas("Kategori risiko Ditandai berisiko Dikonfirmasi analis Minggu laporan 8–14 Juli 2024 "
                + "Minggu sebelumnya 1–7 Juli 2024 Perubahan Minggu laporan");
        assertHas("Hoaks 2 1 +100,0% 1", "Radikalisme 1 0 – 0");
        // the note that says what a change is follows the risk table too: the key numbers are pages away
        String note = Pdfs.compact("Perubahan: naik atau turunnya jumlah dibanding minggu sebelumnya");
        assertThat(text.split(Pattern.quote(note), -1)).hasSize(3);
        // but not its word on shares in brackets, which the risk table has none of
        assertThat(text.split(Pattern.quote(Pdfs.compact("persentase dalam kurung")), -1)).hasSize(2);
        assertThat(provisionalText).contains(Pdfs.compact("Perubahan Minggu laporan"))
                .contains(Pdfs.compact("Minggu lalu (rentang sama) Perubahan"));
    }

    @Test
    void theIssuesTableSaysATopicIsTalkNotFlaggedPosts() {
        // "Terorisme 43" among the issues beside "Terorisme 0" among the risks asked "is there terrorism or not?":
        // each topic's row says how many of the posts talking about it were flagged
        assertHas("Topik Dibicarakan Ditandai berisiko Minggu laporan 8–14 Juli 2024");
        assertHas("Hoaks 2 1 +100,0% 2", "Ekonomi 2 0 – 0");
        assertHas("Ditandai berisiko: berapa di antaranya yang ditandai sistem dengan kategori risiko apa pun; "
                + "rinciannya per kategori ada di Ringkasan risiko.");
    }

    @Test
    void coverageCaveatsSayWhichDataIsIncompleteAndWhen() {
        assertHas("Data Portal berita (RSS) tidak lengkap pada 12 Juli 2024: 1 pengambilan tidak tuntas, "
                + "1 rentang waktu tidak terambil, 3 kali menunggu batas akses sumber.");
        assertHas("Data X tidak lengkap pada 10 Juli 2024: 1 pengambilan gagal.");
        assertHas("Tidak ada satu pun pengambilan data telegram selama minggu yang dilaporkan; pengambilan "
                + "terakhir pada 4 Juli 2024.");
    }

    @Test
    void theRiskSentenceAccountsForEveryTriageStateSoItsPartsAddUp() {
        Matcher sentence = Pattern.compile("(\\d+) unggahan ditandai berisiko: ([^.]+)\\.").matcher(triageText);
        assertThat(sentence.find()).as(triageText).isTrue();
        long total = Long.parseLong(sentence.group(1));
        List<String> parts = List.of(sentence.group(2).split(", | dan "));
        long sum = parts.stream().mapToLong(part -> Long.parseLong(part.substring(0, part.indexOf(' ')))).sum();

        assertThat(total).isEqualTo(7);
        assertThat(sum).isEqualTo(total);
        assertThat(parts).containsExactly("2 dikonfirmasi analis sebagai risiko", "1 dinyatakan alarm palsu",
                "1 dieskalasi untuk ditindaklanjuti", "3 belum ditinjau");
        assertThat(ReportFixtures.TRIAGE_WEEK_STATES.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(total);
    }

    @Test
    void theKeyNumbersSplitTheFlaggedPostsByEveryTriageState() {
        String compact = Pdfs.compact(triageText);
        assertThat(compact).contains(Pdfs.compact("Ditandai berisiko 7 0 –"),
                Pdfs.compact("Dikonfirmasi analis 2 0 –"), Pdfs.compact("Alarm palsu menurut analis 1 0 –"),
                Pdfs.compact("Dieskalasi analis 1 0 –"), Pdfs.compact("Belum ditinjau analis 3 0 –"));
        // and in the fixture week, where the old sentence lost the false alarm
        assertHas("Ditandai berisiko 4 1", "Dikonfirmasi analis 2 0", "Alarm palsu menurut analis 1 0",
                "Dieskalasi analis 0 0", "Belum ditinjau analis 1 1");
    }

    @Test
    void aFinalReportNeverCallsItsWeekThisWeek() {
        // read on Monday or later, "minggu ini" is the week after the report's: a final report names its week
        assertThat(text).doesNotContain(Pdfs.compact("minggu ini"));
        assertThat(triageText).doesNotContain("minggu ini");
    }

    @Test
    void aReportMadeBeforeTheWeekEndsSaysSoUnderTheTitle() {
        String warning = Pdfs.compact("Laporan sementara: minggu ini belum selesai (dibuat Jumat 12/07/2024 12:00 "
                + "WITA). Angka dapat berubah.");
        // prominently: on the first page, in a box drawn between the title and the summary (a table, so
        // the text extractor reads it after the page's plain paragraphs)
        assertThat(Pdfs.compact(Pdfs.page(provisionalPdf, 1))).contains(warning);
        assertThat(provisionalTriageText).contains(Pdfs.compact(
                "Laporan sementara: minggu ini belum selesai (dibuat Minggu 28/07/2024 21:06 WITA)."));
        // a complete week has no such warning
        assertThat(text).doesNotContain("Laporansementara").doesNotContain("rentangwaktuyangsama");
        assertThat(triageText).doesNotContain("Laporan sementara");
    }

    @Test
    void aProvisionalReportComparesWithTheSameSpanOfLastWeekAndSaysSo() {
        assertThat(provisionalText).contains(Pdfs.compact("Agar sebanding, angka minggu lalu dihitung pada rentang "
                + "waktu yang sama: Senin 01/07/2024 00:00 sampai Jumat 05/07/2024 12:00 WITA."));
        assertThat(provisionalText).contains(Pdfs.compact("Sampai laporan ini dibuat, minggu ini ada 8 unggahan "
                + "tentang Kota Kupang, naik 33,3% dari rentang waktu yang sama minggu lalu (6)."));
        assertThat(provisionalText).contains(Pdfs.compact("dari rentang waktu yang sama minggu lalu (0,0%)"));
        assertThat(provisionalText).contains(Pdfs.compact("Minggu lalu (rentang sama)"),
                Pdfs.compact("Jumlah unggahan 8 6 +33,3%"),
                Pdfs.compact("Perubahan: naik atau turunnya jumlah dibanding rentang waktu yang sama pada minggu "
                        + "sebelumnya"),
                Pdfs.compact("Minggu ini baru terhitung sampai 12 Juli 2024 pukul 12:00 WITA"));
        // never the full-week wording of a final report
        assertThat(provisionalText).doesNotContain(Pdfs.compact("dari minggu lalu ("));
    }

    @Test
    void aProvisionalReportDoesNotSayTheSourcesRanWithoutTroubleAllWeek() {
        assertThat(Pdfs.compact(triageText))
                .contains(Pdfs.compact("Tidak ada gangguan tercatat pada sumber yang berjalan selama minggu yang "
                        + "dilaporkan."));
        assertThat(provisionalTriageText)
                .contains(Pdfs.compact("Sampai laporan ini dibuat, tidak ada gangguan tercatat pada sumber yang "
                        + "berjalan minggu ini."))
                .doesNotContain(Pdfs.compact("Tidak ada gangguan tercatat"));
    }

    @Test
    void everySourceIsCountedAndThoseThatBroughtNothingAreNamed() {
        // "no trouble" never meant "everything was collected": X and the news portals may not run at all
        assertThat(Pdfs.compact(triageText)).contains(
                Pdfs.compact("Unggahan per sumber selama minggu yang dilaporkan: X"),
                Pdfs.compact("Portal berita (RSS) 0 dan Impor berkas 0."),
                Pdfs.compact("Portal berita (RSS) dan Impor berkas tidak membawa unggahan selama minggu yang "
                        + "dilaporkan: percakapan di sana tidak terhitung dalam laporan ini."));
    }

    @Test
    void aChartsNoteAndAShortSectionsTextStayOnThePageOfTheirHeading() {
        for (byte[] report : List.of(pdf, provisionalPdf, triagePdf)) {
            // the fixture week's kecamatan note landed alone at the top of page 3, under the risk heading
            assertSamePage(report, "Unggahan per kecamatan", "Hanya unggahan yang dapat dikaitkan");
            assertSamePage(report, "Ringkasan risiko", "Angka agregat dari unggahan yang ditandai sistem");
            assertSamePage(report, "Kategori risiko", "Perubahan: naik atau turunnya jumlah dibanding");
            assertSamePage(report, "Catatan cakupan data", "Unggahan per sumber selama minggu yang dilaporkan");
        }
        // the provisional week's volume chart ended page 1, its "counted up to" note began page 2
        assertSamePage(provisionalPdf, "Volume unggahan per hari", "Minggu ini baru terhitung sampai");
    }

    /** The last page naming the heading (the summary and notes may name it before) also holds the text. */
    private static void assertSamePage(byte[] report, String heading, String text) {
        List<String> pages = Pdfs.pages(report).stream().map(Pdfs::compact).toList();
        int headingPage = -1;
        int textPage = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(Pdfs.compact(heading))) {
                headingPage = i + 1;
            }
            if (pages.get(i).contains(Pdfs.compact(text))) {
                textPage = i + 1;
            }
        }
        assertThat(headingPage).as("page of \"%s\"", heading).isPositive();
        assertThat(textPage).as("page of \"%s\", under \"%s\"", text, heading).isEqualTo(headingPage);
    }

    @Test
    void chartsAreVectorFormsNotRasterImages() {
        List<String> subtypes = Pdfs.xObjectSubtypes(pdf);
        assertThat(subtypes).hasSize(4).containsOnly("/Form").doesNotContain("/Image");
        // JFreeChart's lines and bars arrive as path operators: move/line-to and fill/stroke
        assertThat(Pdfs.formContents(pdf)).hasSize(4)
                .allSatisfy(content -> assertThat(content).contains(" m\n", " l\n").containsPattern("\\b[fS]\\n"));
    }
}

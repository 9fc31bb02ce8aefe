package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF's layout from figures made in the test (no Elasticsearch), read back page by page. */
class ReportPdfTest {
    private static final ReportWeek WEEK = ReportWeek.parse("2024-W28");
    private static final Instant MADE = Instant.parse("2024-07-14T23:00:00Z");
    private final ReportPdf pdf = new ReportPdf(new Translations());

    /** A week of 1.000 posts, its topics talked about and flagged as given, and extra triage statuses. */
    private static WeeklyFigures.Period week(Map<String, Long> topics, Map<String, Long> flaggedByTopic,
                                             Map<String, Long> triage) {
        long flagged = triage.values().stream().mapToLong(Long::longValue).sum();
        return new WeeklyFigures.Period(1_000, Map.of("negative", 300L, "neutral", 500L, "positive", 200L), flagged,
                Map.of("hoaks", flagged), triage, 0, Map.of(), topics, flaggedByTopic, Map.of(), Map.of(), Map.of(),
                Map.of("x", 1_000L));
    }

    private static WeeklyFigures figures(WeeklyFigures.Period now, WeeklyFigures.Period before) {
        return new WeeklyFigures(WEEK, now, before, List.of(), List.of());
    }

    @Test
    void theIssuesTableSaysHowManyPostsTalkedAboutATopicAndHowManyOfThemWereFlagged() {
        // the walkthrough's week: 43 posts about terrorism (news, campaigns), not one flagged as a risk
        Map<String, Long> topics = new LinkedHashMap<>();
        topics.put("terorisme", 43L);
        topics.put("politik", 20L);
        WeeklyFigures f = figures(week(topics, Map.of("terorisme", 0L, "politik", 2L), Map.of("pending", 2L)),
                week(Map.of("terorisme", 38L), Map.of(), Map.of()));

        String indonesian = Pdfs.compact(Pdfs.text(pdf.render(f, MADE, Translations.INDONESIAN)));
        assertThat(indonesian).contains(Pdfs.compact("Topik Dibicarakan Ditandai berisiko Minggu laporan "
                        + "8–14 Juli 2024 Minggu sebelumnya 1–7 Juli 2024 Perubahan Minggu laporan"),
                Pdfs.compact("Terorisme 43 38 +13,2% 0"), Pdfs.compact("Politik 20 0 – 2"),
                Pdfs.compact("Dibicarakan: unggahan yang membicarakan tiap topik, termasuk berita, kampanye "
                        + "pencegahan dan bantahan hoaks. Ditandai berisiko: berapa di antaranya yang ditandai sistem "
                        + "dengan kategori risiko apa pun"));
        String english = Pdfs.compact(Pdfs.text(pdf.render(f, MADE, Translations.ENGLISH)));
        assertThat(english).contains(Pdfs.compact("Topic Talked about Flagged as risky Reported week"),
                Pdfs.compact("Terrorism 43 38 +13.2% 0"));
    }

    @Test
    void theIssuesHeadingStaysWithItsTableHeaderAndFirstRowsWhereverThePageEnds() {
        // a long issues table: more topics than fit on one page
        Map<String, Long> topics = new LinkedHashMap<>();
        for (int i = 1; i <= 60; i++) {
            topics.put(String.format("topik_%02d", i), 1_000L - i);
        }
        // each unknown triage status adds a row to the key numbers above: the heading falls lower and lower
        // on its page, and at some count at its very end, where it was left alone
        for (int extra = 0; extra <= 40; extra++) {
            Map<String, Long> triage = new LinkedHashMap<>();
            triage.put("pending", 5L);
            for (int i = 1; i <= extra; i++) {
                triage.put(String.format("status_%02d", i), 1L);
            }
            List<String> pages = Pdfs.pages(pdf.render(figures(week(topics, Map.of(), triage),
                    week(topics, Map.of(), Map.of("pending", 1L))), MADE, Translations.INDONESIAN)).stream()
                    .map(Pdfs::compact).toList();
            // the heading's page: the heading is followed by its note (the summary names "Isu utama" too)
            int heading = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("IsuutamaDibicarakan:")) {
                    heading = i;
                }
            }
            assertThat(heading).as("the page of the heading, %d extra statuses", extra).isNotNegative();
            // the header of the table and its first three rows ("topik_01 999 ...") under it
            assertThat(pages.get(heading)).as("the page of the heading, %d extra statuses", extra)
                    .contains("TopikDibicarakanDitandaiberisiko", "topik_01999", "topik_02998", "topik_03997");
        }
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

@ExtendWith(ElasticsearchExtension.class)
class WeeklyFiguresIT {
    static WeeklyFiguresRepository repository;
    static WeeklyFigures figures;

    @BeforeAll
    static void seed() {
        ElasticsearchClient client = ElasticsearchExtension.client();
        String prefix = ElasticsearchExtension.freshPrefix();
        new IndexBootstrap(client, prefix).ensureAll();
        ReportFixtures.seed(client, prefix);
        ReportFixtures.seedYearEnd(client, prefix);
        Indexes indexes = new Indexes(prefix);
        repository = new WeeklyFiguresRepository(client, indexes, new CoverageCaveatRepository(client, indexes));
        figures = repository.figures(ReportFixtures.WEEK);
    }

    @Test
    void countsTheWeekAndTheWeekBeforeCutInWita() {
        assertThat(figures.current().posts()).isEqualTo(ReportFixtures.POSTS);
        assertThat(figures.previous().posts()).isEqualTo(ReportFixtures.PREVIOUS_POSTS);
        assertThat(figures.postsChangePercent()).isEqualTo(50.0);
    }

    @Test
    void aPostAtSundayHalfPastFourUtcBelongsToTheNextWitaWeek() {
        // 2024-07-14T16:30Z is Monday 15 July 00:30 WITA: not in W28; 2024-07-07T16:30Z is Monday 8 July: in W28
        WeeklyFigures next = repository.figures(ReportFixtures.WEEK.next());
        assertThat(next.current().posts()).isEqualTo(1);
        assertThat(figures.currentDays().get(0).day()).isEqualTo(LocalDate.parse("2024-07-08"));
        assertThat(figures.currentDays().get(0).posts()).isEqualTo(2);
        assertThat(figures.previousDays().get(6).day()).isEqualTo(LocalDate.parse("2024-07-07"));
        assertThat(figures.previousDays().get(6).posts()).isEqualTo(1);
    }

    @Test
    void daysCoverBothWeeksWithEmptyDaysShown() {
        assertThat(figures.days()).hasSize(14);
        assertThat(figures.currentDays()).extracting(WeeklyFigures.Day::posts)
                .containsExactly(2L, 1L, 2L, 2L, 3L, 1L, 1L);
        assertThat(figures.currentDays().get(4).sentiment())
                .containsOnly(entry("neutral", 1L), entry("positive", 2L));
    }

    @Test
    void sentimentRiskAndTriageAreCountedByElasticsearch() {
        WeeklyFigures.Period now = figures.current();
        assertThat(now.sentiment()).containsOnly(entry("neutral", 6L), entry("negative", 4L), entry("positive", 2L));
        assertThat(now.sentimentPercent("negative")).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(now.flagged()).isEqualTo(ReportFixtures.FLAGGED);
        assertThat(now.flaggedByRisk()).containsOnly(entry("hoaks", 2L), entry("provokasi", 1L),
                entry("radikalisme", 1L));
        assertThat(now.confirmed()).isEqualTo(ReportFixtures.CONFIRMED);
        assertThat(now.confirmedByRisk()).containsOnly(entry("hoaks", 1L), entry("provokasi", 1L));
        assertThat(now.triage()).containsOnly(entry("confirmed", 2L), entry("false_alarm", 1L),
                entry(WeeklyFigures.PENDING, 1L));
        assertThat(figures.previous().flagged()).isEqualTo(1);
        assertThat(figures.previous().confirmed()).isZero();
    }

    @Test
    void topicsHashtagsAndKecamatanComeHighestFirst() {
        WeeklyFigures.Period now = figures.current();
        assertThat(now.topics().keySet()).startsWith("layanan_publik", "ekonomi", "hoaks");
        assertThat(now.topics()).containsEntry("layanan_publik", 6L);
        assertThat(now.hashtags()).containsExactly(entry("kupang", 12L), entry("umkm", 2L));
        assertThat(now.kecamatan()).containsExactly(entry("Oebobo", 6L), entry("Alak", 4L), entry("Maulafa", 2L));
        assertThat(figures.previous().kecamatan()).containsOnly(entry("Kelapa Lima", 4L), entry("Oebobo", 4L));
    }

    @Test
    void eachTopicSaysHowManyOfItsPostsWereFlaggedAndHowManyWereNegative() {
        WeeklyFigures.Period now = figures.current();
        // talk about public services, none of it flagged; the two hoax posts, both flagged and negative
        assertThat(now.flaggedByTopic()).containsOnly(entry("layanan_publik", 0L), entry("ekonomi", 0L),
                entry("hoaks", 2L), entry("provokasi", 1L), entry("radikalisme", 1L));
        assertThat(now.negativeByTopic()).containsOnly(entry("layanan_publik", 0L), entry("ekonomi", 0L),
                entry("hoaks", 2L), entry("provokasi", 1L), entry("radikalisme", 1L));
        assertThat(figures.previous().flaggedByTopic()).containsOnly(entry("layanan_publik", 0L), entry("hoaks", 1L));
        assertThat(figures.previous().negativeByTopic())
                .containsOnly(entry("layanan_publik", 1L), entry("hoaks", 1L));
    }

    @Test
    void coverageCaveatsNameTheSourcesWithTroubleInTheWeekOnly() {
        assertThat(figures.caveats()).extracting(CoverageCaveat::source).containsExactly("news", "x", "telegram");
        CoverageCaveat news = figures.caveats().get(0);
        assertThat(news.partialRuns()).isEqualTo(1);
        assertThat(news.gaps()).isEqualTo(1);
        assertThat(news.rateLimitWaits()).isEqualTo(3);
        assertThat(news.days()).containsExactly(LocalDate.parse("2024-07-12"));
        CoverageCaveat x = figures.caveats().get(1);
        assertThat(x.failedRuns()).isEqualTo(1);
        assertThat(x.days()).containsExactly(LocalDate.parse("2024-07-10"));
        assertThat(x.lastError()).isEqualTo("HTTP 503 dari API");
    }

    @Test
    void aSourceThatRanBeforeAndNotOnceInTheWeekIsACaveatToo() {
        CoverageCaveat telegram = figures.caveats().get(2);
        assertThat(telegram.lastRunBefore()).isEqualTo(Instant.parse("2024-07-04T02:00:00Z"));
        assertThat(telegram.failedRuns() + telegram.partialRuns() + telegram.gaps()).isZero();
        // a source seen only in the week, or in both, is not silent; W30 has a run of every source
        assertThat(figures.caveats()).filteredOn(c -> c.lastRunBefore() != null).singleElement()
                .extracting(CoverageCaveat::source).isEqualTo("telegram");
        assertThat(repository.figures(ReportFixtures.TRIAGE_WEEK).caveats()).isEmpty();
    }

    @Test
    void aCompleteWeekIsNotProvisional() {
        assertThat(figures.provisional()).isFalse();
        assertThat(figures.cutoff()).isEqualTo(ReportFixtures.WEEK.end());
        // asking after the week ended changes nothing
        WeeklyFigures later = repository.figures(ReportFixtures.WEEK, wita("2024-07-22T10:00:00"));
        assertThat(later.provisional()).isFalse();
        assertThat(later.current().posts()).isEqualTo(ReportFixtures.POSTS);
        assertThat(later.previous().posts()).isEqualTo(ReportFixtures.PREVIOUS_POSTS);
    }

    @Test
    void aWeekCountedBeforeItEndsIsComparedWithTheSameSpanOfLastWeek() {
        // Friday 12 July 12:00 WITA: W28 so far against W27 up to Friday 5 July 12:00 WITA
        WeeklyFigures partial = repository.figures(ReportFixtures.WEEK, wita("2024-07-12T12:00:00"));

        assertThat(partial.provisional()).isTrue();
        assertThat(partial.previousCutoff()).isEqualTo(wita("2024-07-05T12:00:00"));
        // the two posts of Friday 19:00 and those of the weekend are not counted yet
        assertThat(partial.current().posts()).isEqualTo(8);
        // last week's Friday 10:00 posts are in, its Saturday and Sunday are not
        assertThat(partial.previous().posts()).isEqualTo(6);
        assertThat(partial.postsChangePercent()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(partial.current().flagged()).isEqualTo(2);
        assertThat(partial.previous().flagged()).isZero();
        // the days: this week's up to Friday, last week's all seven (whole days for the chart)
        assertThat(partial.lastDay()).isEqualTo(LocalDate.parse("2024-07-12"));
        assertThat(partial.currentDays()).extracting(WeeklyFigures.Day::posts).containsExactly(2L, 1L, 2L, 2L, 1L);
        assertThat(partial.previousDays()).extracting(WeeklyFigures.Day::posts)
                .containsExactly(1L, 1L, 1L, 1L, 2L, 1L, 1L);
    }

    @Test
    void week53IsCountedAcrossTheYearEndAgainstWeek52AndIsWeek1sWeekBefore() {
        WeeklyFigures w53 = repository.figures(ReportFixtures.W53);
        assertThat(w53.current().posts()).isEqualTo(ReportFixtures.W53_POSTS);
        assertThat(w53.previous().posts()).isEqualTo(ReportFixtures.W52_POSTS);
        assertThat(w53.postsChangePercent()).isEqualTo(50.0);
        // the days of two years, cut in WITA: New Year's Eve 16:30 UTC counts on 1 January
        assertThat(w53.currentDays()).extracting(d -> d.day().toString()).containsExactly("2026-12-28", "2026-12-29",
                "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03");
        assertThat(w53.currentDays()).extracting(WeeklyFigures.Day::posts).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 1L);
        assertThat(w53.previousDays()).extracting(WeeklyFigures.Day::posts).containsExactly(1L, 0L, 0L, 1L, 1L, 0L, 1L);
        assertThat(w53.currentDays().get(4).sentiment()).containsOnly(entry("positive", 1L));

        WeeklyFigures w01 = repository.figures(ReportFixtures.W01);
        assertThat(w01.current().posts()).isEqualTo(ReportFixtures.W01_POSTS);
        assertThat(w01.previous().posts()).isEqualTo(ReportFixtures.W53_POSTS);
        assertThat(w01.previousDays()).extracting(WeeklyFigures.Day::posts).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 1L);
        assertThat(w01.currentDays().get(0).day()).isEqualTo(LocalDate.parse("2027-01-04"));
    }

    @Test
    void week53CountedOnNewYearsDayIsComparedWithTheSameSpanOfWeek52() {
        // Friday 1 January 2027 12:00 WITA against Friday 25 December 2026 12:00 WITA
        WeeklyFigures partial = repository.figures(ReportFixtures.W53, wita("2027-01-01T12:00:00"));
        assertThat(partial.provisional()).isTrue();
        assertThat(partial.previousCutoff()).isEqualTo(wita("2026-12-25T12:00:00"));
        assertThat(partial.lastDay()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(partial.current().posts()).isEqualTo(4);
        assertThat(partial.previous().posts()).isEqualTo(3);
        assertThat(partial.currentDays()).hasSize(5);
    }

    @Test
    void aWeekThatHasNotBegunCannotBeCounted() {
        assertThatThrownBy(() -> repository.figures(ReportFixtures.WEEK, wita("2024-07-07T23:59:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has not begun");
    }

    @Test
    void anEmptyWeekHasZerosNotErrors() {
        WeeklyFigures empty = repository.figures(ReportWeek.parse("2023-W01"));
        assertThat(empty.current().posts()).isZero();
        assertThat(empty.postsChangePercent()).isNull();
        assertThat(empty.currentDays()).hasSize(7).allMatch(d -> d.posts() == 0);
        assertThat(empty.caveats()).isEmpty();
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.dashboard.PostFixtures;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class OverviewServiceIT {
    static OverviewService service;
    static OverviewRepository repository;

    @BeforeAll
    static void seed() {
        ElasticsearchClient client = ElasticsearchExtension.client();
        String prefix = ElasticsearchExtension.freshPrefix();
        new IndexBootstrap(client, prefix).ensureAll();
        PostFixtures.index(client, prefix, List.of(
                // 23:30 WITA on 8 July is 15:30 UTC: a WITA day, not a UTC one
                post("1", "air mati lagi", wita("2024-07-08T23:30:00")).build(),
                // 00:30 WITA on 9 July is still 8 July in UTC
                post("2", "jalan rusak", wita("2024-07-09T00:30:00")).hashtags(List.of("kupang", "jalan")).build(),
                post("3", "terima kasih pemkot", wita("2024-07-09T10:00:00")).sentiment("positive").emotion("happy")
                        .kecamatan("Alak").likeCount(10L).replyCount(2L).quoteCount(5L).build(),
                flagged("4", "ajakan jihad di kota", "radikalisme", "jihad", wita("2024-07-10T08:00:00"), 0.9)
                        .build(),
                // the previous period (1..7 July)
                post("5", "banjir di oesapa", wita("2024-07-03T09:00:00")).build(),
                // the previous period's last evening: later in its week than "now" (Sunday noon) is in this one
                post("7", "lampu jalan mati", wita("2024-07-07T18:00:00")).build(),
                // outside both periods
                post("6", "lama sekali", wita("2024-06-01T09:00:00")).build(),
                // the year end: the last seven days up to New Year's Day 2027 and the seven before them
                post("ye-prev", "macet jelang natal", wita("2026-12-20T09:00:00")).build(),
                post("ye-prev-evening", "malam natal", wita("2026-12-25T20:00:00")).build(),
                post("ye-1228", "air mati", wita("2026-12-28T09:00:00")).build(),
                // New Year's Eve 16:30 UTC is 1 January 2027 00:30 WITA
                post("ye-newyear", "selamat tahun baru", java.time.Instant.parse("2026-12-31T16:30:00Z")).build()));
        repository = new OverviewRepository(client, new Indexes(prefix));
        service = new OverviewService(repository,
                Clock.fixed(wita("2024-07-14T12:00:00"), ZoneOffset.UTC), new CurrentUser());
    }

    @BeforeEach
    void signInAsAnAnalyst() {
        signIn("ROLE_ANALYST");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String role) {
        TestingAuthenticationToken user = new TestingAuthenticationToken("someone", null, role);
        user.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(user);
    }

    private static PostFilter week() {
        return PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
    }

    @Test
    void keyNumbersCountThePeriodAndThePreviousOne() {
        OverviewData d = service.load(week());
        assertThat(d.current().posts()).isEqualTo(4);
        assertThat(d.current().authors()).isEqualTo(4);
        assertThat(d.current().flagged()).isEqualTo(1);
        assertThat(d.current().negative()).isEqualTo(1);
        // likes, replies, reposts and quotes: Interaksi as the accounts job counts it (13 likes, 2 replies, 5 quotes)
        assertThat(d.current().engagement()).isEqualTo(20);
        assertThat(d.previous().posts()).isEqualTo(1);
        assertThat(OverviewData.change(d.current().posts(), d.previous().posts())).isEqualTo(300.0);
    }

    @Test
    void aPeriodThatEndsTodayIsComparedWithTheSameStretchOfThePeriodBefore() {
        // Sunday noon: 6 days and a half of this week against 6 days and a half of the last (to 7 July, noon)
        assertThat(service.load(week()).previous().posts()).isEqualTo(1);
        // once the week is over, whole weeks: 7 July's evening counts
        OverviewService monday = new OverviewService(repository, Clock.fixed(wita("2024-07-15T09:00:00"), ZoneOffset.UTC),
                new CurrentUser());
        assertThat(monday.load(week()).previous().posts()).isEqualTo(2);
    }

    @Test
    void onNewYearsDayTheLastWeekRunsFromDecemberAndIsComparedWithTheSameStretchBefore() {
        // 1 January 2027, 11:45 WITA: 26 December to 1 January against 19 December to 25 December 11:45
        OverviewService newYear = new OverviewService(repository,
                Clock.fixed(wita("2027-01-01T11:45:00"), ZoneOffset.UTC), new CurrentUser());
        PostFilter lastWeek = newYear.defaultFilter();
        assertThat(lastWeek).isEqualTo(PostFilter.range(LocalDate.parse("2026-12-26"), LocalDate.parse("2027-01-01")));

        OverviewData d = newYear.load(lastWeek);
        assertThat(d.current().posts()).isEqualTo(2);
        assertThat(d.previous().posts()).isEqualTo(1); // Christmas evening is later than 11:45
        assertThat(d.volume()).extracting(p -> p.day().toString()).startsWith("2026-12-26").endsWith("2027-01-01");
        assertThat(d.volume().stream().map(OverviewData.DayPoint::posts).toList())
                .containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(OverviewQuery.previousRange(lastWeek, wita("2027-01-01T11:45:00")))
                .isEqualTo(new OverviewQuery.Range(wita("2026-12-19T00:00:00"), wita("2026-12-25T11:45:00")));
    }

    @Test
    void volumeIsCutIntoWitaDaysWithEmptyDaysShown() {
        OverviewData d = service.load(week());
        assertThat(d.volume()).hasSize(7);
        assertThat(d.volume().get(0).day()).isEqualTo(LocalDate.parse("2024-07-08"));
        assertThat(d.volume().stream().map(OverviewData.DayPoint::posts).toList())
                .containsExactly(1L, 2L, 1L, 0L, 0L, 0L, 0L);
        assertThat(d.volume().get(1).sentiments()).containsEntry("neutral", 1L).containsEntry("positive", 1L);
    }

    @Test
    void facetsAreCountedByElasticsearch() {
        OverviewData d = service.load(week());
        assertThat(d.hashtags()).contains(new Bucket("kupang", 4), new Bucket("jalan", 1));
        assertThat(d.risks()).containsExactly(new Bucket("radikalisme", 1));
        assertThat(d.kecamatan()).contains(new Bucket("Oebobo", 3), new Bucket("Alak", 1));
        assertThat(d.emotions()).contains(new Bucket("happy", 1), new Bucket("none", 3));
        assertThat(d.sources()).containsExactly(new Bucket("x", 4));
        assertThat(d.latest()).extracting(p -> p.nativeId()).containsExactly("4", "3", "2", "1");
    }

    @Test
    void aTopicNarrowsEveryWidget() {
        OverviewData d = service.load(week().withTopic("radikalisme"));
        assertThat(d.current().posts()).isEqualTo(1);
        assertThat(d.previous().posts()).isZero();
        assertThat(d.latest()).extracting(p -> p.nativeId()).containsExactly("4");
    }

    @Test
    void leadershipGetsTheFiguresButNoCitizensPosts() {
        signIn("ROLE_LEADERSHIP");
        OverviewData d = service.load(week());
        assertThat(d.current().posts()).isEqualTo(4);
        assertThat(d.hashtags()).contains(new Bucket("kupang", 4));
        assertThat(d.latest()).isEmpty();
        assertThat(service.showsPosts()).isFalse();
    }
}

package id.go.kupangkota.sasando.dashboard.accounts;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.sources.CoverageRun;
import id.go.kupangkota.sasando.dashboard.sources.SourceStat;
import id.go.kupangkota.sasando.dashboard.sources.SourcesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts (top accounts, mention network) and sources (posts per source, coverage runs). */
class AccountsAndSourcesIT extends KaribuTest {
    @Autowired
    AccountsService accounts;
    @Autowired
    SourcesService sources;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() throws Exception {
        if (!seeded) {
            seed(List.of(
                    post("1", "halo @pemkot", wita("2024-07-12T08:00:00")).authorHandle("budi").authorKey("kbudi")
                            .mentions(List.of("pemkot")).likeCount(5L).build(),
                    post("2", "lagi @pemkot", wita("2024-07-13T08:00:00")).authorHandle("budi").authorKey("kbudi")
                            .mentions(List.of("pemkot", "pln")).likeCount(1L).build(),
                    post("3", "air", wita("2024-07-13T09:00:00")).authorHandle("ani").authorKey("kani").build()));
            CoverageRun run = new CoverageRun("r1:x:banjir", "r1", "x", "banjir", "banjir kupang", "poll",
                    wita("2024-07-14T08:00:00"), wita("2024-07-14T08:01:00"), 20, 18, 2, 0, 1, 1, 900, 2,
                    List.of(new CoverageRun.Gap(wita("2024-07-13T00:00:00"), wita("2024-07-13T06:00:00"), "rate limit")),
                    "partial", "429 Too Many Requests", null, null, 1,
                    List.of("x:1003: post has no author: author left empty"));
            client.index(i -> i.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id(run.id())
                    .document(run).refresh(Refresh.WaitFor));
            seeded = true;
        }
    }

    private static PostFilter week() {
        return PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
    }

    @Test
    void withoutTheAccountsJobTopAccountsAndMentionEdgesComeFromOneAggregationOverPosts() {
        login("analis", "ANALYST");
        AccountsData d = accounts.load(week());
        assertThat(d.basis()).isEqualTo(AccountsData.Basis.POSTS_NO_JOB_DATA);
        assertThat(d.top()).containsExactly(AccountStat.fromPosts("kbudi", "budi", 2, 6),
                AccountStat.fromPosts("kani", "ani", 1, 1));
        assertThat(d.edges()).containsExactlyInAnyOrder(new Edge("budi", "pemkot", "mention", 2),
                new Edge("budi", "pln", "mention", 1));
    }

    @Test
    void theNetworkChartHasANodePerAccountAndALinkPerEdge() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week().toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(view.network.getOption().at("/series/0/type").asText()).isEqualTo("graph");
        assertThat(view.network.getOption().at("/series/0/data").size()).isEqualTo(4);
        assertThat(view.network.getOption().at("/series/0/links").size()).isEqualTo(2);
        // counted from the posts the network has mentions only, and so has its legend
        assertThat(view.legend.getChildren().filter(Component::isVisible).map(k -> k.getElement().getText()))
                .containsExactly("━ " + view.getTranslation("accounts.kind.mention"));
    }

    @Test
    void sourcesShowPostsPerWitaDayAndTheRunsWithTheirTrouble() {
        List<SourceStat> stats = sources.stats(week());
        assertThat(stats).extracting(SourceStat::source).containsExactly("x", "news", "file");
        assertThat(stats.get(0)).satisfies(s -> {
            assertThat(s.posts()).isEqualTo(3);
            assertThat(s.perDay()).containsExactly(0L, 0L, 0L, 0L, 1L, 2L, 0L);
            assertThat(s.lastPost()).isEqualTo(wita("2024-07-13T09:00:00"));
        });
        // the sources that collected nothing are there, with zeros, one per day of the period
        assertThat(stats.get(1).posts()).isZero();
        assertThat(stats.get(1).perDay()).hasSize(7).containsOnly(0L);
        assertThat(sources.stats(week().with(PostFilter.SOURCE, "news"))).singleElement()
                .satisfies(s -> assertThat(s.posts()).isZero());
        assertThat(sources.latestRuns()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("partial");
            assertThat(r.rateLimitWaits()).isEqualTo(1);
            assertThat(r.gaps()).hasSize(1);
            assertThat(r.warnings()).isEqualTo(1);
            assertThat(r.firstWarnings()).containsExactly("x:1003: post has no author: author left empty");
        });
    }
}

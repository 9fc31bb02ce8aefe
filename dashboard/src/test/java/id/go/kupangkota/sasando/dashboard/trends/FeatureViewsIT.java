package id.go.kupangkota.sasando.dashboard.trends;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trends view: topics compared from the URL, bursts with the posts behind them. */
class FeatureViewsIT extends KaribuTest {
    @Autowired
    TrendsService trends;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() throws Exception {
        if (!seeded) {
            seed(List.of(
                    post("1", "banjir oesapa", wita("2024-07-12T08:00:00")).topics(List.of("bencana")).build(),
                    post("2", "banjir lagi", wita("2024-07-12T09:00:00")).topics(List.of("bencana")).build(),
                    post("3", "pilkada", wita("2024-07-13T09:00:00")).topics(List.of("politik")).build()));
            Burst burst = new Burst("term|banjir|2024-07-12", "term", "banjir", null, "2024-07-12", 1250, 0.1, 0.3, 4.2,
                    List.of("x:1", "x:2"));
            // "air" bursts in Oebobo alone: a local outage the city-wide counts do not show
            Burst local = new Burst("term|air|2024-07-12|Oebobo", "term", "air", "Oebobo", "2024-07-12", 40, 1.0, 0.5,
                    30.0, List.of("x:1"));
            for (Burst b : List.of(burst, local)) {
                client.index(i -> i.index(SasandoIndex.TRENDS.alias(settings.indexPrefix())).id(b.id())
                        .document(b).refresh(Refresh.WaitFor));
            }
            seeded = true;
        }
    }

    @Test
    void leadershipGetsNoPostsBehindABurstEvenCallingTheServiceDirectly() {
        Burst burst = new Burst("term|banjir|2024-07-12", "term", "banjir", null, "2024-07-12", 1250, 0.1, 0.3, 4.2,
                List.of("x:1", "x:2"));
        login("analis", "ANALYST");
        assertThat(trends.postsBehind(burst)).extracting(p -> p.authorHandle()).contains("warga_1");
        login("pimpinan", "LEADERSHIP");
        assertThatThrownBy(() -> trends.postsBehind(burst)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void topicsFromTheUrlAreComparedPerWitaDay() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "compare", "bencana,politik")));
        TrendsView view = LocatorJ._get(TrendsView.class);
        assertThat(view.topics.getSelectedItems()).containsExactlyInAnyOrder("bencana", "politik");
        assertThat(view.chart.getOption().at("/series/0/name").asText()).isEqualTo("Bencana");
        assertThat(view.chart.getOption().at("/series/0/data/4").asDouble()).isEqualTo(2.0);
        assertThat(view.chart.getOption().at("/series/1/data/5").asDouble()).isEqualTo(1.0);
        // today (14/7, WITA) is still filling: its slot alone is shaded, the last of seven, not 13/7 with it
        assertThat(view.chart.getOption().at("/series/0/markArea/data/0/0/x").asText()).isEqualTo("78.571%");
        assertThat(view.chart.getOption().at("/series/0/markArea/data/0/1/x").asText()).isEqualTo("90.000%");
        assertThat(view.chart.getOption().at("/series/0/markArea/data/0/0/name").asText())
                .isEqualTo("Hari ini, belum lengkap");

        // a range that ends before today has no day still filling
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-01", "to", "2024-07-07", "compare", "bencana")));
        TrendsView earlier = LocatorJ._get(TrendsView.class);
        assertThat(earlier.chart.getOption().at("/series/0/markArea").isMissingNode()).isTrue();
        // and no burst, which the table says in words
        assertThat(GridKt._size(earlier.bursts)).isZero();
        assertThat(earlier.bursts.getEmptyStateText()).isEqualTo("Tidak ada lonjakan istilah atau tagar pada periode ini.");
        // with no burst to choose, the posts' table asks for no choice
        assertThat(earlier.behind.getEmptyStateText()).isNullOrEmpty();
    }

    @Test
    void aBurstOpensThePostsBehindIt() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(Map.of("from", "2024-07-08", "to", "2024-07-14")));
        TrendsView view = LocatorJ._get(TrendsView.class);
        Burst burst = view.bursts.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(burst.term()).isEqualTo("banjir");
        // the kind in words and the count as the key numbers write it, not "term" and "1250"
        assertThat(GridKt._getFormattedRow(view.bursts, 0)).containsExactly("2024-07-12", "banjir", "Istilah", "1.250", "4,2");
        // city-wide: the kecamatan's own burst stays out, however strong
        assertThat(GridKt._size(view.bursts)).isEqualTo(1);
        assertThat(view.burstsTitle.getText()).isEqualTo("Lonjakan");
        // "Skor z" alone meant nothing to analysts: the header says what it measures and explains it on hover
        Span deviation = (Span) view.bursts.getColumnByKey(TrendsView.DEVIATION_COLUMN).getHeaderComponent();
        assertThat(deviation.getText()).isEqualTo("Penyimpangan (skor z)");
        assertThat(view.deviationHelp.getText()).contains("simpangan baku");
        // before a burst is chosen, its posts' table says how to fill it rather than stand empty
        assertThat(GridKt._size(view.behind)).isZero();
        assertThat(view.behind.getEmptyStateText()).isEqualTo("Pilih sebuah lonjakan di atas untuk melihat unggahan di baliknya.");
        view.bursts.select(burst);
        assertThat(view.behind.getListDataView().getItems().map(p -> p.nativeId()).toList())
                .containsExactlyInAnyOrder("1", "2");
        // each post behind it says when, in WITA
        assertThat(GridKt._getFormattedRow(view.behind, 0).get(0)).isEqualTo("2024-07-12 09:00");
        // a few examples of many: the view says so
        assertThat(view.behindCount.getText()).startsWith("2 contoh dari 1.250 unggahan hari itu");
        view.bursts.deselectAll();
        assertThat(view.behindCount.getText()).isEmpty();
        assertThat(view.behind.getEmptyStateText()).isEqualTo("Pilih sebuah lonjakan di atas untuk melihat unggahan di baliknya.");
    }

    @Test
    void aKecamatanFilterShowsThatKecamatansOwnBursts() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "kecamatan", "Oebobo")));
        TrendsView view = LocatorJ._get(TrendsView.class);
        assertThat(view.bursts.getListDataView().getItems().map(Burst::term).toList()).containsExactly("air");
        assertThat(view.burstsTitle.getText()).isEqualTo("Lonjakan di Oebobo");
        assertThat(view.allSources.isVisible()).isFalse();

        // a source filter cannot narrow bursts, and the view says so rather than ignore it silently
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "source", "x")));
        TrendsView bySource = LocatorJ._get(TrendsView.class);
        assertThat(bySource.allSources.isVisible()).isTrue();
        assertThat(bySource.allSources.getText()).startsWith("Lonjakan dinilai dari semua sumber");
    }
}

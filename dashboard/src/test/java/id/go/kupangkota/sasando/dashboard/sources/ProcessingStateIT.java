package id.go.kupangkota.sasando.dashboard.sources;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sumber says whether the posts every view counts are as fresh as what ingest landed: a pipeline that stopped
 * leaves the numbers old while the fetch runs look fine. "Now" is 14 July 2024 12:00 WITA.
 */
class ProcessingStateIT extends KaribuTest {

    private void run(String id, Instant started, Instant finished, long written) throws Exception {
        CoverageRun run = new CoverageRun(id, id, "x", "banjir", "banjir kupang", "poll", started, finished, written + 2,
                written, 2, 0, 0, 0, 0, 1, List.of(), "ok", null, null, null, 0, List.of());
        client.index(i -> i.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id(id).document(run)
                .refresh(Refresh.WaitFor));
    }

    private SourcesView open() {
        UI.getCurrent().navigate(SourcesView.class);
        return LocatorJ._get(SourcesView.class);
    }

    @Test
    void postsLandedLongAgoAndNotInTheDashboardAreSaidToBeWaitingThenNotOnceTheyAre() throws Exception {
        login("analis", "ANALYST");
        assertThat(open().processing.getText()).startsWith("Belum ada unggahan yang diproses");

        // indexed: fetched up to 09:00, tagged at 09:05; a run at 08:50 is in, one at 10:00 landed 40 posts
        // that never reached the index (the pipeline stopped), one at 10:30 landed only duplicates
        seed(List.of(post("1", "air mati", wita("2024-07-14T08:40:00")).ingestedAt(wita("2024-07-14T09:00:00"))
                .taggedAt(wita("2024-07-14T09:05:00")).build()));
        run("in", wita("2024-07-14T08:50:00"), wita("2024-07-14T08:55:00"), 10);
        run("waiting", wita("2024-07-14T10:00:00"), wita("2024-07-14T10:02:00"), 40);
        run("duplicates", wita("2024-07-14T10:30:00"), wita("2024-07-14T10:31:00"), 0);

        SourcesView view = open();
        assertThat(view.processing.getText()).isEqualTo("Pemrosesan tertinggal: 40 unggahan yang diambil sejak "
                + "2024-07-14 10:02 WITA belum masuk dasbor, sehingga angka di semua tampilan belum memuatnya. "
                + "Periksa pipeline Spark (./sasando pipeline; log pipeline.log).");
        assertThat(view.processing.getStyle().get("color")).isEqualTo("var(--lumo-error-text-color)");

        // a run 20 minutes ago: waiting, not yet late (the daemon runs every 5 minutes)
        run("recent", wita("2024-07-14T11:38:00"), wita("2024-07-14T11:40:00"), 7);
        client.delete(d -> d.index(SasandoIndex.COVERAGE.alias(settings.indexPrefix())).id("waiting")
                .refresh(Refresh.WaitFor));
        view = open();
        assertThat(view.processing.getText()).isEqualTo("Dasbor memuat unggahan yang diambil sampai 2024-07-14 09:00 "
                + "WITA; terakhir diproses 2024-07-14 09:05 WITA. 7 unggahan baru menunggu pemrosesan berikutnya.");
        assertThat(view.processing.getStyle().get("color")).isEqualTo("var(--lumo-secondary-text-color)");

        // the pipeline ran: the recent run's posts are in
        seed(List.of(post("2", "jalan rusak", wita("2024-07-14T11:30:00")).ingestedAt(wita("2024-07-14T11:39:00"))
                .taggedAt(wita("2024-07-14T11:45:00")).build()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(open().processing.getText()).isEqualTo("The dashboard holds posts fetched up to 2024-07-14 11:39 "
                + "WITA; last processed 2024-07-14 11:45 WITA.");
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.KeyNumber;
import id.go.kupangkota.sasando.dashboard.base.ui.TagCloud;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewIT extends KaribuTest {
    @Autowired
    OverviewService service;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            seed(List.of(
                    post("file", "1", "air mati", wita("2024-07-13T08:00:00")).build(),
                    post("2", "jalan rusak", wita("2024-07-14T08:00:00"))
                            .hashtags(List.of("kupang", "<script>alert(1)</script>")).build(),
                    flagged("3", "ajakan jihad", "radikalisme", "jihad", wita("2024-07-14T09:00:00"), 0.9).build(),
                    post("4", "minggu lalu", wita("2024-07-05T08:00:00")).build(),
                    // a June week of news about terrorism: talked about, not one post flagged, one source,
                    // no place in the city named
                    post("news", "5", "polisi ungkap jaringan teroris", wita("2024-06-18T08:00:00"))
                            .topics(List.of("terorisme")).kecamatan(null).build(),
                    post("news", "6", "kampanye cegah terorisme di sekolah", wita("2024-06-19T08:00:00"))
                            .topics(List.of("terorisme")).kecamatan(null).build()));
            seeded = true;
        }
    }

    @Test
    void leadershipSeesTheWeekInIndonesianByDefault() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class);
        OverviewView view = LocatorJ._get(OverviewView.class);
        List<KeyNumber> numbers = view.keyNumbers();
        assertThat(numbers.get(0).valueText()).isEqualTo("3");
        assertThat(numbers.get(0).changeText()).isEqualTo("+200,0%");
        // Sunday noon: the week so far is compared with the week before up to its Sunday noon, and says so
        assertThat(view.compared.getText()).isEqualTo("Persentase dibanding periode sebelumnya sampai jam yang sama: "
                + "2024-07-01 00:00 sampai 2024-07-07 12:00 WITA.");
        // leadership reads figures, as in the weekly report, and no citizen's handle or words
        assertThat(view.latest.isAttached()).isFalse();
        assertThat(LocatorJ._find(H2.class).stream().map(H2::getText).toList()).doesNotContain("Unggahan terbaru");
        assertThat(view.volume.getOption().at("/xAxis/data").size()).isEqualTo(7);
        assertThat(view.volume.getOption().at("/series/0/data/6").asDouble()).isEqualTo(2.0);
        // the week ends today (WITA), whose figures are still growing: today's slot says so, and only today's
        // (the last seventh of the plot, between its 10% margins), not yesterday's
        assertThat(view.volume.getOption().at("/grid/left").asText()).isEqualTo("10.000%");
        assertThat(view.volume.getOption().at("/grid/right").asText()).isEqualTo("10.000%");
        assertThat(view.volume.getOption().at("/series/0/markArea/data/0/0/x").asText()).isEqualTo("78.571%");
        assertThat(view.volume.getOption().at("/series/0/markArea/data/0/1/x").asText()).isEqualTo("90.000%");
        assertThat(view.volume.getOption().at("/series/0/markArea/data/0/0/xAxis").isMissingNode()).isTrue();
        assertThat(view.volume.getOption().at("/series/0/markArea/data/0/0/name").asText())
                .isEqualTo("Hari ini, belum lengkap");
        // what the volume chart counts, and what "Interaksi" adds up (PostFields.ENGAGEMENT)
        assertThat(view.volume.getOption().at("/yAxis/name").asText()).isEqualTo("Unggahan");
        assertThat(numbers.get(4).labelText()).isEqualTo("Interaksi");
        assertThat(numbers.get(4).hintText()).isEqualTo("Jumlah suka, balasan, posting ulang dan kutipan");
        assertThat(numbers.get(0).hintText()).isEmpty();
        assertThat(view.risks.getOption().at("/yAxis/data/0").asText()).isEqualTo("Radikalisme");
        // flagged by the taggers, not found risky: said as the weekly report says it
        assertThat(numbers.get(2).labelText()).isEqualTo("Ditandai berisiko");
        assertThat(view.risks.getOption().at("/title/text").asText()).isEqualTo("Ditandai berisiko per kategori");
        // sources by name, not by code: x and file
        assertThat(view.sources.getOption().at("/series/0/data").findValuesAsText("name"))
                .containsExactlyInAnyOrder("X", "Impor berkas");
        assertThat(view.sources.isVisible()).isTrue();
        assertThat(view.oneSourceBox.isVisible()).isFalse();
        // no topic chosen: the posts are all posts
        assertThat(numbers.get(0).labelText()).isEqualTo("Jumlah unggahan");
        assertThat(UI.getCurrent().getPage()).isNotNull();
    }

    @Test
    void theFlaggedSayWhatAnalystsDecidedAsTheWeeklyReportDoes() throws IOException {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(OverviewView.class);
        KeyNumber flagged = LocatorJ._get(OverviewView.class).keyNumbers().get(2);
        assertThat(flagged.valueText()).isEqualTo("1");
        assertThat(flagged.hintText()).isEqualTo("0 dikonfirmasi analis · 0 alarm palsu");

        // dismissed in Risiko: still flagged by the tagger, and now said to be a false alarm
        client.update(u -> u.index(SasandoIndex.POSTS.alias(settings.indexPrefix())).id("x:3")
                .doc(Map.of(PostFields.TRIAGE_STATUS, "false_alarm")).refresh(Refresh.True), Map.class);
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("from", "2024-07-08")));
        flagged = LocatorJ._get(OverviewView.class).keyNumbers().get(2);
        assertThat(flagged.valueText()).isEqualTo("1");
        assertThat(flagged.hintText()).isEqualTo("0 dikonfirmasi analis · 1 alarm palsu");
    }

    @Test
    void leadershipCannotNarrowTheFiguresToOneCitizenByTheAddress() {
        // an analyst's link from Pencarian or Akun: one account's posts, flags and words
        QueryParameters oneAccount = QueryParameters.simple(Map.of(PostFilter.AUTHOR, "warga_3"));
        login("analis", "ANALYST");
        UI.getCurrent().navigate(OverviewView.class, oneAccount);
        assertThat(LocatorJ._get(OverviewView.class).keyNumbers().get(0).valueText()).isEqualTo("1");

        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class, oneAccount);
        OverviewView view = LocatorJ._get(OverviewView.class);
        assertThat(view.keyNumbers().get(0).valueText()).as("the whole week's posts").isEqualTo("3");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("warga_3");
        assertThat(service.load(service.defaultFilter().with(PostFilter.AUTHOR, "warga_3")).current().posts())
                .as("the service too").isEqualTo(3);
    }

    @Test
    void aTopicsPostsAreTalkAboutItAndTheFlaggedAreCountedAmongThem() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2024-06-17", "to", "2024-06-23", "topic", "terorisme")));
        List<KeyNumber> numbers = LocatorJ._get(OverviewView.class).keyNumbers();
        // "Terorisme 2" beside "Ditandai berisiko 0" asked "is there terrorism or not?": the labels answer
        assertThat(numbers.get(0).labelText()).isEqualTo("Membicarakan terorisme");
        assertThat(numbers.get(0).valueText()).isEqualTo("2");
        assertThat(numbers.get(0).hintText()).isEqualTo("Termasuk berita, kampanye pencegahan dan bantahan hoaks: "
                + "membicarakan sebuah topik belum berarti berisiko.");
        assertThat(numbers.get(2).labelText()).isEqualTo("Di antaranya ditandai berisiko");
        assertThat(numbers.get(2).valueText()).isEqualTo("0");
    }

    @Test
    void aPeriodWithoutPostsSaysSoInEveryChartNotWithAGreyDiscOrBareAxes() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2020-01-01", "to", "2020-01-07")));
        OverviewView view = LocatorJ._get(OverviewView.class);
        for (EChart chart : List.of(view.emotions, view.risks, view.sources, view.kecamatan)) {
            assertThat(chart.getOption().at("/graphic/elements/0/style/text").asText())
                    .isEqualTo("Belum ada data pada periode ini.");
        }
        assertThat(view.emotions.getOption().at("/series/0/showEmptyCircle").asBoolean(true)).isFalse();
        assertThat(view.kecamatan.getOption().at("/xAxis/show").asBoolean(true)).isFalse();
        // a count of nothing still has whole ticks
        assertThat(view.volume.getOption().at("/yAxis/minInterval").asInt()).isEqualTo(1);

        // a week with posts draws them, without the message
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14")));
        OverviewView week = LocatorJ._get(OverviewView.class);
        assertThat(week.emotions.getOption().has("graphic")).isFalse();
        assertThat(week.risks.getOption().at("/xAxis/show").isMissingNode()).isTrue();
    }

    @Test
    void aWeekWithPostsAndNoFlagShowsEveryCategoryAtZeroNotNoData() {
        // the June week of terrorism news: posts, none flagged; the weekly report lists the six categories too
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2024-06-17", "to", "2024-06-23")));
        OverviewView view = LocatorJ._get(OverviewView.class);
        assertThat(view.risks.getOption().has("graphic")).isFalse();
        assertThat(textsOf(view.risks.getOption().at("/yAxis/data"))).containsExactly("Radikalisme", "Terorisme",
                "Intoleransi", "Ujaran kebencian", "Hoaks", "Provokasi");
        assertThat(textsOf(view.risks.getOption().at("/series/0/data"))).containsOnly("0");
        // its posts name no place: said so, not "no data" beside a week of posts
        assertThat(view.kecamatan.getOption().at("/graphic/elements/0/style/text").asText())
                .isEqualTo("Tidak ada unggahan pada periode ini yang menyebut tempat di Kota Kupang.");
    }

    private static List<String> textsOf(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void oneSourceIsASentenceNotAOneSlicePie() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2024-06-17", "to", "2024-06-23")));
        OverviewView view = LocatorJ._get(OverviewView.class);
        assertThat(view.oneSourceBox.isVisible()).isTrue();
        assertThat(view.oneSourceBox.getElement().getTextRecursively())
                .isEqualTo("Per sumberSemua unggahan pada periode ini dari Portal berita (RSS): 2.");
        assertThat(view.sources.isVisible()).isFalse();
    }

    @Test
    void ringkasanWritesEveryDayAndTimeInOneStyle() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(OverviewView.class,
                QueryParameters.simple(Map.of("from", "2024-07-08", "to", "2024-07-14")));
        OverviewView view = LocatorJ._get(OverviewView.class);
        // the pickers, the comparison, the chart's days and the latest posts: "2024-07-14", "2024-07-14 09:00"
        FilterBar bar = LocatorJ._get(FilterBar.class);
        assertThat(bar.fromField().getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(view.compared.getText()).contains("2024-07-01 00:00 sampai 2024-07-07 12:00 WITA");
        assertThat(view.volume.getOption().at("/xAxis/data").get(0).asText()).isEqualTo("2024-07-08");
        assertThat(GridKt._getFormattedRow(view.latest, 0)).startsWith("2024-07-14 09:00");
        // and the chart draws its days as the option has them: no script rewrites them ("Sen, 08/07")
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        view.volume.setOption(view.volume.getOption());
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression()).toList();
        assertThat(scripts).anyMatch(js -> js.contains("echarts.init"))
                .noneMatch(js -> js.contains("DateTimeFormat"));
    }

    @Test
    void hashtagsAreATagCloudWhoseMostUsedWordIsTheLargestAndMarkupStaysText() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(OverviewView.class);
        OverviewView view = LocatorJ._get(OverviewView.class);
        assertThat(view.latest.getListDataView().getItems().map(p -> p.nativeId()).toList())
                .containsExactly("3", "2", "1");
        // the latest posts name their source too, not its code
        assertThat(GridKt._getFormattedRow(view.latest, 2)).contains("Impor berkas");
        List<TagCloud.Tag> tags = view.hashtags.tags();
        assertThat(tags).extracting(TagCloud.Tag::text).containsExactly("#kupang", "#<script>alert(1)</script>");
        assertThat(tags.get(0).sizeEm()).isGreaterThan(tags.get(1).sizeEm());
        assertThat(tags).allSatisfy(t -> assertThat(t.sizeEm()).isLessThanOrEqualTo(tags.get(0).sizeEm()));
        // as a browser would read the markup: no script element, the hashtag is the text of its span
        Document html = Jsoup.parseBodyFragment(view.hashtags.getElement().getOuterHTML());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("a.sasando-tag").eachText()).containsExactly("#kupang", "#<script>alert(1)</script>");
        assertThat(html.body().html()).contains(">#&lt;script&gt;alert(1)&lt;/script&gt;</a>");
        assertThat(view.terms.tags()).extracting(TagCloud.Tag::text).containsExactly("air");
        // a size alone does not say how often: the count beside the word, and what it counts on hover
        assertThat(tags.get(0).count()).isEqualTo("3");
        assertThat(tags.get(0).tooltip()).isEqualTo("#kupang: 3 unggahan");
        assertThat(html.select("span.sasando-tag-count").eachText()).containsExactly("3", "1");
        // an analyst's word leads to the posts of the period that say it, in Pencarian
        assertThat(tags.get(0).href()).isEqualTo("search?q=%23kupang&from=2024-07-08&to=2024-07-14");
        assertThat(view.terms.tags().get(0).href()).isEqualTo("search?q=air&from=2024-07-08&to=2024-07-14");

        // leadership may not search: plain words, not in the colour of links
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class);
        view = LocatorJ._get(OverviewView.class);
        assertThat(view.hashtags.tags()).extracting(TagCloud.Tag::href).containsOnlyNulls();
        Document plain = Jsoup.parseBodyFragment(view.hashtags.getElement().getOuterHTML());
        assertThat(plain.select("a")).isEmpty();
        assertThat(plain.select("span.sasando-tag").first().attr("style")).contains("--lumo-body-text-color");
    }

    @Test
    void aFilterOfTheAddressThatTheViewHasNoFieldForIsShownAndCanBeRemoved() {
        login("pimpinan", "LEADERSHIP");
        // a link from Pencarian: Ringkasan has no kecamatan field, yet the kecamatan filters its figures
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "kecamatan", "Alak")));
        OverviewView view = LocatorJ._get(OverviewView.class);
        assertThat(view.keyNumbers().get(0).valueText()).isEqualTo("0"); // the week's posts are all in Oebobo
        FilterBar bar = LocatorJ._get(FilterBar.class);
        assertThat(bar.others().isVisible()).isTrue();
        assertThat(bar.others().getElement().getTextRecursively()).contains("Juga disaring menurut:", "Kecamatan: Alak");
        LocatorJ._click(LocatorJ._get(bar.others(), Button.class, spec -> spec.withText("Kecamatan: Alak")));
        view = LocatorJ._get(OverviewView.class);
        assertThat(view.keyNumbers().get(0).valueText()).isEqualTo("3");
        assertThat(LocatorJ._get(FilterBar.class).others().isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey("kecamatan").containsKey("from");
    }

    @Test
    void datesInTheAddressThatCannotBeShownAreAdjustedAndTheUserIsTold() {
        login("analis", "ANALYST");
        NotificationsKt.clearNotifications();
        // today is 14 July 2024: the rest of July has not happened
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("from", "2024-07-20", "to", "2024-07-31")));
        NotificationsKt.expectNotifications("Tanggal di alamat disesuaikan (sesudah hari ini, terbalik, atau tidak "
                + "terbaca): yang ditampilkan 2024-07-14 sampai 2024-07-14.");
        // dates that can be shown as asked: nothing to say
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("from", "2024-07-01", "to", "2024-07-07")));
        NotificationsKt.expectNoNotifications();
        // a period of whole days is compared with the whole days before it
        assertThat(LocatorJ._get(OverviewView.class).compared.getText())
                .isEqualTo("Persentase dibanding periode sebelumnya: 2024-06-24 sampai 2024-06-30.");
        // an unreadable date falls back to the default, and says so
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("from", "abc", "to", "2024-07-07")));
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        // the calendar speaks the UI's language, its weeks start on Monday as ISO weeks do
        DatePicker.DatePickerI18n calendar = LocatorJ._get(FilterBar.class).fromField().getI18n();
        assertThat(calendar.getMonthNames()).startsWith("Januari", "Februari").endsWith("Desember");
        assertThat(calendar.getWeekdaysShort()).startsWith("Min", "Sen");
        assertThat(List.of(calendar.getToday(), calendar.getCancel())).containsExactly("Hari ini", "Batal");
        assertThat(calendar.getFirstDayOfWeek()).isEqualTo(1);
        // the pickers write dates as the tables and the address do, in either language (the language
        // switch reloads the page, so the view is built anew: here, by opening another view first)
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("trends");
        UI.getCurrent().navigate(OverviewView.class);
        calendar = LocatorJ._get(FilterBar.class).fromField().getI18n();
        assertThat(calendar.getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(calendar.getMonthNames()).startsWith("January");
        assertThat(List.of(calendar.getToday(), calendar.getCancel())).containsExactly("Today", "Cancel");
    }

    @Test
    void theMenuListsOnlyWhatTheRoleMayOpen() {
        login("pimpinan", "LEADERSHIP");
        UI.getCurrent().navigate(OverviewView.class);
        List<String> labels = LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Ringkasan").doesNotContain("Risiko", "Pencarian", "Admin");
    }

    @Test
    void theAnalystMenuHasTheAnalyticalViews() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(OverviewView.class);
        List<String> labels = LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Ringkasan", "Tren", "Risiko", "Pencarian", "Akun", "Sumber").doesNotContain("Admin");
    }
}

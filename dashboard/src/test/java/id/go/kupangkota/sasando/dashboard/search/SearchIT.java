package id.go.kupangkota.sasando.dashboard.search;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditDetail;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.MarkedText;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import id.go.kupangkota.sasando.dashboard.search.SearchResult.Match;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIT extends KaribuTest {
    static final int POSTS = 120;

    @Autowired
    SearchService service;
    @Autowired
    AuditService audit;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            List<Post> posts = new ArrayList<>();
            // each with the terms the tagger would give it (search reads them too)
            for (int i = 0; i < POSTS; i++) {
                boolean water = i % 2 == 0;
                String text = water ? "air mati di Oebobo nomor " + i : "jalan rusak nomor " + i;
                posts.add(post("s" + i, text, wita("2024-07-10T08:00:00").plusSeconds(i * 60L))
                        .terms(water ? List.of("air", "mati", "oebobo", "nomor") : List.of("jalan", "rusak", "nomor"))
                        .build());
            }
            posts.add(post("xss", "<script>alert(1)</script> air mati", wita("2024-07-11T08:00:00"))
                    .terms(List.of("script", "alert", "air", "mati")).build());
            posts.add(post("syntax", "title:x (((", wita("2024-07-11T09:00:00")).terms(List.of("title")).build());
            posts.add(post("file", "imported", "dari berkas ekspor", wita("2024-07-11T10:00:00"))
                    .terms(List.of("berkas", "ekspor")).hashtags(List.of("EksporKupang")).build());
            // its terms are standard Indonesian ("sa" is "saja"), the hashtag split into words
            posts.add(post("pilkada", "Pilih yang dua sa #Pilkada2024", wita("2024-07-11T11:00:00"))
                    .terms(List.of("pilih", "dua", "saja", "pilkada")).build());
            // a post of several sentences, on a day of its own (the week's counts stay as they are)
            posts.add(post("sentences", SENTENCES, wita("2024-07-20T09:15:00"))
                    .terms(List.of("air", "pdam", "tiga", "hari", "tidak", "mengalir", "oesapa", "kami", "mandi"))
                    .hashtags(List.of("pdamkupang")).build());
            seed(posts);
            seeded = true;
        }
    }

    /** Searching and exporting are an analyst's work; a test that needs another role signs in again. */
    @BeforeEach
    void signInAsAnAnalyst() {
        login("analis", "ANALYST");
    }

    private static PostFilter week() {
        return PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
    }

    @Test
    void leadershipNeitherSearchesNorExportsPostsEvenCallingTheServiceDirectly() {
        login("pimpinan", "LEADERSHIP");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> service.search(week(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.exportCsv(week(), Map.of(), out)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.exportXlsx(week(), SearchService.COLUMNS, Map.of(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).as("no citizen's handle or text written").isZero();
        assertThat(audit.latest(500)).as("no export recorded as made").noneMatch(e -> e.username().equals("pimpinan"));
    }

    @ParameterizedTest(name = "''{0}'' never fails")
    @ValueSource(strings = {"(((", "a OR b", "title:x", "\"unclosed", "air AND -mati", "*", "/regex/", "a~2^3", "-", "OR", "| |", "\")("})
    void userInputIsNeverQuerySyntax(String input) {
        SearchResult r = service.search(week().withText(input), null);
        assertThat(r.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theOperatorsOfASearchBoxWork() {
        // every word must occur, unless the user says otherwise
        assertThat(total("air jalan")).isZero();
        assertThat(total("air OR jalan")).isEqualTo(POSTS + 1); // the even posts, the odd ones, "xss"
        assertThat(total("air ATAU jalan")).isEqualTo(POSTS + 1);
        assertThat(total("air | jalan")).isEqualTo(POSTS + 1);
        assertThat(total("nomor -jalan")).isEqualTo(POSTS / 2);
        assertThat(total("-jalan")).isEqualTo(POSTS / 2 + 4); // without: "xss", "syntax", "file", "pilkada" too
        assertThat(total("\"air mati di\"")).isEqualTo(POSTS / 2); // not "xss": "air mati" ends there
        assertThat(total("nom*")).isEqualTo(POSTS);
        assertThat(total("(air OR jalan) -oebobo")).isEqualTo(POSTS / 2 + 1);
        assertThat(total("nomor NOT jalan")).isEqualTo(POSTS / 2);
        assertThat(total("nomor TANPA jalan")).isEqualTo(POSTS / 2);
        assertThat(total("air AND mati")).isEqualTo(POSTS / 2 + 1);
        assertThat(total("air DAN mati")).isEqualTo(POSTS / 2 + 1);
        // the tagger's terms: the election word finds the election hashtag, in any case
        assertThat(total("pilkada")).isEqualTo(1);
        assertThat(total("Pilkada")).isEqualTo(1);
        assertThat(total("saja pilkada")).isEqualTo(1); // Kupang "sa" is standard "saja"
        // a hashtag as Ringkasan's cloud links it, also when only the post's hashtags carry it (an export)
        assertThat(total("#Pilkada2024")).isEqualTo(1);
        assertThat(total("#pilkada2024")).isEqualTo(1);
        assertThat(total("#EksporKupang")).isEqualTo(1);
        assertThat(total("#eksporkupang")).isEqualTo(1);
        assertThat(total("#eksporkupang air")).as("two words: every one must occur, as ever").isZero();
        // a word in Kupang Malay also finds the posts that spell it the standard way ("aer" is "air");
        // a phrase stays as typed
        assertThat(total("aer mati")).isEqualTo(total("air mati")).isEqualTo(POSTS / 2 + 1);
        assertThat(total("\"aer mati\"")).isZero();
        // "or" in small letters is a word, and field syntax is no syntax at all
        assertThat(total("air or jalan")).isZero();
        assertThat(total("title:x")).isEqualTo(1);
    }

    @Test
    void aStandardWordFindsThePostsThatSayItInKupangMalayAsTheTaggerTagsThem() {
        // terms as the tagger writes them, which leave out "tidak" and "sudah": words without content
        PostFilter day = PostFilter.range(LocalDate.parse("2024-07-21"), LocalDate.parse("2024-07-21"));
        Tagger tagger = Tagger.shared();
        seed(List.of(
                tagger.enrich(post("kupang-malay", "Air sonde jalan di Oesapa, su dua hari", wita("2024-07-21T08:00:00"))
                        .build(), NOW),
                tagger.enrich(post("standard", "Air tidak mengalir di Oebobo, sudah dua hari", wita("2024-07-21T09:00:00"))
                        .build(), NOW)));
        assertThat(service.search(day.withText("air tidak"), null).total()).isEqualTo(2);
        assertThat(service.search(day.withText("sudah dua hari"), null).total()).isEqualTo(2);
        assertThat(service.search(day.withText("air sonde"), null).total()).isEqualTo(2);
        // a phrase stays as typed
        assertThat(service.search(day.withText("\"air tidak\""), null).total()).isEqualTo(1);
    }

    private long total(String text) {
        return service.search(week().withText(text), null).total();
    }

    @Test
    void anAccountIsFoundWithOrWithoutItsAtAndInAnyCase() {
        assertThat(service.search(week().with(PostFilter.AUTHOR, "warga_s7"), null).total()).isEqualTo(1);
        PostFilter typed = week().with(PostFilter.AUTHOR, "@WARGA_s7");
        assertThat(typed.author()).isEqualTo("WARGA_s7");
        assertThat(service.search(typed, null).matches()).singleElement()
                .satisfies(m -> assertThat(m.post().authorHandle()).isEqualTo("warga_s7"));
    }

    @Test
    void pagingWithSearchAfterVisitsEveryHitOnce() {
        Set<String> seen = new HashSet<>();
        SearchResult page = service.search(week(), null);
        assertThat(page.total()).isEqualTo(POSTS + 4);
        int pages = 0;
        while (true) {
            pages++;
            page.matches().forEach(m -> assertThat(seen.add(m.post().id())).isTrue());
            if (page.next() == null) {
                break;
            }
            page = service.search(week(), page.next());
        }
        assertThat(seen).hasSize(POSTS + 4);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void matchesAreHighlightedBetweenMarkers() {
        SearchResult r = service.search(week().withText("mati"), null);
        assertThat(r.total()).isEqualTo(POSTS / 2 + 1);
        assertThat(r.matches().get(0).fragments()).anySatisfy(f -> assertThat(f)
                .contains(MarkedText.MATCH_START + "mati" + MarkedText.MATCH_END));
    }

    static final String SENTENCES =
            "Air PDAM su tiga hari sonde mengalir di Oesapa. Botong mau mandi pake apa? #PDAMKupang";

    @Test
    void aMatchShowsThePostsWholeTextNotOnlyTheSentenceWithTheMatch() {
        // Elasticsearch cuts highlights at sentence ends: a search for the hashtag showed "#PDAMKupang"
        // alone, a search for "botong" lost the first sentence and with it the place
        PostFilter day = PostFilter.range(LocalDate.parse("2024-07-20"), LocalDate.parse("2024-07-20"));
        for (String words : List.of("#PDAMKupang", "botong")) {
            SearchResult r = service.search(day.withText(words), null);
            assertThat(r.total()).as(words).isEqualTo(1);
            assertThat(r.matches().get(0).fragments()).as(words).hasSize(1);
            String shown = r.matches().get(0).fragments().get(0)
                    .replace(MarkedText.MATCH_START, "").replace(MarkedText.MATCH_END, "");
            assertThat(shown).as(words).isEqualTo(SENTENCES);
        }
    }

    @Test
    void theAuditLogNamesAnExportsFilterAsWrittenNotUrlEncoded() throws Exception {
        // the admin read "kueri: q=PDAM&kecamatan=Kelapa%20Lima&..." in the audit log
        login("analis", "ANALYST");
        service.exportCsv(week().withText("air mati").with(PostFilter.KECAMATAN, "Kelapa Lima"), Map.of(),
                new ByteArrayOutputStream());
        assertThat(audit.latest(100)).map(e -> AuditDetail.describe(e, Translations.INDONESIAN))
                .filteredOn(d -> d.contains("Kelapa")).singleElement().satisfies(d -> assertThat(d)
                        .startsWith("Hasil pencarian diekspor (CSV), kueri: ")
                        .contains("kecamatan=Kelapa Lima", "q=air mati", "from=2024-07-08", "to=2024-07-14")
                        .doesNotContain("%20"));
    }

    @Test
    void exportsSayWhatAnalystsDecidedBesideTheTaggersRiskInTheUsersWords() throws Exception {
        // a day of its own, far from the week the other tests count
        seed(List.of(
                flagged("dismissed", "ayo serbu kantor camat", "provokasi", "serbu", wita("2024-06-05T08:00:00"), 0.8)
                        .build(),
                flagged("open", "ayo serbu pasar", "provokasi", "serbu", wita("2024-06-05T09:00:00"), 0.8).build(),
                post("calm", "pasar ramai hari ini", wita("2024-06-05T10:00:00")).build()));
        client.update(u -> u.index(SasandoIndex.POSTS.alias(settings.indexPrefix())).id("x:dismissed")
                .doc(Map.of(PostFields.TRIAGE_STATUS, "false_alarm")).refresh(Refresh.True), Map.class);
        PostFilter day = PostFilter.range(LocalDate.parse("2024-06-05"), LocalDate.parse("2024-06-05"));
        int column = SearchService.COLUMNS.indexOf(PostFields.TRIAGE_STATUS);
        assertThat(SearchService.COLUMNS.get(column - 1)).isEqualTo("risk");

        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, day.toQuery());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(day, LocatorJ._get(SearchView.class).decisions, csv);
        Map<String, String> decided = new HashMap<>();
        csv.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(l -> {
            String[] cells = l.split(",");
            decided.put(cells[0], cells[column - 1] + " / " + cells[column]);
        });
        assertThat(decided).containsExactlyInAnyOrderEntriesOf(Map.of(
                "x:dismissed", "provokasi / Alarm palsu", "x:open", "provokasi / Belum ditinjau", "x:calm", " / "));

        // in English (the view is made anew: its words are taken when it is built)
        UI.getCurrent().navigate("overview");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(SearchView.class, day.toQuery());
        SearchView english = LocatorJ._get(SearchView.class);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        service.exportXlsx(day, english.exportHeader, english.decisions, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(column).getStringCellValue()).isEqualTo("Analyst decision");
            Map<String, String> words = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(column);
                words.put(sheet.getRow(r).getCell(0).getStringCellValue(),
                        cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(words).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "x:dismissed", "False alarm", "x:open", "Not yet reviewed", "x:calm", ""));
        }
    }

    @Test
    void exportsWriteEveryMatchingPost() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(week().withText("jalan"), Map.of(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(POSTS / 2 + 1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        service.exportXlsx(week(), SearchService.COLUMNS, Map.of(), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(POSTS + 4);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
        }
    }

    @Test
    void exportedTimesAreWitaTextWithOffsetInCsvAndDateCellsUnderATranslatedHeaderInXlsx() throws Exception {
        // s0 was posted at 08:00 WITA (00:00 UTC): the UI shows 08:00, so must the exports
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(week().withText("nomor 0"), Map.of(), csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).as("field names, as Sasando's own import format reads them")
                .isEqualTo("\uFEFF" + String.join(",", SearchService.COLUMNS));
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("x:s0,2024-07-10T08:00:00+08:00,2024-07-10,x,warga_s0,air mati di Oebobo nomor 0,neutral,"));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, week().toQuery());
        SearchView view = LocatorJ._get(SearchView.class);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        service.exportXlsx(week().withText("nomor 0"), view.exportHeader, view.decisions, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Waktu (WITA)");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Sentimen");
            var s0 = book.getSheetAt(0).getRow(1);
            assertThat(s0.getCell(0).getStringCellValue()).isEqualTo("x:s0");
            assertThat(DateUtil.isCellDateFormatted(s0.getCell(1))).isTrue();
            assertThat(s0.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2024-07-10T08:00:00"));
            assertThat(s0.getCell(6).getStringCellValue()).as("codes stay codes, as data").isEqualTo("neutral");
        }
    }

    @Test
    void sourcesAreNamedForPeopleAndFilteredByASelectOfTheKnownSources() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, week().with(PostFilter.SOURCE, "file").toQuery());
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.results.getListDataView().getItems().map(m -> m.post().nativeId()).toList())
                .containsExactly("imported");
        assertThat(GridKt._getFormattedRow(view.results, 0)).contains("Impor berkas").doesNotContain("file");

        @SuppressWarnings("unchecked")
        ComboBox<String> source = (ComboBox<String>) view.filterBar.field(FilterBar.Facet.SOURCE);
        assertThat(source.getValue()).isEqualTo("file");
        assertThat(source.getListDataView().getItems().toList()).containsExactlyElementsOf(Vocabulary.SOURCES);
        assertThat(source.getListDataView().getItems().map(source.getItemLabelGenerator()::apply).toList())
                .containsExactly("X", "Portal berita (RSS)", "Impor berkas");
    }

    @Test
    void anAddressTypedByHandMeansTheIndexedValueAndAValueOfNoVocabularyIsSaidToBeUnknown() {
        login("analis", "ANALYST");
        // "FILE" is the source "file": the imported post, its field showing it
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "source", "FILE")));
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.results.getListDataView().getItems().map(m -> m.post().nativeId()).toList())
                .containsExactly("imported");
        assertThat(view.filterBar.field(FilterBar.Facet.SOURCE).getValue()).isEqualTo("file");
        assertThat(view.filterBar.others().isVisible()).isFalse();

        // a topic no post can have: no results, and the bar says why instead of a field showing "foo"
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "topic", "foo")));
        view = LocatorJ._get(SearchView.class);
        assertThat(view.total.getText()).isEqualTo("0 hasil");
        assertThat(view.filterBar.field(FilterBar.Facet.TOPIC).getValue()).isNull();
        assertThat(view.filterBar.others().getElement().getTextRecursively())
                .contains("Topik: foo (nilai tidak dikenal: tidak ada unggahan yang cocok)");
        LocatorJ._click(LocatorJ._get(view.filterBar.others(), Button.class, spec -> spec.withText(
                "Topik: foo (nilai tidak dikenal: tidak ada unggahan yang cocok)")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey("topic");
        assertThat(LocatorJ._get(SearchView.class).filterBar.others().isVisible()).isFalse();
    }

    @Test
    void theViewShowsResultsFromTheUrlAndPostTextStaysText() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of(
                "from", "2024-07-08", "to", "2024-07-14", "q", "script")));
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.total.getText()).isEqualTo("1 hasil");
        assertThat(view.results.getListDataView().getItems().map(m -> m.post().nativeId()).toList())
                .containsExactly("xss");
        assertThat(SearchView.text(view.results.getListDataView().getItems().findFirst().orElseThrow())
                .getElement().getOuterHTML()).doesNotContain("<script>");
        assertThat(view.next.isEnabled()).isFalse();
    }

    @Test
    void theViewPagesForwardAndBack() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, week().toQuery());
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.previous.isEnabled()).isFalse();
        view.next.click();
        assertThat(view.previous.isEnabled()).isTrue();
        assertThat(view.results.getListDataView().getItemCount()).isEqualTo(SearchService.PAGE_SIZE);
        view.next.click();
        assertThat(view.results.getListDataView().getItemCount()).isEqualTo(POSTS + 4 - 2 * SearchService.PAGE_SIZE);
        view.previous.click();
        view.previous.click();
        assertThat(view.previous.isEnabled()).isFalse();
    }

    @Test
    void anOpenedRowSaysWhichWordsMadeItsSentiment() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(SearchView.class, week().toQuery());
        SearchView view = LocatorJ._get(SearchView.class);
        assertThat(view.results.isDetailsVisibleOnClick()).isTrue();

        Post complaint = post("why", "PDAM air mati lai di Oesapa, su tiga hari katong sonde dapa air",
                wita("2024-07-11T10:00:00")).sentiment("negative").build();
        Div why = view.why(new Match(complaint, List.of()));
        assertThat(why.getElement().getTextRecursively())
                .startsWith("Mengapa Negatif? Kata yang paling menentukan: ").contains("sonde");
        // the words are marked in the post's own text (its Kupang Malay "sonde", not the standard "tidak"),
        // titled with the label the analyst reads
        assertThat(why.getElement().getOuterHTML()).contains("data-category=\"Negatif\"")
                .contains(">sonde</span>").doesNotContain("tidak");
        // a particle that weighed ("lai", Kupang "lagi") is neither named nor marked: it explains nothing
        assertThat(why.getElement().getChild(0).getTextRecursively()).doesNotContainPattern("\\blai\\b");
        assertThat(why.getElement().getOuterHTML()).doesNotContain(">lai</span>");

        // a word standing twice ("PDAM ... #PDAM") is named once, both places marked, and the next word named
        Post twice = post("twice", "PDAM air mati lai di Oesapa Selatan, su 2 hari katong sonde dapa air. "
                + "@PLN_NTT tolong kasi jelas dolo #Kupang #PDAM #NTT", wita("2024-07-11T10:00:00"))
                .sentiment("negative").build();
        Div named = view.why(new Match(twice, List.of()));
        String sentence = named.getElement().getChild(0).getTextRecursively();
        List<String> words = List.of(sentence.substring(sentence.indexOf(": ") + 2).split(", "));
        assertThat(words).hasSize(3).doesNotHaveDuplicates().contains("PDAM");
        assertThat(named.getElement().getOuterHTML().split(">PDAM</span>", -1)).hasSize(3);

        // no stored sentiment, nothing to explain
        Post untagged = post("raw", "air mati", wita("2024-07-11T10:00:00")).sentiment(null).build();
        assertThat(view.why(new Match(untagged, List.of())).getChildren()).isEmpty();
    }
}

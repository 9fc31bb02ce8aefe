package id.go.kupangkota.sasando.dashboard.search;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Hint;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.base.ui.Downloads;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.MarkedText;
import id.go.kupangkota.sasando.dashboard.search.SearchResult.Cursor;
import id.go.kupangkota.sasando.dashboard.search.SearchResult.Match;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pencarian: every filter, highlighted matches, page by page, exportable. */
@Route(SearchLinks.ROUTE)
@Menu(order = 40, icon = "vaadin:search", title = "menu.search")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService service;
    final FilterBar filterBar;
    /** The XLSX export's header: each column's label in the user's language. */
    final List<String> exportHeader;
    /** The exports' decision column: each triage status in the user's words (read while exporting). */
    final Map<String, String> decisions;
    final Grid<Match> results = new Grid<>();
    final Span total = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    private final Span pageLabel = new Span();
    private final HorizontalLayout exports = new HorizontalLayout();
    /** Where the pages before the current one start (the first page's cursor is null). */
    private final List<Cursor> before = new ArrayList<>();
    private Cursor current;
    private SearchResult page;
    private PostFilter filter;

    SearchView(SearchService service) {
        this.service = service;
        exportHeader = SearchService.COLUMNS.stream().map(c -> getTranslation("export.post." + c)).toList();
        Map<String, String> words = new LinkedHashMap<>();
        Vocabulary.TRIAGE_STATUSES.forEach(s -> words.put(s, getTranslation("triage." + s)));
        words.put(SearchService.PENDING, getTranslation("export.triage.pending"));
        decisions = Map.copyOf(words);
        filterBar = new FilterBar(EnumSet.allOf(FilterBar.Facet.class),
                f -> UI.getCurrent().navigate(SearchView.class, f.toQuery()));
        results.addColumn(m -> Dates.time(m.post().createdAt()))
                .setHeader(getTranslation("post.created")).setAutoWidth(true).setFlexGrow(0);
        results.addColumn(m -> Labels.source(m.post().source())).setHeader(getTranslation("post.source"))
                .setAutoWidth(true).setFlexGrow(0);
        results.addColumn(m -> m.post().authorHandle()).setHeader(getTranslation("post.author")).setAutoWidth(true).setFlexGrow(0);
        results.addComponentColumn(SearchView::text).setHeader(getTranslation("post.text")).setFlexGrow(1);
        results.addColumn(m -> m.post().sentiment() == null ? "" : getTranslation("sentiment." + m.post().sentiment()))
                .setHeader(getTranslation("post.sentiment")).setAutoWidth(true).setFlexGrow(0);
        results.setAllRowsVisible(true);
        // a row opens on click: why the model read the post so (computed then, for that post only)
        results.setItemDetailsRenderer(new ComponentRenderer<>(this::why));
        previous.setText(getTranslation("search.previous"));
        next.setText(getTranslation("search.next"));
        previous.addClickListener(e -> {
            current = before.remove(before.size() - 1);
            load();
        });
        next.addClickListener(e -> {
            before.add(current);
            current = page.next();
            load();
        });
        HorizontalLayout paging = new HorizontalLayout(previous, pageLabel, next, total);
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span hint = Hint.of(getTranslation("search.why.hint"));
        add(new H2(getTranslation("search.title")), filterBar, exports, paging, hint, results);
    }

    /** The whole text, its matches marked when the search had words; always as text. */
    static Div text(Match m) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        if (m.fragments().isEmpty()) {
            cell.add(MarkedText.withEvidence(m.post().text(), null));
        } else {
            m.fragments().forEach(f -> cell.add(new Div(MarkedText.withMatches(f))));
        }
        return cell;
    }

    /** "Mengapa Negatif? Kata yang paling menentukan: mati, sonde", with those words marked. */
    Div why(Match m) {
        Div why = new Div();
        why.addClassName("sasando-why");
        why.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        if (m.post().sentiment() == null) {
            return why;
        }
        String label = getTranslation("sentiment." + m.post().sentiment());
        List<Evidence> words = service.sentimentEvidence(m.post()).stream()
                .map(e -> new Evidence(label, e.term(), e.start(), e.end())).toList();
        if (words.isEmpty()) {
            why.add(new Div(getTranslation("search.why.none", label)));
        } else {
            why.add(new Div(getTranslation("search.why", label,
                    words.stream().map(Evidence::term).distinct().collect(Collectors.joining(", ")))));
            why.add(new Div(MarkedText.withEvidence(m.post().text(), words)));
        }
        return why;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = PostFilter.fromQuery(event.getLocation().getQueryParameters(), service.clock());
        filterBar.setFilter(filter, event.getLocation().getQueryParameters());
        before.clear();
        current = null;
        PostFilter exported = filter;
        exports.removeAll();
        exports.add(Downloads.anchor(getTranslation("search.export.csv"), "sasando-posts.csv", "text/csv",
                        out -> service.exportCsv(exported, decisions, out)),
                Downloads.anchor(getTranslation("search.export.xlsx"), "sasando-posts.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> service.exportXlsx(exported, exportHeader, decisions, out)));
        load();
    }

    private void load() {
        page = service.search(filter, current);
        results.setItems(page.matches());
        total.setText(getTranslation("search.results", page.total()));
        pageLabel.setText(getTranslation("search.page", before.size() + 1));
        previous.setEnabled(!before.isEmpty());
        next.setEnabled(page.next() != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.search") + " | " + getTranslation("app.name");
    }
}

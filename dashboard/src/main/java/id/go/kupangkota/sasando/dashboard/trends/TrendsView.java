package id.go.kupangkota.sasando.dashboard.trends;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Charts;
import id.go.kupangkota.sasando.dashboard.base.ui.Counts;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.MarkedText;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tren: topics side by side over time, and what suddenly grew. */
@Route("trends")
@Menu(order = 20, icon = "vaadin:trending-up", title = "menu.trends")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String DEVIATION_COLUMN = "deviation";
    final Tooltip deviationHelp;
    /** URL parameter of the compared topics, comma-separated. */
    static final String COMPARE = "compare";
    static final List<String> DEFAULT_TOPICS = List.of("layanan_publik", "politik", "bencana");

    private final TrendsService service;
    private final FilterBar filterBar;
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final EChart chart = new EChart();
    final Grid<Burst> bursts = new Grid<>();
    final Grid<Post> behind = new Grid<>();
    final Span behindCount = new Span();
    final H3 burstsTitle = new H3();
    /** Said when a source filter is set: bursts are judged over all sources. */
    final Span allSources = new Span();
    private PostFilter filter;
    private boolean filling;

    TrendsView(TrendsService service) {
        this.service = service;
        filterBar = new FilterBar(EnumSet.of(FilterBar.Facet.SOURCE, FilterBar.Facet.KECAMATAN),
                f -> navigate(f, List.copyOf(topics.getSelectedItems())));
        topics.setLabel(getTranslation("trends.topics"));
        topics.setItems(Vocabulary.TOPICS);
        topics.setItemLabelGenerator(t -> getTranslation("topic." + t));
        topics.setWidth("min(100%, 40em)");
        topics.addValueChangeListener(e -> {
            if (!filling) {
                navigate(filterBar.read(), Vocabulary.TOPICS.stream().filter(e.getValue()::contains).toList());
            }
        });
        bursts.addColumn(Burst::day).setHeader(getTranslation("trends.day")).setAutoWidth(true);
        bursts.addColumn(Burst::term).setHeader(getTranslation("trends.term")).setAutoWidth(true);
        bursts.addColumn(b -> getTranslation("trends.kind." + b.kind()))
                .setHeader(getTranslation("trends.kind")).setAutoWidth(true);
        bursts.addColumn(Counts.renderer(Burst::count, getLocale()))
                .setHeader(getTranslation("trends.count")).setAutoWidth(true);
        // "z" means nothing to most analysts: the header says what it measures, its tooltip how to read it,
        // and each cell's tooltip gives the day's count against the usual one
        Span zHeader = new Span(getTranslation("trends.deviation"));
        deviationHelp = Tooltip.forComponent(zHeader).withText(getTranslation("trends.deviation.help"));
        bursts.addColumn(b -> String.format(getLocale(), "%.1f", b.z())).setHeader(zHeader).setAutoWidth(true)
                .setKey(DEVIATION_COLUMN)
                .setTooltipGenerator(b -> getTranslation("trends.deviation.cell", b.count(),
                        String.format(getLocale(), "%.1f", b.baselineMean()),
                        String.format(getLocale(), "%.1f", b.baselineStd())));
        bursts.setAllRowsVisible(true);
        bursts.setEmptyStateText(getTranslation("trends.bursts.empty"));
        bursts.asSingleSelect().addValueChangeListener(e -> showBehind(e.getValue()));
        behind.addColumn(p -> Dates.time(p.createdAt()))
                .setHeader(getTranslation("post.created")).setAutoWidth(true).setFlexGrow(0);
        behind.addColumn(Post::authorHandle).setHeader(getTranslation("post.author")).setAutoWidth(true).setFlexGrow(0);
        behind.addComponentColumn(p -> MarkedText.withEvidence(p.text(), p.evidence()))
                .setHeader(getTranslation("post.text")).setFlexGrow(1);
        behind.setAllRowsVisible(true);
        add(new H2(getTranslation("trends.title")), filterBar, topics, chart,
                burstsTitle, allSources, bursts, new H3(getTranslation("trends.posts")), behindCount, behind);
    }

    /**
     * A burst's example posts, and how many of the day's posts they are ("5 contoh dari 29"). With none
     * chosen, the empty table says how to fill it: standing empty, it read as "no posts behind the bursts".
     */
    private void showBehind(Burst burst) {
        List<Post> posts = burst == null ? List.of() : service.postsBehind(burst);
        behind.setItems(posts);
        behind.setEmptyStateText(burst != null || bursts.getListDataView().getItemCount() == 0 ? null
                : getTranslation("trends.posts.select"));
        behindCount.setText(burst == null ? "" : getTranslation("trends.posts.sample", posts.size(), burst.count()));
    }

    private void navigate(PostFilter f, List<String> compared) {
        Map<String, List<String>> p = new LinkedHashMap<>(f.toQuery().getParameters());
        if (!compared.isEmpty()) {
            p.put(COMPARE, List.of(String.join(",", compared)));
        }
        UI.getCurrent().navigate(TrendsView.class, new QueryParameters(p));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        filter = PostFilter.fromQuery(query, service.clock());
        List<String> compared = new ArrayList<>();
        query.getSingleParameter(COMPARE).ifPresent(v -> {
            for (String t : v.split(",")) {
                if (Vocabulary.TOPICS.contains(t)) {
                    compared.add(t);
                }
            }
        });
        if (compared.isEmpty()) {
            compared.addAll(DEFAULT_TOPICS);
        }
        filling = true;
        filterBar.setFilter(filter, query);
        topics.setValue(compared);
        filling = false;
        TopicSeries series = service.compare(filter, compared);
        chart.setOption(Charts.markToday(Charts.lines(getTranslation("trends.compare"),
                series.days().stream().map(Dates::day).toList(),
                compared.stream().map(t -> getTranslation("topic." + t)).toList(),
                label -> series.counts().get(compared.get(compared.stream()
                        .map(t -> getTranslation("topic." + t)).toList().indexOf(label)))),
                service.clock(), getTranslation("chart.today")));
        burstsTitle.setText(filter.kecamatan() == null ? getTranslation("trends.bursts")
                : getTranslation("trends.bursts.in", filter.kecamatan()));
        allSources.setText(getTranslation("trends.bursts.allSources"));
        allSources.setVisible(filter.source() != null);
        bursts.setItems(service.bursts(filter));
        showBehind(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.trends") + " | " + getTranslation("app.name");
    }
}

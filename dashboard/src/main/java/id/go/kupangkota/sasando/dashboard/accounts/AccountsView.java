package id.go.kupangkota.sasando.dashboard.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Counts;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Akun: who posts most, who draws engagement, who may be automated, who interacts with whom. */
@Route("accounts")
@Menu(order = 50, icon = "vaadin:users", title = "menu.accounts")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class AccountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** One colour per interaction kind, in {@link AccountsData#KINDS} order (ECharts' default palette). */
    static final List<String> KIND_COLOURS = List.of("#5470c6", "#91cc75", "#fac858", "#ee6666");

    private final AccountsService service;
    private final FilterBar filterBar;
    /** Says where the figures come from: the period's posts, with or without the weekly accounts job (and why). */
    final Span basis = new Span();
    final Grid<AccountStat> top = new Grid<>();
    final EChart network = new EChart();
    final Div legend = new Div();
    private final Grid.Column<AccountStat> reach;
    private final Grid.Column<AccountStat> botScore;
    private final Grid.Column<AccountStat> botWeek;
    final Grid.Column<AccountStat> botReasons;
    final Paragraph botHint = new Paragraph();

    AccountsView(AccountsService service) {
        this.service = service;
        filterBar = new FilterBar(EnumSet.of(FilterBar.Facet.TOPIC, FilterBar.Facet.SOURCE, FilterBar.Facet.RISK),
                f -> UI.getCurrent().navigate(AccountsView.class, f.toQuery()));
        top.addColumn(AccountStat::name).setHeader(getTranslation("post.author")).setAutoWidth(true);
        top.addColumn(Counts.renderer(AccountStat::posts, getLocale()))
                .setHeader(getTranslation("accounts.posts")).setAutoWidth(true);
        top.addColumn(Counts.renderer(AccountStat::engagement, getLocale()))
                .setHeader(getTranslation("accounts.engagement")).setAutoWidth(true);
        reach = top.addColumn(Counts.renderer(AccountStat::reach, getLocale()))
                .setHeader(getTranslation("accounts.reach")).setAutoWidth(true);
        botScore = top.addColumn(a -> a.botScore() == null ? "" : String.format(getLocale(), "%.2f", a.botScore()))
                .setHeader(getTranslation("accounts.bot")).setAutoWidth(true);
        // the job scores an account per ISO week: the score shown is its highest week's, named
        botWeek = top.addColumn(a -> a.botWeek() == null ? "" : a.botWeek())
                .setHeader(getTranslation("accounts.bot.week")).setAutoWidth(true);
        botHint.setText(getTranslation("accounts.bot.hint"));
        // at 1366 px the other columns leave the reasons a few letters ("banyak tek…"): they wrap instead,
        // whole in the tooltip too, as they are what an analyst checks a score by
        botReasons = top.addColumn(this::reasons).setHeader(getTranslation("accounts.bot.reasons")).setFlexGrow(1)
                .setTooltipGenerator(this::reasons);
        top.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        top.setAllRowsVisible(true);
        network.setHeight("520px");
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        for (int i = 0; i < AccountsData.KINDS.size(); i++) {
            Span kind = new Span("━ " + getTranslation("accounts.kind." + AccountsData.KINDS.get(i)));
            kind.getStyle().set("color", KIND_COLOURS.get(i));
            kind.getElement().setAttribute("data-kind", AccountsData.KINDS.get(i));
            legend.add(kind);
        }
        add(new H2(getTranslation("accounts.title")), filterBar, basis, network, legend,
                new H3(getTranslation("accounts.top")), botHint, top);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PostFilter filter = PostFilter.fromQuery(event.getLocation().getQueryParameters(), service.clock());
        filterBar.setFilter(filter, event.getLocation().getQueryParameters());
        AccountsData data = service.load(filter);
        String weeks = String.join(", ", data.weeks());
        basis.setText(switch (data.basis()) {
            case ACCOUNTS_JOB -> getTranslation("accounts.basis.job", weeks);
            case ACCOUNTS_JOB_WHOLE_WEEKS -> getTranslation("accounts.basis.job.weeks", weeks);
            case POSTS_NO_JOB_DATA -> getTranslation("accounts.basis.posts.empty");
            case POSTS_FACET -> getTranslation("accounts.basis.posts.facet");
        });
        boolean fromJob = data.basis().fromJob();
        reach.setVisible(fromJob);
        botScore.setVisible(fromJob);
        botWeek.setVisible(fromJob);
        botReasons.setVisible(fromJob);
        botHint.setVisible(fromJob); // it explains the bot score, which only the accounts job gives
        // counted from the posts, the network has mentions only (the basis line says so): the legend too
        legend.getChildren().forEach(kind -> kind.setVisible(fromJob
                || MENTION.equals(kind.getElement().getAttribute("data-kind"))));
        top.setItems(data.top());
        network.setOption(graph(getTranslation("accounts.network"), data,
                kind -> getTranslation("accounts.kind." + kind)));
    }

    private String reasons(AccountStat a) {
        if (a.botScore() == null) {
            return "";
        }
        if (a.botReasons().isEmpty()) {
            return getTranslation("accounts.bot.reason.none");
        }
        return a.botReasons().stream().map(r -> getTranslation("accounts.bot.reason." + r))
                .collect(Collectors.joining(", "));
    }

    private static final String MENTION = AccountsData.KINDS.get(0);

    /** Accounts whose names the network always shows; the rest show theirs on hover. */
    static final int LABELLED_NODES = 15;

    /**
     * A force-directed graph: node size by posts, one directed link per interaction kind and pair,
     * its colour and label by kind and its width by how many posts it stands for. Links of different
     * kinds between the same pair curve apart so none hides another. With a hundred accounts every
     * name at once is unreadable: only the busiest ({@link #LABELLED_NODES}, by posts and links) are
     * named, hovering an account names it and dims everything but its neighbours, and gravity keeps
     * the graph inside its box, below the title.
     */
    static ObjectNode graph(String title, AccountsData data, Function<String, String> kindLabel) {
        // a node per handle whatever its spelling (handles are case-insensitive on X, and an export may spell
        // one "Nona" where X and the job's edges have "nona"), named as the table names the account
        Map<String, String> shown = new HashMap<>();
        Function<String, String> nodeOf = handle -> shown.computeIfAbsent(handle.toLowerCase(Locale.ROOT), k -> handle);
        Map<String, Long> nodes = new LinkedHashMap<>();
        data.top().forEach(a -> nodes.merge(nodeOf.apply(a.name()), a.posts(), Long::sum));
        data.edges().forEach(e -> {
            nodes.putIfAbsent(nodeOf.apply(e.from()), 0L);
            nodes.putIfAbsent(nodeOf.apply(e.to()), 0L);
        });
        Map<String, Long> links = new HashMap<>();
        data.edges().forEach(e -> {
            links.merge(nodeOf.apply(e.from()), e.count(), Long::sum);
            links.merge(nodeOf.apply(e.to()), e.count(), Long::sum);
        });
        Set<String> labelled = nodes.keySet().stream()
                .sorted(Comparator.comparingLong((String n) -> nodes.get(n) + links.getOrDefault(n, 0L)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(LABELLED_NODES).collect(Collectors.toSet());
        ObjectNode o = EChart.option();
        o.putObject("title").put("text", title);
        o.putObject("tooltip");
        ObjectNode series = o.putArray("series").addObject().put("type", "graph").put("layout", "force")
                .put("roam", true).put("draggable", true).put("zoom", 0.7)
                .put("top", 48).put("bottom", 16).put("left", 16).put("right", 16);
        series.putArray("edgeSymbol").add("none").add("arrow");
        series.putObject("force").put("repulsion", 100).put("edgeLength", 60).put("gravity", 0.3);
        series.putObject("label").put("show", false).put("position", "right");
        series.putObject("emphasis").put("focus", "adjacency").putObject("label").put("show", true);
        ArrayNode nodeArray = series.putArray("data");
        nodes.forEach((name, posts) -> {
            ObjectNode node = nodeArray.addObject().put("name", name)
                    .put("value", posts).put("symbolSize", 8 + Math.min(40, Math.sqrt(posts) * 4));
            if (labelled.contains(name)) {
                node.putObject("label").put("show", true);
            }
        });
        ArrayNode linkArray = series.putArray("links");
        for (Edge e : data.edges()) {
            int kind = Math.max(0, AccountsData.KINDS.indexOf(e.kind()));
            ObjectNode link = linkArray.addObject()
                    .put("source", nodeOf.apply(e.from())).put("target", nodeOf.apply(e.to()))
                    .put("value", e.count()).put("kind", e.kind());
            link.putObject("lineStyle").put("width", Math.min(8, 1 + e.count() / 2.0))
                    .put("color", KIND_COLOURS.get(kind)).put("curveness", 0.1 * kind);
            // the kind's name from our own translations, shown when the link is hovered
            link.putObject("label").put("formatter", kindLabel.apply(e.kind()));
            link.putObject("emphasis").putObject("label").put("show", true);
        }
        return o;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts") + " | " + getTranslation("app.name");
    }
}

package id.go.kupangkota.sasando.dashboard.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Akun: who posts most, who draws engagement, who mentions whom. */
@Route("accounts")
@Menu(order = 50, icon = "vaadin:users", title = "menu.accounts")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class AccountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AccountsService service;
    private final FilterBar filterBar;
    final Grid<AccountStat> top = new Grid<>();
    final EChart network = new EChart();

    AccountsView(AccountsService service) {
        this.service = service;
        filterBar = new FilterBar(EnumSet.of(FilterBar.Facet.TOPIC, FilterBar.Facet.SOURCE, FilterBar.Facet.RISK),
                f -> UI.getCurrent().navigate(AccountsView.class, f.toQuery()));
        top.addColumn(AccountStat::handle).setHeader(getTranslation("post.author"));
        top.addColumn(AccountStat::posts).setHeader(getTranslation("accounts.posts"));
        top.addColumn(AccountStat::engagement).setHeader(getTranslation("accounts.engagement"));
        top.setAllRowsVisible(true);
        network.setHeight("520px");
        add(new H2(getTranslation("accounts.title")), filterBar, network, top);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PostFilter filter = PostFilter.fromQuery(event.getLocation().getQueryParameters(), service.clock());
        filterBar.setFilter(filter);
        AccountsData data = service.load(filter);
        top.setItems(data.top());
        network.setOption(graph(getTranslation("accounts.network"), data));
    }

    /** A force-directed graph: node size by posts, edge width by mentions. */
    static ObjectNode graph(String title, AccountsData data) {
        Map<String, Long> nodes = new LinkedHashMap<>();
        data.top().forEach(a -> nodes.put(a.handle(), a.posts()));
        data.edges().forEach(e -> nodes.putIfAbsent(e.to(), 0L));
        ObjectNode o = EChart.option();
        o.putObject("title").put("text", title);
        o.putObject("tooltip");
        ObjectNode series = o.putArray("series").addObject().put("type", "graph").put("layout", "force")
                .put("roam", true);
        series.putObject("force").put("repulsion", 120).put("edgeLength", 80);
        series.putObject("label").put("show", true).put("position", "right");
        ArrayNode nodeArray = series.putArray("data");
        nodes.forEach((name, posts) -> nodeArray.addObject().put("name", name)
                .put("value", posts).put("symbolSize", 8 + Math.min(40, Math.sqrt(posts) * 4)));
        ArrayNode links = series.putArray("links");
        for (Edge e : data.edges()) {
            links.addObject().put("source", e.from()).put("target", e.to()).put("value", e.count())
                    .putObject("lineStyle").put("width", Math.min(8, 1 + e.count() / 2.0));
        }
        return o;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts") + " | " + getTranslation("app.name");
    }
}

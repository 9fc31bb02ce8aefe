package id.go.kupangkota.sasando.dashboard.overview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Hint;
import id.go.kupangkota.sasando.dashboard.base.ui.Charts;
import id.go.kupangkota.sasando.dashboard.base.ui.Charts.Slice;
import id.go.kupangkota.sasando.dashboard.base.ui.Counts;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.KeyNumber;
import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.TagCloud;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.Bucket;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.DayPoint;
import id.go.kupangkota.sasando.dashboard.search.SearchLinks;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Ringkasan: the period at a glance, for analysts and leadership. */
@Route("")
@RouteAlias("overview")
@Menu(order = 10, icon = "vaadin:dashboard", title = "menu.overview")
@RolesAllowed({Roles.ANALYST, Roles.LEADERSHIP, Roles.ADMIN})
class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final OverviewService service;
    private final FilterBar filterBar;
    private final FlexLayout numbers = new FlexLayout();
    /** What the key numbers' percentages compare with: a period cut at this hour is not obvious. */
    final Span compared = new Span();
    final EChart volume = new EChart();
    final EChart emotions = new EChart();
    final TagCloud hashtags;
    final TagCloud terms;
    final EChart risks = new EChart();
    final EChart sources = new EChart();
    /** With one source, a sentence in the pie's place: a pie of one slice says it less plainly. */
    final Span oneSource = new Span();
    final Div oneSourceBox;
    final EChart kecamatan = new EChart();
    final Grid<Post> latest = new Grid<>();

    OverviewView(OverviewService service) {
        this.service = service;
        // a word's count is of posts: the aggregation counts a post once however often it repeats the word
        hashtags = new TagCloud(getTranslation("overview.hashtags"), getTranslation("overview.none"), getLocale(),
                this::posts);
        terms = new TagCloud(getTranslation("overview.terms"), getTranslation("overview.none"), getLocale(),
                this::posts);
        this.filterBar = new FilterBar(Set.of(FilterBar.Facet.TOPIC),
                f -> UI.getCurrent().navigate(OverviewView.class, f.toQuery()));
        numbers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        numbers.getStyle().set("gap", "var(--lumo-space-m)");
        latest.addColumn(p -> Dates.time(p.createdAt()))
                .setHeader(getTranslation("post.created")).setAutoWidth(true).setFlexGrow(0);
        latest.addColumn(p -> Labels.source(p.source())).setHeader(getTranslation("post.source")).setAutoWidth(true).setFlexGrow(0);
        latest.addColumn(Post::authorHandle).setHeader(getTranslation("post.author")).setAutoWidth(true).setFlexGrow(0);
        latest.addColumn(Post::text).setHeader(getTranslation("post.text")).setFlexGrow(1);
        latest.setAllRowsVisible(true);
        Hint.styled(compared);
        oneSourceBox = new Div(new H4(getTranslation("overview.sources")), oneSource);
        add(new H2(getTranslation("overview.title")), filterBar, numbers, compared, volume,
                row(emotions, risks), row(hashtags, terms), row(new Div(oneSourceBox, sources), kecamatan));
        if (service.showsPosts()) {
            add(new H2(getTranslation("overview.latest")), latest);
        }
    }

    private static FlexLayout row(Component a, Component b) {
        FlexLayout row = new FlexLayout(a, b);
        row.setWidthFull();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        // side by side when there is room, stacked on a narrow screen
        a.getElement().getStyle().set("flex", "1 1 26em").set("min-width", "0");
        b.getElement().getStyle().set("flex", "1 1 26em").set("min-width", "0");
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PostFilter filter = service.allowed(PostFilter.fromQuery(event.getLocation().getQueryParameters(),
                service.clock()));
        filterBar.setFilter(filter, event.getLocation().getQueryParameters());
        // a word leads to its posts in Pencarian, for who may search (leadership may not: plain words)
        Function<String, String> search = service.showsPosts() ? word -> searchHref(filter, word) : null;
        hashtags.setLink(search);
        terms.setLink(search);
        show(service.load(filter));
    }

    /** Pencarian's address for the posts of the period and filter that say {@code word} (a hashtag as written). */
    static String searchHref(PostFilter filter, String word) {
        return SearchLinks.of(filter.with(PostFilter.TEXT, word));
    }

    void show(OverviewData d) {
        numbers.removeAll();
        var locale = getLocale();
        // filtered by a topic, the posts talk about it (news and campaigns too): the flagged are among them
        String topic = d.filter().topic();
        KeyNumber posts = new KeyNumber(topic == null ? getTranslation("overview.posts")
                : getTranslation("overview.posts.topic", Labels.of("topic.", topic).toLowerCase(locale)),
                d.current().posts(), OverviewData.change(d.current().posts(), d.previous().posts()), locale);
        if (topic != null) {
            posts.explained(getTranslation("overview.posts.topic.hint"));
        }
        numbers.add(posts,
                new KeyNumber(getTranslation("overview.authors"), d.current().authors(),
                        OverviewData.change(d.current().authors(), d.previous().authors()), locale),
                new KeyNumber(getTranslation(topic == null ? "overview.flagged" : "overview.flagged.topic"),
                        d.current().flagged(),
                        OverviewData.change(d.current().flagged(), d.previous().flagged()), locale)
                        // as the weekly report splits them: the tagger's flag alone reads as live alarms
                        .explained(getTranslation("overview.flagged.triage", Counts.format(d.current().confirmed(),
                                locale), Counts.format(d.current().falseAlarms(), locale))),
                new KeyNumber(getTranslation("overview.negative"), d.current().negative(),
                        OverviewData.change(d.current().negative(), d.previous().negative()), locale),
                new KeyNumber(getTranslation("overview.engagement"), d.current().engagement(),
                        OverviewData.change(d.current().engagement(), d.previous().engagement()), locale)
                        // the sum of PostFields.ENGAGEMENT: the word alone does not say what is counted
                        .explained(getTranslation("overview.engagement.hint")));

        OverviewQuery.Range previous = OverviewQuery.previousRange(d.filter(), service.clock().instant());
        LocalDateTime end = LocalDateTime.ofInstant(previous.end(), Wita.ZONE);
        String from = Dates.day(Wita.day(previous.start()));
        compared.setText(end.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? getTranslation("overview.compared.days", from, Dates.day(end.toLocalDate().minusDays(1)))
                : getTranslation("overview.compared.partial", from, Dates.time(previous.end())));

        List<String> days = d.volume().stream().map(p -> Dates.day(p.day())).toList();
        List<String> names = new ArrayList<>();
        String total = getTranslation("overview.posts");
        names.add(total);
        Vocabulary.SENTIMENTS.forEach(s -> names.add(getTranslation("sentiment." + s)));
        volume.setOption(Charts.markToday(Charts.valueAxisName(Charts.lines(getTranslation("overview.volume"), days,
                names, name -> {
                    if (name.equals(total)) {
                        return d.volume().stream().map(DayPoint::posts).toList();
                    }
                    String code = Vocabulary.SENTIMENTS.get(names.indexOf(name) - 1);
                    return d.volume().stream().map(p -> p.sentiments().getOrDefault(code, 0L)).toList();
                }), getTranslation("overview.volume.axis")), service.clock(), getTranslation("chart.today")));
        emotions.setOption(chart(Charts.pie(getTranslation("overview.emotions"), slices(d.emotions(), "emotion.")),
                d.emotions()));
        // every category, none flagged included, as the weekly report lists them: a week without a flag
        // says "0" for each, which is news, not "no data"; only a period without posts has no data
        ObjectNode riskBars = Charts.bars(getTranslation("overview.risks"), slices(everyCategory(d.risks()), "risk."));
        risks.setOption(d.current().posts() == 0 ? Charts.noData(riskBars, getTranslation("overview.none")) : riskBars);
        hashtags.setWords(d.hashtags().stream().map(b -> new Slice("#" + b.key(), b.count())).toList());
        terms.setWords(slices(d.terms(), null));
        showSources(d.sources());
        // a period with posts, none of them naming a place in the city, is not a period without data
        ObjectNode places = Charts.bars(getTranslation("overview.kecamatan"), slices(d.kecamatan(), null));
        kecamatan.setOption(!d.kecamatan().isEmpty() ? places : Charts.noData(places, getTranslation(
                d.current().posts() == 0 ? "overview.none" : "overview.kecamatan.none")));
        latest.setItems(d.latest());
    }

    private void showSources(List<Bucket> buckets) {
        boolean one = buckets.size() == 1;
        oneSourceBox.setVisible(one);
        sources.setVisible(!one);
        if (one) {
            oneSource.setText(getTranslation("overview.sources.one", Labels.source(buckets.get(0).key()),
                    Counts.format(buckets.get(0).count(), getLocale())));
        } else {
            sources.setOption(chart(Charts.pie(getTranslation("overview.sources"), slices(buckets, Labels.SOURCE)),
                    buckets));
        }
    }

    /** The chart, or for a period without posts the chart saying so, as the clouds do. */
    private ObjectNode chart(ObjectNode option, List<Bucket> buckets) {
        return buckets.isEmpty() ? Charts.noData(option, getTranslation("overview.none")) : option;
    }

    /** The counts of every risk category, in the vocabulary's order, 0 for those without a flagged post. */
    static List<Bucket> everyCategory(List<Bucket> flagged) {
        return Vocabulary.RISK_CATEGORIES.stream().map(c -> new Bucket(c, flagged.stream()
                .filter(b -> b.key().equals(c)).mapToLong(Bucket::count).sum())).toList();
    }

    private List<Slice> slices(List<Bucket> buckets, String labelPrefix) {
        return buckets.stream()
                .map(b -> new Slice(labelPrefix == null ? b.key() : Labels.of(labelPrefix, b.key()), b.count()))
                .toList();
    }

    /** "1.234 unggahan": what a tag cloud's count is. */
    private String posts(long n) {
        return getTranslation("overview.cloud.count", Counts.format(n, getLocale()));
    }

    List<KeyNumber> keyNumbers() {
        return numbers.getChildren().map(KeyNumber.class::cast).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.overview") + " | " + getTranslation("app.name");
    }
}

package id.go.kupangkota.sasando.dashboard.risk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.base.ui.Downloads;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.Counts;
import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.MarkedText;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Risiko: analysts go through flagged posts and decide on each. */
@Route("risk")
@Menu(order = 30, icon = "vaadin:warning", title = "menu.risk")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class RiskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * URL parameter of the "only undecided" switch, written only when it is off (on is the default): a
     * shared link or a reload shows the same queue.
     */
    static final String UNREVIEWED = "unreviewed";
    /** URL parameter of the "group copies" switch, likewise written only when it is off (on is the default). */
    static final String GROUPED = "grouped";

    private final RiskService service;
    private final FilterBar filterBar;
    final Checkbox undecidedOnly = new Checkbox();
    /** One row per text: a chain message posted fifty times is one thing to read and decide. */
    final Checkbox grouped = new Checkbox();
    final Grid<RiskPost> queue = new Grid<>();
    final Div detail = new Div();
    final RadioButtonGroup<String> status = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button decide = new Button();
    /** Takes a decision back: a mistaken click must not leave a post out of the queue for good. */
    final Button reopen = new Button();
    /** How many flagged posts the queue holds, and a hint when it holds more than it can page through. */
    final Span total = new Span();
    /** The queue's order in words: by time alone the rows of a day looked shuffled. */
    final Span order = new Span();
    private PostFilter filter;
    private RiskPost selected;
    /** Set while beforeEnter shows the address's state: that is no user's change to navigate on. */
    private boolean filling;

    RiskView(RiskService service) {
        this.service = service;
        filterBar = new FilterBar(EnumSet.of(FilterBar.Facet.RISK, FilterBar.Facet.TOPIC, FilterBar.Facet.SOURCE,
                FilterBar.Facet.KECAMATAN), f -> navigate(f, undecidedOnly.getValue(), grouped.getValue()));
        undecidedOnly.setLabel(getTranslation("risk.unreviewed"));
        undecidedOnly.setValue(true);
        undecidedOnly.addValueChangeListener(e -> {
            if (!filling) {
                navigate(filter, e.getValue(), grouped.getValue());
            }
        });
        grouped.setLabel(getTranslation("risk.grouped"));
        grouped.setValue(true);
        grouped.addValueChangeListener(e -> {
            if (!filling) {
                navigate(filter, undecidedOnly.getValue(), e.getValue());
            }
        });

        queue.addColumn(r -> Dates.time(r.post().createdAt()))
                .setHeader(getTranslation("post.created")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(r -> labels("risk.", r.post().risk())).setHeader(getTranslation("post.risk")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(r -> r.post().riskScore() == null ? "" : score(r.post().riskScore()))
                .setHeader(getTranslation("post.score")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(r -> r.post().authorHandle()).setHeader(getTranslation("post.author")).setAutoWidth(true)
                .setFlexGrow(0);
        queue.addColumn(r -> r.post().text()).setHeader(getTranslation("post.text")).setFlexGrow(1);
        queue.addColumn(r -> r.copies() > 1 ? "×" + Counts.format(r.copies(), getLocale()) : "")
                .setHeader(getTranslation("risk.copies.column")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(r -> r.triageStatus() == null ? "" : getTranslation("triage." + r.triageStatus()))
                .setHeader(getTranslation("post.triage")).setAutoWidth(true).setFlexGrow(0);
        queue.setHeight("28em");
        queue.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        status.setLabel(getTranslation("post.triage"));
        status.setItems(Vocabulary.TRIAGE_STATUSES);
        status.setItemLabelGenerator(s -> getTranslation("triage." + s));
        note.setLabel(getTranslation("risk.note"));
        note.setWidthFull();
        decide.setText(getTranslation("risk.decide"));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(e -> save());
        reopen.setText(getTranslation("risk.reopen"));
        reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reopen.addClickListener(e -> reopenSelected());

        HorizontalLayout exports = new HorizontalLayout(
                Downloads.anchor(getTranslation("risk.export.csv"), "sasando-triage.csv", "text/csv", service::exportCsv),
                Downloads.anchor(getTranslation("risk.export.jsonl"), "sasando-triage.jsonl", "application/x-ndjson",
                        service::exportJsonl));
        // an empty file before the first decision puzzled analysts: say what the files hold
        exports.getChildren().forEach(a -> Tooltip.forComponent(a).withText(getTranslation("risk.export.help")));
        detail.add(new Span(getTranslation("risk.select")));
        detail.setWidthFull();
        order.setText(getTranslation("risk.order"));
        order.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2(getTranslation("risk.title")), filterBar, new HorizontalLayout(undecidedOnly, grouped, exports),
                new Div(total, new Span(" "), order), queue, detail);
    }

    private void navigate(PostFilter f, boolean undecided, boolean byText) {
        Map<String, List<String>> p = new LinkedHashMap<>(f.toQuery().getParameters());
        if (!undecided) {
            p.put(UNREVIEWED, List.of("false"));
        }
        if (!byText) {
            p.put(GROUPED, List.of("false"));
        }
        UI.getCurrent().navigate(RiskView.class, new QueryParameters(p));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        filter = PostFilter.fromQuery(query, service.clock());
        filterBar.setFilter(filter, query);
        filling = true;
        undecidedOnly.setValue(!"false".equals(query.getSingleParameter(UNREVIEWED).orElse(null)));
        grouped.setValue(!"false".equals(query.getSingleParameter(GROUPED).orElse(null)));
        filling = false;
        refresh();
    }

    /**
     * The grid pages lazily through the whole queue: Elasticsearch sorts and pages, the grid asks only
     * for the rows in view. The count is taken once per refresh and shown with the grid.
     */
    private void refresh() {
        if (filter == null) {
            return;
        }
        PostFilter current = filter;
        boolean undecided = undecidedOnly.getValue();
        boolean byText = grouped.getValue();
        long count = service.count(current, undecided);
        long texts = byText ? service.countTexts(current, undecided) : count;
        int rows = (int) Math.min(texts, RiskService.MAX_QUEUE_WINDOW);
        String text = count == 0 ? getTranslation("risk.none")
                : texts > rows ? getTranslation("risk.total.capped", count, rows)
                : getTranslation("risk.total", count);
        if (byText && count > 0) {
            text += " " + getTranslation("risk.total.texts", texts);
            long left = service.ungroupable(current, undecided);
            if (left > 0) {
                // never hide a flagged post silently: say how many the grouping cannot show, and how to see them
                text += " " + getTranslation("risk.total.ungroupable", left);
            }
        }
        total.setText(text);
        order.setVisible(count > 0);
        queue.setItems(query -> service.page(current, undecided, byText, query.getOffset(),
                        Math.max(0, Math.min(query.getLimit(), rows - query.getOffset()))).stream(),
                query -> Math.max(0, Math.min(rows - query.getOffset(), query.getLimit())));
    }

    void select(RiskPost post) {
        selected = post;
        detail.removeAll();
        if (post == null) {
            detail.add(new Span(getTranslation("risk.select")));
            return;
        }
        Post p = post.post();
        List<Evidence> raised = raisedEvidence(p);
        Div text = new Div(MarkedText.withEvidence(p.text(), raised));
        text.getStyle().set("margin", "var(--lumo-space-s) 0").set("white-space", "pre-line");
        detail.add(new H3(p.authorHandle() + " · " + labels("risk.", p.risk())), context(p), text, evidence(raised));
        if (post.copies() > 1) {
            detail.add(new Div(new Span(getTranslation("risk.copies", Counts.format(post.copies(), getLocale())))));
        }
        status.setValue(post.triageStatus());
        note.clear();
        reopen.setVisible(post.triageStatus() != null);
        detail.add(status, note, new HorizontalLayout(decide, reopen), new H3(getTranslation("risk.history")));
        for (TriageDecision d : service.history(post.post().id())) {
            detail.add(new Div(new Span(Dates.time(d.decidedAt()) + " · " + d.analyst() + " · "
                    + getTranslation("triage." + d.status()) + (d.note().isEmpty() ? "" : " · " + d.note()))));
        }
    }

    /** When, where from, how severe and in which stance, and a link to the original when there is one. */
    private Div context(Post p) {
        List<String> parts = new ArrayList<>();
        if (p.createdAt() != null) {
            parts.add(Dates.time(p.createdAt()) + " WITA");
        }
        parts.add(Labels.source(p.source()));
        if (p.riskScore() != null) {
            parts.add(getTranslation("post.score") + " " + score(p.riskScore()));
        }
        if ("promoting".equals(p.stance()) && p.risk() != null && !p.risk().isEmpty()) {
            parts.add(getTranslation("risk.promoting", labels("risk.", p.risk()))); // promoting what
        } else if (p.stance() != null) {
            parts.add(getTranslation("stance." + p.stance()));
        }
        if (p.kecamatan() != null) {
            parts.add(p.kecamatan());
        }
        Div line = new Div(new Span(String.join(" · ", parts)));
        if (p.url() != null && (p.url().startsWith("https://") || p.url().startsWith("http://"))) {
            Anchor original = new Anchor(p.url(), getTranslation("risk.original"));
            original.setTarget("_blank");
            original.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(new Span(" · "), original);
        }
        line.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    /** A risk score as the queue and the detail both write it: two decimals in the UI's language. */
    private String score(double value) {
        return String.format(getLocale(), "%.2f", value);
    }

    /** The words that raised each category: what an analyst checks before deciding. */
    private Div evidence(List<Evidence> raised) {
        String found = raised.stream()
                .map(e -> e.term() + " (" + getTranslation("risk." + e.category()) + ")")
                .distinct().collect(Collectors.joining(", "));
        return new Div(new Span(getTranslation("risk.evidence") + ": " + (found.isEmpty() ? "–" : found)));
    }

    /**
     * The evidence of the categories the post was flagged for, in text order: the words the text
     * marks are the words the evidence line lists. Topic and place evidence ("PDAM", "Oebobo") is left
     * out, and so is a span inside a longer one of the same category ("grup sebelah" inside "info dari
     * grup sebelah"): it raised nothing the longer one did not.
     */
    static List<Evidence> raisedEvidence(Post p) {
        List<String> raised = p.risk() == null ? List.of() : p.risk();
        List<Evidence> candidates = (p.evidence() == null ? List.<Evidence>of() : p.evidence()).stream()
                .filter(e -> raised.contains(e.category())).toList();
        return candidates.stream()
                .filter(e -> candidates.stream().noneMatch(o -> o != e && o.category().equals(e.category())
                        && o.start() <= e.start() && e.end() <= o.end() && o.end() - o.start() > e.end() - e.start()))
                .distinct()
                .sorted(Comparator.comparingInt(Evidence::start))
                .toList();
    }

    private void save() {
        if (selected == null) {
            return;
        }
        if (status.getValue() == null) { // a click that did nothing read as a save that failed silently
            status.setInvalid(true);
            status.setErrorMessage(getTranslation("risk.decide.choose"));
            return;
        }
        status.setInvalid(false);
        RiskPost decided = new RiskPost(selected.post(), status.getValue(), selected.copies());
        if (selected.copies() > 1) {
            service.decideCopies(selected, filter, undecidedOnly.getValue(), status.getValue(), note.getValue());
        } else {
            service.decide(decided.post().id(), decided.triageStatus(), note.getValue());
        }
        Notification.show(getTranslation("risk.decided"));
        refresh(); // an undecided-only queue drops the post; its detail stays open with the history
        select(decided);
    }

    private void reopenSelected() {
        if (selected == null || selected.triageStatus() == null) {
            return;
        }
        int reopened = service.reopen(selected, filter, note.getValue()).size();
        Notification.show(getTranslation("risk.reopened", Counts.format(reopened, getLocale())));
        RiskPost undecided = new RiskPost(selected.post(), null, selected.copies());
        refresh();
        select(undecided);
    }

    private String labels(String prefix, List<String> codes) {
        return codes == null ? "" : codes.stream().map(c -> getTranslation(prefix + c)).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.risk") + " | " + getTranslation("app.name");
    }
}

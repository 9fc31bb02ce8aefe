package id.go.kupangkota.sasando.dashboard.sources;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.i18n.TranslatableException;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Hint;
import id.go.kupangkota.sasando.dashboard.base.ui.Charts;
import id.go.kupangkota.sasando.dashboard.base.ui.Counts;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.base.ui.FilterBar;
import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;
import jakarta.annotation.security.RolesAllowed;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sumber: is every source delivering, and where are the holes? Alerts are acknowledged and resolved here. */
@Route("sources")
@Menu(order = 60, icon = "vaadin:cloud-download", title = "menu.sources")
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
class SourcesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUERY_COLUMN = "query";
    static final String STATUS_COLUMN = "status";
    static final String GAPS_COLUMN = "gaps";
    static final String DUPLICATES_COLUMN = "duplicates";
    static final String REJECTED_COLUMN = "rejected";
    static final String ERROR_COLUMN = "error";
    /** Translation prefix of a run's status (ingest's RunStatus: ok, partial, failed). */
    private static final String STATUS = "sources.status.";
    /** Translation prefix of a run's error code (core ErrorCode). */
    static final String ERROR = "sources.error.";
    static final String ALERT_KIND_COLUMN = "kind";
    static final String ALERT_SEVERITY_COLUMN = "severity";
    static final String ALERT_MESSAGE_COLUMN = "message";
    static final String ALERT_ACTIONS_COLUMN = "actions";
    static final String STATS_LAST_POST_COLUMN = "last_post";
    static final String STATS_LAST_INGEST_COLUMN = "last_ingest";
    /** Translation prefixes of an alert's kind, severity, status and words (ingest's Alert). */
    private static final String ALERT_KIND = "sources.alert.kind.";
    private static final String ALERT_SEVERITY = "sources.alert.severity.";
    private static final String ALERT_STATUS = "sources.alert.status.";
    private static final String ALERT_MESSAGE = "sources.alert.message.";

    private final SourcesService service;
    private final FilterBar filterBar;
    final Grid<SourceStat> stats = new Grid<>();
    /** Whether the posts every view reads are as fresh as what ingest landed ({@link Processing}). */
    final Span processing = new Span();
    final EChart coverage = new EChart();
    final Grid<CoverageRun> runs = new Grid<>();
    /** What ingest raised: a source or a feed failing run after run must not go unseen. */
    final Grid<SourceAlert> alerts = new Grid<>();
    private PostFilter filter;

    SourcesView(SourcesService service) {
        this.service = service;
        filterBar = new FilterBar(EnumSet.noneOf(FilterBar.Facet.class),
                f -> UI.getCurrent().navigate(SourcesView.class, f.toQuery()));
        // a narrow window leaves a column little room: its text wraps (as in the grids below) and its
        // tooltip holds it whole, so "Tidak ada unggahan dalam rentang ini" is never cut to "Tidak ada ungg…"
        stats.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        stats.addColumn(s -> Labels.source(s.source())).setHeader(getTranslation("post.source"))
                .setTooltipGenerator(s -> Labels.source(s.source()));
        stats.addColumn(Counts.renderer(SourceStat::posts, getLocale())).setHeader(getTranslation("sources.posts"));
        stats.addColumn(this::lastPostShown).setHeader(getTranslation("sources.last_post"))
                .setKey(STATS_LAST_POST_COLUMN).setTooltipGenerator(this::lastPostShown);
        stats.addColumn(s -> time(s.lastIngest())).setHeader(getTranslation("sources.last_ingest"))
                .setKey(STATS_LAST_INGEST_COLUMN);
        stats.setAllRowsVisible(true);
        // the short columns keep their width (header included); the query and the error message share
        // what is left and wrap, so a long one never pushes the counts (Celah last) out of sight
        // compact: thirteen columns at the default cell padding overflowed 1366 px by about 200 px and hid
        // the error message, the column a failed run is opened for
        runs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.addColumn(r -> time(r.finishedAt())).setHeader(getTranslation("sources.run.at")).setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(r -> Labels.source(r.source())).setHeader(getTranslation("post.source"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(SourcesView::queryShown).setHeader(getTranslation("sources.run.query")).setWidth("8em")
                .setFlexGrow(1).setKey(QUERY_COLUMN).setTooltipGenerator(CoverageRun::query);
        runs.addColumn(r -> Labels.of(STATUS, r.status())).setHeader(getTranslation("sources.run.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey(STATUS_COLUMN);
        runs.addColumn(Counts.renderer(CoverageRun::fetched, getLocale()))
                .setHeader(getTranslation("sources.run.fetched")).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(Counts.renderer(CoverageRun::duplicates, getLocale()))
                .setHeader(getTranslation("sources.run.duplicates")).setAutoWidth(true).setFlexGrow(0)
                .setKey(DUPLICATES_COLUMN);
        runs.addColumn(Counts.renderer(CoverageRun::rejected, getLocale()))
                .setHeader(getTranslation("sources.run.rejected")).setAutoWidth(true).setFlexGrow(0)
                .setKey(REJECTED_COLUMN);
        runs.addColumn(Counts.renderer(CoverageRun::errors, getLocale()))
                .setHeader(getTranslation("sources.run.errors")).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(Counts.renderer(CoverageRun::warnings, getLocale()))
                .setHeader(getTranslation("sources.run.warnings")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> String.join("\n", r.firstWarnings()));
        runs.addColumn(Counts.renderer(CoverageRun::rateLimitWaits, getLocale()))
                .setHeader(getTranslation("sources.run.waits")).setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> r.gaps().size()).setHeader(getTranslation("sources.run.gaps")).setAutoWidth(true)
                .setFlexGrow(0).setKey(GAPS_COLUMN);
        runs.addColumn(this::errorShown).setHeader(getTranslation("sources.run.error")).setWidth("10em")
                .setFlexGrow(2).setKey(ERROR_COLUMN).setTooltipGenerator(this::errorDetail);
        alerts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        alerts.addColumn(a -> time(a.raisedAt())).setHeader(getTranslation("sources.run.at")).setAutoWidth(true)
                .setFlexGrow(0);
        alerts.addColumn(a -> Labels.source(a.source())).setHeader(getTranslation("post.source")).setAutoWidth(true)
                .setFlexGrow(0);
        alerts.addColumn(a -> Labels.of(ALERT_KIND, a.kind())).setHeader(getTranslation("sources.alert.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey(ALERT_KIND_COLUMN);
        alerts.addColumn(a -> Labels.of(ALERT_SEVERITY, a.severity()))
                .setHeader(getTranslation("sources.alert.severity")).setAutoWidth(true).setFlexGrow(0)
                .setKey(ALERT_SEVERITY_COLUMN);
        alerts.addColumn(SourceAlert::consecutiveFailures).setHeader(getTranslation("sources.alert.failures"))
                .setAutoWidth(true).setFlexGrow(0);
        alerts.addColumn(this::alertShown).setHeader(getTranslation("sources.alert.message")).setWidth("12em")
                .setFlexGrow(2).setKey(ALERT_MESSAGE_COLUMN).setTooltipGenerator(this::alertDetail);
        // who handled it and why: the status says the last of it, the tooltip all of it, earlier streaks included
        alerts.addColumn(this::alertStatus).setHeader(getTranslation("sources.run.status"))
                .setWidth("10em").setFlexGrow(1).setKey(STATUS_COLUMN).setTooltipGenerator(this::alertHandling);
        // who may act sees the buttons; leadership (should the view be opened to it) only reads
        if (service.canHandleAlerts()) {
            alerts.addComponentColumn(this::alertActions).setHeader(getTranslation("sources.alert.actions"))
                    .setAutoWidth(true).setFlexGrow(0).setKey(ALERT_ACTIONS_COLUMN);
        }
        alerts.setAllRowsVisible(true);
        alerts.setEmptyStateText(getTranslation("sources.alerts.none"));
        // an alert opens on click (as a post in Pencarian): everyone who handled it, newest first, the streaks
        // before the one it is open for included
        alerts.setItemDetailsRenderer(new ComponentRenderer<>(this::handlingDetails));
        Span hint = Hint.of(getTranslation("sources.alerts.hint"));
        add(new H2(getTranslation("sources.title")), filterBar, stats, processing, new H3(getTranslation("sources.alerts")), hint,
                alerts, coverage, new H3(getTranslation("sources.runs")), runs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = PostFilter.fromQuery(event.getLocation().getQueryParameters(), service.clock());
        filterBar.setFilter(filter, event.getLocation().getQueryParameters());
        List<SourceStat> s = service.stats(filter);
        stats.setItems(s);
        List<String> days = new ArrayList<>();
        for (var d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            days.add(Dates.day(d));
        }
        Map<String, List<Long>> perDay = new LinkedHashMap<>();
        s.forEach(x -> perDay.put(Labels.source(x.source()), x.perDay()));
        coverage.setOption(Charts.markToday(Charts.lines(getTranslation("sources.coverage"), days,
                List.copyOf(perDay.keySet()), name -> perDay.getOrDefault(name, List.of())),
                service.clock(), getTranslation("chart.today")));
        alerts.setItems(service.alerts(filter));
        runs.setItems(service.latestRuns());
        showProcessing(service.processing());
    }

    /**
     * Up to which fetch the dashboard holds posts and when they were last processed; a warning, in the error
     * colour, when landed posts have waited for the pipeline longer than it takes.
     */
    private void showProcessing(Processing p) {
        String text;
        if (p.behind()) {
            text = getTranslation("sources.processing.behind", Counts.format(p.waiting(), getLocale()),
                    time(p.waitingSince()));
        } else if (p.indexedUpTo() == null) {
            text = getTranslation("sources.processing.none");
        } else {
            text = getTranslation("sources.processing.up_to", time(p.indexedUpTo()), time(p.taggedAt()));
            if (p.waiting() > 0) {
                text += " " + getTranslation("sources.processing.pending", Counts.format(p.waiting(), getLocale()));
            }
        }
        processing.setText(text);
        if (p.behind()) {
            processing.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600")
                    .remove("font-size");
        } else {
            Hint.styled(processing).getStyle().remove("font-weight");
        }
    }

    /** When the source's last post in the period was made, or that it made none. */
    private String lastPostShown(SourceStat s) {
        return s.posts() == 0 ? getTranslation("sources.none") : time(s.lastPost());
    }

    /**
     * The alert's status in words, with who acknowledged or resolved it, when, and their note; an open alert
     * someone handled in a streak before says it is open again.
     */
    String alertStatus(SourceAlert a) {
        if (SourceAlert.RESOLVED.equals(a.status()) && a.resolvedAt() != null) {
            return a.resolvedBy() == null ? getTranslation("sources.alert.recovered", time(a.resolvedAt()))
                    : resolvedBy(a);
        }
        if (SourceAlert.ACKNOWLEDGED.equals(a.status()) && a.acknowledgedBy() != null) {
            return acknowledgedBy(a);
        }
        if (SourceAlert.OPEN.equals(a.status()) && a.reopened()) {
            return getTranslation(ALERT_STATUS + "reopened");
        }
        return Labels.of(ALERT_STATUS, a.status());
    }

    /**
     * Everyone who handled the alert, with their notes: a resolution's status hides the acknowledgement's note;
     * then, for an alert open again, who handled it in the streaks before (newest first).
     */
    String alertHandling(SourceAlert a) {
        List<String> lines = new ArrayList<>();
        if (a.acknowledgedBy() != null) {
            lines.add(acknowledgedBy(a));
        }
        if (SourceAlert.RESOLVED.equals(a.status()) && a.resolvedAt() != null) {
            lines.add(alertStatus(a));
        }
        if (lines.isEmpty()) {
            lines.add(alertStatus(a));
        }
        if (a.reopened()) {
            lines.add(getTranslation("sources.alert.history.before"));
            lines.addAll(handledBefore(a));
        }
        return String.join("\n", lines);
    }

    /** Who handled the alert, newest first: in the streak it is for now, then in those before it. */
    List<String> handlingNewestFirst(SourceAlert a) {
        List<String> lines = new ArrayList<>();
        if (SourceAlert.RESOLVED.equals(a.status()) && a.resolvedAt() != null) {
            lines.add(alertStatus(a));
        }
        if (a.acknowledgedBy() != null) {
            lines.add(acknowledgedBy(a));
        }
        lines.addAll(handledBefore(a));
        return lines;
    }

    /** The alert's details: its handling newest first, or that nobody has handled it yet. */
    Component handlingDetails(SourceAlert a) {
        List<String> lines = handlingNewestFirst(a);
        Div details = new Div(new Span(getTranslation(lines.isEmpty() ? "sources.alert.history.none"
                : "sources.alert.history")));
        if (!lines.isEmpty()) {
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            details.add(list);
        }
        return details;
    }

    /** What people did on the alert in the streaks before, newest first. */
    private List<String> handledBefore(SourceAlert a) {
        List<String> lines = new ArrayList<>();
        for (int i = a.history().size() - 1; i >= 0; i--) {
            AlertHandling h = a.history().get(i);
            lines.add(handledBy(h.action(), h.by(), h.at(), h.note()));
        }
        return lines;
    }

    private String acknowledgedBy(SourceAlert a) {
        return handledBy(SourceAlert.ACKNOWLEDGED, a.acknowledgedBy(), a.acknowledgedAt(), a.acknowledgedNote());
    }

    /** Resolved by hand: by whom, when, and why (alerts resolved before notes existed have none). */
    private String resolvedBy(SourceAlert a) {
        return handledBy(SourceAlert.RESOLVED, a.resolvedBy(), a.resolvedAt(), a.resolvedNote());
    }

    /** "Diketahui oleh analis (2024-07-14 12:00): sedang dicek": an action ({@code acknowledged}, {@code resolved}). */
    private String handledBy(String action, String by, Instant at, String note) {
        String key = "sources.alert." + action + "_by";
        return note == null ? getTranslation(key, by, time(at)) : getTranslation(key + ".note", by, time(at), note);
    }

    private Component alertActions(SourceAlert a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (a.acknowledgeable()) {
            Button acknowledge = new Button(getTranslation("sources.alert.acknowledge"), e -> askNote(a, false));
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(acknowledge);
        }
        if (a.resolvable()) {
            Button resolve = new Button(getTranslation("sources.alert.resolve"), e -> askNote(a, true));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(resolve);
        }
        return actions;
    }

    /**
     * Asks for the note of a resolution (required: why it is over) or an acknowledgement (optional), then makes
     * the change; a note the service refuses keeps the dialog open with the reason under the field.
     */
    private void askNote(SourceAlert a, boolean resolve) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(resolve ? "sources.alert.resolve.title"
                : "sources.alert.acknowledge.title"));
        TextArea note = new TextArea(getTranslation("sources.alert.note"));
        note.setHelperText(getTranslation(resolve ? "sources.alert.resolve.help" : "sources.alert.acknowledge.help"));
        note.setMaxLength(SourcesService.NOTE_MAX);
        note.setRequiredIndicatorVisible(resolve);
        note.setWidthFull();
        Button confirm = new Button(getTranslation(resolve ? "sources.alert.resolve" : "sources.alert.acknowledge"),
                e -> {
                    try {
                        boolean done = resolve ? service.resolve(a, note.getValue())
                                : service.acknowledge(a, note.getValue());
                        dialog.close();
                        handled(done);
                    } catch (TranslatableException refused) {
                        note.setErrorMessage(getTranslation(refused.key(), refused.params()));
                        note.setInvalid(true);
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("sources.alert.cancel"), e -> dialog.close());
        Paragraph what = new Paragraph(alertShown(a)); // names the source already
        dialog.add(new VerticalLayout(what, note, new HorizontalLayout(confirm, cancel)));
        dialog.setWidth("32em");
        dialog.open();
    }

    /** Shows the alerts as they are now; says so when someone (or ingest) had changed one first. */
    private void handled(boolean done) {
        if (!done) {
            Notification.show(getTranslation("sources.alert.changed"), 6000, Notification.Position.MIDDLE);
        }
        alerts.setItems(service.alerts(filter));
    }

    /**
     * The run's error in the analyst's words, from its code, with what to do where that is clear; a run
     * recorded before ingest stored codes (or with a code this dashboard does not know) shows ingest's own
     * text, as it did. For a run that rejected items without failing (a broken line of an export:
     * "partial", no error) how many and where ingest keeps them, so "partial" never stands unexplained.
     */
    String errorShown(CoverageRun r) {
        String worded = worded(r.errorCode(), r.errorArgs());
        if (worded != null) {
            return worded;
        }
        if (hasText(r.error())) {
            return r.error();
        }
        return r.rejected() == 0 ? null : getTranslation("sources.run.rejected.kept", r.rejected(), r.source());
    }

    /** The tooltip of the error: under a worded error ingest's English text, the technical detail for admins. */
    String errorDetail(CoverageRun r) {
        return worded(r.errorCode(), r.errorArgs()) != null && hasText(r.error())
                ? getTranslation("sources.run.error.detail", r.error()) : errorShown(r);
    }

    /**
     * The alert in the analyst's words: what failed how often, and its last error from its code with what to do
     * (as a run's error says it); an alert written before ingest stored codes (or with a code this dashboard does
     * not know) shows ingest's own text, as it did.
     */
    String alertShown(SourceAlert a) {
        String error = worded(a.errorCode(), a.errorArgs());
        if (error == null) {
            return a.message();
        }
        String source = Labels.source(a.source());
        if (SourceAlert.SOURCE_FAILING.equals(a.kind())) {
            return getTranslation(ALERT_MESSAGE + a.kind(), source, a.consecutiveFailures(), error);
        }
        String query = queryShown(a.source(), a.query(), a.queryValue());
        if (SourceAlert.QUERY_FAILING.equals(a.kind()) && query != null) {
            return getTranslation(ALERT_MESSAGE + a.kind(), source, a.consecutiveFailures(), query, error);
        }
        return a.message();
    }

    /** The tooltip of an alert: under its worded form ingest's English error, the technical detail. */
    String alertDetail(SourceAlert a) {
        return !alertShown(a).equals(a.message()) && hasText(a.lastError())
                ? getTranslation("sources.run.error.detail", a.lastError()) : a.lastError();
    }

    /**
     * The bundle's words for an error code, its arguments written the dashboard's way (a time as
     * {@link Dates#time}, WITA); null when there is no code, or a code or argument the words cannot use.
     */
    private String worded(String errorCode, Map<String, String> errorArgs) {
        ErrorCode code = ErrorCode.of(errorCode).orElse(null);
        if (code == null || !Translations.bundle(getLocale()).containsKey(ERROR + code.code())) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        for (ErrorArg arg : code.args()) {
            String value = errorArgs.get(arg.key());
            if (value == null) {
                return null; // ingest's own text says more than a message with a hole
            }
            args.add(arg.time() ? time(value) : value);
        }
        return getTranslation(ERROR + code.code(), args.toArray());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The query as people wrote it (a search expression, a feed's address, an imported file's name),
     * not ingest's checkpoint key ("f-0b33b1fa…-sasando"), which the tooltip keeps.
     */
    static String queryShown(CoverageRun r) {
        return queryShown(r.source(), r.query(), r.queryValue());
    }

    private static String queryShown(String source, String query, String queryValue) {
        if (queryValue == null || queryValue.isBlank()) {
            return query;
        }
        if ("file".equals(source)) {
            Path name = Path.of(queryValue).getFileName();
            return name == null ? queryValue : name.toString();
        }
        return queryValue;
    }

    private static String time(Instant i) {
        return Dates.time(i);
    }

    /** An ISO instant from a stored argument, as the dashboard writes times; as stored if it is none. */
    private static String time(String iso) {
        try {
            return Dates.time(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sources") + " | " + getTranslation("app.name");
    }
}

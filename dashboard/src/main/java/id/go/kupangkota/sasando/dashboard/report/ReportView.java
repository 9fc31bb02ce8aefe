package id.go.kupangkota.sasando.dashboard.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import id.go.kupangkota.sasando.dashboard.base.ui.Dates;
import id.go.kupangkota.sasando.dashboard.report.WeeklyFigures.WeekNow;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * Laporan: pick a week and generate its report, or download an archived one; a report made before
 * its week ended is marked provisional until the week is generated again. Downloads go through
 * {@code /reports/<week>.pdf}, so the browser saves a real file and the server audits it.
 */
@Route("report")
@Menu(order = 70, icon = "vaadin:file-text", title = "menu.report")
@RolesAllowed({Roles.LEADERSHIP, Roles.ANALYST, Roles.ADMIN})
class ReportView extends VerticalLayout implements HasDynamicTitle {
    private static final int PICKABLE_WEEKS = 26;

    private final ReportService service;
    final ComboBox<ReportWeek> week = new ComboBox<>();
    final Button generate = new Button();
    final Grid<ReportRecord> archive = new Grid<>();
    private Map<String, WeekNow> changed = Map.of();

    ReportView(ReportService service) {
        this.service = service;
        week.setId("report-week");
        week.setLabel(getTranslation("report.week"));
        week.setItems(service.recentWeeks(PICKABLE_WEEKS));
        week.setItemLabelGenerator(w -> w.key() + " (" + service.period(w, getLocale()) + ")");
        week.setValue(service.lastCompleteWeek());
        week.setWidth("26em"); // "2026-W49 (30 November – 6 Desember 2026)" whole
        week.setMaxWidth("100%");
        generate.setId("report-generate");
        generate.setText(getTranslation("report.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        HorizontalLayout form = new HorizontalLayout(week, generate);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // on a phone the button goes under the week instead of off the screen
        form.setWrap(true);
        form.setMaxWidth("100%");

        archive.setId("report-archive");
        archive.addColumn(ReportRecord::week).setHeader(getTranslation("report.col.week")).setAutoWidth(true);
        // a status that says the analysts' decisions changed is long: it wraps, whole in its tooltip, rather
        // than push the period and the counts out of sight
        archive.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        archive.addColumn(this::status).setKey("status").setHeader(getTranslation("report.col.status"))
                .setWidth("10em").setFlexGrow(1).setTooltipGenerator(this::status);
        archive.addColumn(r -> service.period(r.reportWeek(), getLocale()))
                .setHeader(getTranslation("report.col.period")).setAutoWidth(true);
        archive.addColumn(r -> Dates.time(r.generatedAt()))
                .setHeader(getTranslation("report.col.generated_at")).setAutoWidth(true);
        archive.addColumn(this::generatedBy).setKey("generated_by")
                .setHeader(getTranslation("report.col.generated_by")).setAutoWidth(true);
        archive.addColumn(this::posts).setKey("posts").setHeader(getTranslation("report.col.posts"))
                .setAutoWidth(true);
        // what leadership comes for: kept in sight when a narrow screen scrolls the other columns
        archive.addComponentColumn(this::downloadLink).setKey("download").setAutoWidth(true).setFrozenToEnd(true);
        archive.setAllRowsVisible(true);
        archive.setEmptyStateText(getTranslation("report.archive.empty"));

        add(new H2(getTranslation("report.title")), new Paragraph(getTranslation("report.schedule")), form,
                new H3(getTranslation("report.archive")), archive);
        refresh();
    }

    private void generate() {
        ReportWeek chosen = week.getValue();
        if (chosen == null) {
            return;
        }
        ReportRecord record = service.generate(chosen);
        Notification.show(getTranslation(record.provisional() ? "report.generated.provisional" : "report.generated",
                record.week()));
        refresh();
    }

    private void refresh() {
        List<ReportRecord> records = service.archived();
        changed = service.changedSince(records);
        archive.setItems(records);
    }

    /** Who made the report: a user's name, or "Otomatis" for the Monday schedule (and its catch-up at start). */
    private String generatedBy(ReportRecord r) {
        return ReportService.SCHEDULER.equals(r.generatedBy()) ? getTranslation("report.generated_by.scheduler")
                : r.generatedBy();
    }

    /** The report's count of posts, and today's when the week has changed since (make it again). */
    private String posts(ReportRecord r) {
        if (r.figures() == null) {
            return "";
        }
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        WeekNow now = changed.get(r.week());
        return now == null || now.posts() == r.figures().posts() ? n.format(r.figures().posts())
                : getTranslation("report.posts.changed", n.format(r.figures().posts()), n.format(now.posts()));
    }

    /**
     * Final or provisional, and for a final report whose flagged posts analysts have decided since, the
     * confirmed and undecided counts then and now: the overview already shows the new ones.
     */
    private String status(ReportRecord r) {
        String status = getTranslation(r.provisional() ? "report.status.provisional" : "report.status.final");
        WeekNow now = changed.get(r.week());
        if (now == null || !ReportService.decisionsChanged(r, now)) {
            return status;
        }
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        ReportRecord.KeyFigures then = r.figures();
        return getTranslation("report.triage.changed", status, n.format(then.confirmed()), n.format(now.confirmed()),
                then.pending() == null ? "–" : n.format(then.pending()), n.format(now.pending()));
    }

    private Anchor downloadLink(ReportRecord record) {
        Anchor link = new Anchor("reports/" + record.week() + ".pdf", getTranslation("report.download"));
        link.setId("report-download-" + record.week());
        // a plain link to the controller, not a Vaadin route
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", ReportService.fileName(record.reportWeek()));
        // the size, a column of its own before, pushed the last figures under this frozen column at 1366 px
        link.getElement().setAttribute("title", getTranslation("report.download.size", size(record)));
        return link;
    }

    static String size(ReportRecord record) {
        return Math.max(1, record.size() / 1024) + " KB";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.report") + " | " + getTranslation("app.name");
    }
}

package id.go.kupangkota.sasando.dashboard.base.ui.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import id.go.kupangkota.sasando.core.post.Json;

import java.util.List;

/**
 * One Apache ECharts chart. The library comes from the {@code org.webjars:echarts} jar at run
 * time (no npm build), and the option is a Jackson tree serialised once per update, so post text in
 * labels is data, never code.
 */
public class EChart extends Div {
    /**
     * Kept in step with the {@code org.webjars:echarts} version in the module's pom; that webjar keeps
     * the minified bundle at its version's root (the npm webjar had it under {@code dist/}).
     */
    public static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";

    // Waits for the script, reuses the chart of this element, and resizes with the element. Numbers on
    // value axes and in tooltips are written in the UI's language ($1): ECharts itself always writes
    // "1,000", which reads as one in Indonesian, where the thousands separator is a dot. Days are shown
    // as the option has them, written by Dates as everywhere else on the page (a "Sen, 16/11" on the axis
    // beside "2024-11-16" in the pickers and the tooltip made three styles on one view).
    private static final String RENDER = """
            const el = this; const option = JSON.parse($0);
            const numbers = new Intl.NumberFormat($1);
            const number = v => typeof v === 'number' ? numbers.format(v) : v;
            for (const key of ['xAxis', 'yAxis']) {
              for (const axis of [].concat(option[key] || [])) {
                const own = axis.axisLabel && axis.axisLabel.formatter;
                if (axis.type === 'value' && !own) {
                  axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: number });
                }
              }
            }
            if (option.tooltip && !option.tooltip.valueFormatter) { option.tooltip.valueFormatter = number; }
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(option, true);
              if (!el.$sasandoResize) { el.$sasandoResize = new ResizeObserver(() => chart.resize()); el.$sasandoResize.observe(el); }
            };
            draw();""";

    private ObjectNode option;

    public EChart() {
        addClassName("sasando-chart");
        setWidthFull();
        setHeight("320px");
    }

    /** A new, empty option tree. */
    public static ObjectNode option() {
        return Json.MAPPER.createObjectNode();
    }

    /** An option with a title, a tooltip and the given category x axis. */
    public static ObjectNode categoryChart(String title, List<String> categories) {
        ObjectNode o = option();
        o.putObject("title").put("text", title);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("top", "bottom");
        ArrayNode data = o.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(data::add);
        o.putObject("yAxis").put("type", "value");
        o.putArray("series");
        return o;
    }

    public void setOption(ObjectNode option) {
        this.option = option;
        render();
    }

    /** The option last set: what the chart shows (tests read it). */
    public ObjectNode getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        if (option != null && isAttached()) {
            getElement().executeJs(RENDER, option.toString(), getLocale().toLanguageTag());
        }
    }
}

package id.go.kupangkota.sasando.dashboard.base.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.ui.chart.EChart;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The few chart shapes the views use, as ECharts options (Jackson trees, never strings). */
public final class Charts {
    private Charts() {
    }

    /** A labelled value. */
    public record Slice(String label, long value) {
    }

    public static ObjectNode pie(String title, List<Slice> slices) {
        ObjectNode o = EChart.option();
        o.putObject("title").put("text", title);
        o.putObject("tooltip").put("trigger", "item");
        ObjectNode series = o.putArray("series").addObject().put("type", "pie").put("radius", "60%")
                // slivers' labels piled on each other: they go unlabelled (the tooltip still names them)
                .put("minShowLabelAngle", 4);
        series.putObject("labelLayout").put("hideOverlap", true);
        ArrayNode data = series.putArray("data");
        slices.forEach(s -> data.addObject().put("name", s.label()).put("value", s.value()));
        return o;
    }

    /** Horizontal bars, largest on top. */
    public static ObjectNode bars(String title, List<Slice> slices) {
        ObjectNode o = EChart.option();
        o.putObject("title").put("text", title);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("grid").put("containLabel", true);
        o.putObject("xAxis").put("type", "value");
        ArrayNode categories = o.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ArrayNode values = o.putArray("series").addObject().put("type", "bar").putArray("data");
        slices.forEach(s -> {
            categories.add(s.label());
            values.add(s.value());
        });
        return o;
    }

    /** Lines over a category axis (days); each series is a name and one value per category. */
    public static <T> ObjectNode lines(String title, List<String> categories, List<String> seriesNames,
                                       Function<String, List<? extends Number>> values) {
        ObjectNode o = EChart.categoryChart(title, categories);
        ArrayNode series = (ArrayNode) o.get("series");
        for (String name : seriesNames) {
            ArrayNode data = series.addObject().put("type", "line").put("name", name).put("smooth", true)
                    .putArray("data");
            values.apply(name).forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v.doubleValue());
                }
            });
        }
        return o;
    }

    /**
     * A pie or bars with nothing to show says so in its middle, as the tag clouds beside it do: a grey
     * disc or bare axes read as a chart that failed to load.
     */
    public static ObjectNode noData(ObjectNode option, String text) {
        option.putObject("graphic").putArray("elements").addObject().put("type", "text").put("left", "center")
                .put("top", "middle").putObject("style").put("text", text).put("fill", "#6b7280").put("fontSize", 14);
        for (String axis : List.of("xAxis", "yAxis")) {
            if (option.get(axis) instanceof ObjectNode a) {
                a.put("show", false);
            }
        }
        option.withArray("series").forEach(series -> ((ObjectNode) series).put("showEmptyCircle", false));
        return option;
    }

    /**
     * Names the value axis (its unit): a count without a unit leaves "of what?" to guess. Its ticks are
     * whole, as counts are: an empty period drew "0,2 ... 1 unggahan".
     */
    public static ObjectNode valueAxisName(ObjectNode option, String name) {
        for (String key : List.of("yAxis", "xAxis")) {
            if (option.get(key) instanceof ObjectNode axis && "value".equals(axis.path("type").asText())) {
                axis.put("name", name).put("minInterval", 1);
                break;
            }
        }
        return option;
    }

    /** Where the plot starts and ends, in percent of the chart's width (ECharts' default, stated: see markToday). */
    static final double GRID_MARGIN = 10;

    /**
     * Shades today's slot on a chart over WITA days when today is one of them, labelled as not complete:
     * today's figures grow until midnight, and without the mark a line that drops on the last day reads as
     * a fall in the conversation. A line series' markArea runs from one day's point to another's (their
     * centres), so today alone would be a band of no width and "yesterday to today" shades half of
     * yesterday too: the band is placed in percent of the chart's width instead, over today's slot of the
     * grid, whose margins are set here so the two cannot drift apart.
     */
    public static ObjectNode markToday(ObjectNode option, Clock clock, String label) {
        String today = Dates.day(Wita.day(clock.instant()));
        JsonNode days = option.at("/xAxis/data");
        int index = -1;
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).asText().equals(today)) {
                index = i;
            }
        }
        if (index >= 0 && option.at("/series/0") instanceof ObjectNode first) {
            option.putObject("grid").put("left", percent(GRID_MARGIN)).put("right", percent(GRID_MARGIN))
                    .put("containLabel", false);
            // a category axis leaves each day a slot of equal width, its point in the middle (boundaryGap)
            double slot = (100 - 2 * GRID_MARGIN) / days.size();
            ObjectNode area = first.putObject("markArea").put("silent", true);
            area.putObject("itemStyle").put("color", "rgba(128, 128, 128, 0.12)");
            area.putObject("label").put("color", "#666");
            ArrayNode band = area.putArray("data").addArray();
            band.addObject().put("name", label).put("x", percent(GRID_MARGIN + slot * index));
            band.addObject().put("x", percent(GRID_MARGIN + slot * (index + 1)));
        }
        return option;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's charts as JFreeChart objects, drawn later as vector graphics into the PDF. Flat
 * colours and no gradients or shadows: they print well in black and white too.
 */
final class ReportCharts {
    private static final Color CURRENT = new Color(0x1f, 0x5f, 0x99);
    private static final Color PREVIOUS = new Color(0xa0, 0xa8, 0xb0);
    private static final Color CONFIRMED = new Color(0xb0, 0x30, 0x30);
    private static final Map<String, Color> SENTIMENT_COLOURS = Map.of(
            "positive", new Color(0x3a, 0x8f, 0x4b),
            "neutral", new Color(0xb8, 0xbc, 0xc2),
            "negative", new Color(0xc0, 0x39, 0x2b));
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 8);

    private final ReportWording words;

    ReportCharts(ReportWording words) {
        this.words = words;
    }

    /** Posts per WITA day, this week against last week (weekday by weekday). */
    JFreeChart dailyVolume(WeeklyFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<WeeklyFigures.Day> now = f.currentDays();
        List<WeeklyFigures.Day> before = f.previousDays();
        String thisWeek = words.text("report.pdf.col.current");
        String lastWeek = words.text("report.pdf.col.previous");
        for (int i = 0; i < now.size(); i++) {
            String day = words.shortDay(now.get(i).day());
            data.addValue(now.get(i).posts(), thisWeek, day);
            if (i < before.size()) {
                data.addValue(before.get(i).posts(), lastWeek, day);
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, words.text("report.pdf.axis.posts"), data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, CURRENT);
        renderer.setSeriesPaint(1, PREVIOUS);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[]{4f, 3f}, 0f));
        return chart;
    }

    /** Sentiment of each day of the week, stacked. */
    JFreeChart dailySentiment(WeeklyFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String code : Vocabulary.SENTIMENTS) {
            for (WeeklyFigures.Day day : f.currentDays()) {
                data.addValue(day.sentiment().getOrDefault(code, 0L), words.label("sentiment", code),
                        words.shortDay(day.day()));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, words.text("report.pdf.axis.posts"), data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < Vocabulary.SENTIMENTS.size(); i++) {
            renderer.setSeriesPaint(i, SENTIMENT_COLOURS.getOrDefault(Vocabulary.SENTIMENTS.get(i), PREVIOUS));
        }
        return chart;
    }

    /** Flagged and confirmed posts per risk category (every category, so a zero shows as zero). */
    JFreeChart riskByCategory(WeeklyFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String flagged = words.text("report.pdf.row.flagged");
        String confirmed = words.text("report.pdf.row.confirmed");
        for (String code : Vocabulary.RISK_CATEGORIES) {
            String label = words.label("risk", code);
            data.addValue(f.current().flaggedByRisk().getOrDefault(code, 0L), flagged, label);
            data.addValue(f.current().confirmedByRisk().getOrDefault(code, 0L), confirmed, label);
        }
        // horizontal bars, as per kecamatan: "Ujaran kebencian" reads level, not tilted under its bar
        JFreeChart chart = ChartFactory.createBarChart(null, null, words.text("report.pdf.axis.posts"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = style(chart);
        // this week's flags in this week's colour: grey is the week before in every other chart of the report
        plot.getRenderer().setSeriesPaint(0, CURRENT);
        plot.getRenderer().setSeriesPaint(1, CONFIRMED);
        return chart;
    }

    /** Posts per kecamatan, this week against last week, in the city's list order. */
    JFreeChart kecamatan(WeeklyFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String thisWeek = words.text("report.pdf.col.current");
        String lastWeek = words.text("report.pdf.col.previous");
        Set<String> names = new LinkedHashSet<>(Vocabulary.KECAMATAN);
        names.addAll(f.current().kecamatan().keySet());
        for (String name : names) {
            data.addValue(f.current().kecamatan().getOrDefault(name, 0L), thisWeek, name);
            data.addValue(f.previous().kecamatan().getOrDefault(name, 0L), lastWeek, name);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, words.text("report.pdf.axis.posts"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = style(chart);
        plot.getRenderer().setSeriesPaint(0, CURRENT);
        plot.getRenderer().setSeriesPaint(1, PREVIOUS);
        return chart;
    }

    private CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(AXIS);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(AXIS);
        range.setLabelFont(AXIS);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setNumberFormatOverride(NumberFormat.getIntegerInstance(words.locale()));
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
        }
        return plot;
    }
}

package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {
    private final ReportCharts charts =
            new ReportCharts(new ReportWording(new Translations(), Translations.INDONESIAN));

    private static WeeklyFigures week() {
        WeeklyFigures.Period p = new WeeklyFigures.Period(10, Map.of(), 3, Map.of("ujaran_kebencian", 3L),
                Map.of(WeeklyFigures.PENDING, 3L), 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of());
        return new WeeklyFigures(ReportWeek.parse("2024-W28"), p, p, List.of(), List.of());
    }

    @Test
    void theRiskChartLaysItsCategoryNamesLevelAsTheKecamatanChartDoes() {
        JFreeChart risk = charts.riskByCategory(week());
        // tilted 45 degrees, "Ujaran kebencian" was hard to read at the report's 8 pt
        assertThat(risk.getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(risk.getCategoryPlot().getDomainAxis().getCategoryLabelPositions())
                .isEqualTo(CategoryLabelPositions.STANDARD);
        assertThat(risk.getCategoryPlot().getDataset().getColumnKeys()).contains("Ujaran kebencian");
        assertThat(charts.kecamatan(week()).getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    }

    @Test
    void thisWeeksFlagsAreInThisWeeksColourNotTheGreyOfTheWeekBefore() {
        var kecamatan = charts.kecamatan(week()).getCategoryPlot().getRenderer();
        var risk = charts.riskByCategory(week()).getCategoryPlot().getRenderer();
        assertThat(risk.getSeriesPaint(0)).isEqualTo(kecamatan.getSeriesPaint(0))
                .isNotEqualTo(kecamatan.getSeriesPaint(1));
        assertThat(risk.getSeriesPaint(1)).isNotIn(kecamatan.getSeriesPaint(0), kecamatan.getSeriesPaint(1));
    }
}

/** A thin Apache ECharts element: the library is loaded at run time from its webjar, options are Jackson trees. */
package id.go.kupangkota.sasando.dashboard.base.ui.chart;

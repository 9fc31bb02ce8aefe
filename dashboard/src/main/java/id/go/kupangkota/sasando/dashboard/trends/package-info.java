/**
 * Tren: topics compared per WITA day (one aggregation), and burst alerts from SasandoIndex.TRENDS
 * (written by the Spark TrendsJob) with the posts behind each burst.
 */
package id.go.kupangkota.sasando.dashboard.trends;

/**
 * Ringkasan (overview): key numbers against the previous period, volume and sentiment per WITA day,
 * emotions, hashtags, terms, risk categories, sources, kecamatan and the latest posts, all answered
 * by one multi-aggregation search request.
 */
package id.go.kupangkota.sasando.dashboard.overview;

/**
 * Burst detection: terms and hashtags whose count on a WITA day stands far above their own
 * trailing 28-day baseline. The alerts are what the dashboard's trends view lists.
 */
package id.go.kupangkota.sasando.spark.trends;

/**
 * Accounts per ISO week: reach, engagement and an explained bot-likeness score; and the network of
 * mentions, replies, quotes and reposts between them, aggregated per WITA day (with the day's week), so
 * a reader sums exactly the days of any period.
 */
package id.go.kupangkota.sasando.spark.accounts;

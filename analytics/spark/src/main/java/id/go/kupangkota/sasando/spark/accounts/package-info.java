/**
 * Accounts per ISO week: reach, engagement and an explained bot-likeness score; and the network of
 * mentions, replies, quotes and reposts between them, aggregated per WITA day (with the day's week), so
 * a reader sums exactly the days of any period. An account is a platform's (the platform the post ids
 * name), whichever sources delivered its posts.
 */
package id.go.kupangkota.sasando.spark.accounts;

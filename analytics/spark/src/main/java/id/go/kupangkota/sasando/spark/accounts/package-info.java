/**
 * Accounts per ISO week: reach, engagement and an explained bot-likeness score; and the network of
 * mentions, replies, quotes and reposts between them, aggregated per week.
 */
package id.go.kupangkota.sasando.spark.accounts;

/**
 * Akun: the most active accounts of the period with reach and an explained bot-likeness score, and
 * who mentions, replies to, quotes and reposts whom. The accounts are counted from the posts of the
 * period's days; the score (with the week it was given for) and the network come from the Spark
 * accounts job's weekly ACCOUNTS and EDGES indices, and from the posts index (mentions only) when the
 * job has nothing for the period.
 */
package id.go.kupangkota.sasando.dashboard.accounts;

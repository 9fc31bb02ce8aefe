/**
 * Akun: the most active accounts of the period with reach and an explained bot-likeness score, and
 * who mentions, replies to, quotes and reposts whom. Read from the Spark accounts job's weekly
 * ACCOUNTS and EDGES indices; counted from the posts index when the job has nothing for the period.
 */
package id.go.kupangkota.sasando.dashboard.accounts;

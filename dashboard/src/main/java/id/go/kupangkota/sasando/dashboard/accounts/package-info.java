/**
 * Akun: the most active accounts of the period with reach and an explained bot-likeness score, and
 * who mentions, replies to, quotes and reposts whom. The accounts are counted from the posts of the
 * period's days; the score (with the week it was given for) comes from the Spark accounts job's weekly
 * ACCOUNTS index and the network from its EDGES index, summed over the period's WITA days (over whole
 * weeks where an older job kept them per week, which the view says), and from the posts index (mentions
 * only) when the job has nothing for the period. An account is its {@code author_key}, as the job keys it
 * (with the platform), so an X account whose posts came from the X source and a file import is one row with
 * one score a week, shown under its latest handle however an export spells it, and two accounts that once
 * shared a handle are two rows; posts without a key (news feeds) are counted by handle, unscored. A source
 * filter picks the accounts and edges with a post that source delivered. The network still names its nodes
 * by handle, as the job's edges carry them.
 */
package id.go.kupangkota.sasando.dashboard.accounts;

package id.go.kupangkota.sasando.dashboard.accounts;

import java.util.List;

/** Top accounts of a period and the mention edges among the most active of them. */
public record AccountsData(List<AccountStat> top, List<Edge> edges) {

    /** An account's posts and the engagement they drew (likes + reposts + replies). */
    public record AccountStat(String handle, long posts, long engagement) {
    }

    /** {@code from} mentioned {@code to} in {@code count} posts. */
    public record Edge(String from, String to, long count) {
    }
}

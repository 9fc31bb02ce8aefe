package id.go.kupangkota.sasando.dashboard.risk;

import id.go.kupangkota.sasando.core.post.Post;

/**
 * A flagged post with its latest triage status (null: not decided yet) and, in a queue that groups
 * copies, how many flagged posts of the queue carry exactly its text (itself included; 1 otherwise).
 */
public record RiskPost(Post post, String triageStatus, long copies) {
    public RiskPost(Post post, String triageStatus) {
        this(post, triageStatus, 1);
    }
}

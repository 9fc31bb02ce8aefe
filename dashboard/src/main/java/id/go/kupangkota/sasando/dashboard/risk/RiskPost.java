package id.go.kupangkota.sasando.dashboard.risk;

import id.go.kupangkota.sasando.core.post.Post;

/** A flagged post with its latest triage status (null: not decided yet). */
public record RiskPost(Post post, String triageStatus) {
}

package id.go.kupangkota.sasando.dashboard.risk;

import java.time.Instant;
import java.util.List;

/**
 * One analyst decision on a flagged post: who, when, what and why. The post's text and risk
 * categories are kept with it so the decisions alone are a labelled data set; day and week (WITA) of
 * the decision let reports count them.
 */
public record TriageDecision(String postId, String status, String note, String analyst, Instant decidedAt,
                             List<String> risk, String text, String day, String week) {
}

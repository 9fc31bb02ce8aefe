package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;

import java.util.List;

/**
 * What {@link RiskTagger} decided for one post: the risk codes raised (only when the post promotes),
 * the strongest category score, the risk subjects talked about (topics), the stance towards them,
 * and the evidence (every match that counted, with its span in the text).
 */
public record RiskAssessment(List<String> risk, double riskScore, List<String> topics, String stance,
                             List<Evidence> evidence) {
}

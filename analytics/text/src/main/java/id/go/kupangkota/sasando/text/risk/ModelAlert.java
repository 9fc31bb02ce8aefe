package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;

import java.util.List;

/**
 * A trained model's alert for one risk category: its probability and the words that weighed most
 * for it. {@link RiskTagger} treats it like a lexicon score of that category, stance rules included.
 */
public record ModelAlert(String category, double probability, List<Evidence> evidence) {
    public ModelAlert {
        evidence = List.copyOf(evidence);
    }
}

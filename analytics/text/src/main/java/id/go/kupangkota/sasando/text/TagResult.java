package id.go.kupangkota.sasando.text;

import id.go.kupangkota.sasando.core.post.Evidence;

import java.util.List;

/**
 * Everything the taggers found in one text. Codes come from
 * {@link id.go.kupangkota.sasando.core.post.Vocabulary}; lists are never null (empty when nothing
 * was found); {@code kecamatan} is null when no single kecamatan was recognised.
 */
public record TagResult(String sentiment, double sentimentScore, String emotion, List<String> risk,
                        double riskScore, List<String> topics, String stance, String kecamatan,
                        List<Evidence> evidence, List<String> hashtags, List<String> mentions,
                        List<String> terms) {

    public TagResult {
        risk = List.copyOf(risk);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        terms = List.copyOf(terms);
    }

    /** What an empty or missing text gets: neutral, no emotion, no risk, no topics. */
    public static TagResult neutral() {
        return new TagResult("neutral", 1.0, "none", List.of(), 0.0, List.of(), "none", null,
                List.of(), List.of(), List.of(), List.of());
    }
}

package id.go.kupangkota.sasando.text.topic;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.lexicon.ContextRules;
import id.go.kupangkota.sasando.text.lexicon.Lexicon;
import id.go.kupangkota.sasando.text.lexicon.Match;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import id.go.kupangkota.sasando.text.resource.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The civic topics analysts follow (politik, layanan_publik, bencana, ekonomi, keamanan), each a
 * lexicon file {@code sasando/text/topic/<topic>.txt}. A topic is given when its matched weights
 * (text and title together) reach {@link #TOPIC_THRESHOLD}: one clear word ("pilkada", "banjir")
 * is enough, vague ones ("harga", "jalan") need company.
 */
public final class TopicTagger {
    public static final List<String> TOPICS = List.of("politik", "layanan_publik", "bencana", "ekonomi", "keamanan");
    public static final double TOPIC_THRESHOLD = 1.0;

    private final Lexicon lexicon;
    private final ContextRules harmless;

    private TopicTagger(Lexicon lexicon, ContextRules harmless) {
        this.lexicon = lexicon;
        this.harmless = harmless;
    }

    public static TopicTagger load(ResourceDigest digest) {
        Map<String, DataFile> files = new LinkedHashMap<>();
        for (String topic : TOPICS) {
            files.put(topic, digest.read("sasando/text/topic/" + topic + ".txt"));
        }
        return new TopicTagger(Lexicon.of(files, true),
                ContextRules.of(digest.read("sasando/text/topic/harmless-contexts.txt")));
    }

    /** The topics found, in {@link #TOPICS} order, adding the text's evidence to {@code evidence}. */
    public List<String> topics(NormalizedText text, NormalizedText title, List<Evidence> evidence) {
        Map<String, Double> sums = new HashMap<>();
        List<Match> textMatches = new ArrayList<>();
        for (Match m : lexicon.find(text)) {
            if (harmless.harmlessContext(m, text) == null) {
                sums.merge(m.category(), m.weight(), Double::sum);
                textMatches.add(m);
            }
        }
        for (Match m : lexicon.find(title)) {
            if (harmless.harmlessContext(m, title) == null) {
                sums.merge(m.category(), m.weight(), Double::sum);
            }
        }
        List<String> found = TOPICS.stream().filter(t -> sums.getOrDefault(t, 0.0) >= TOPIC_THRESHOLD).toList();
        for (Match m : textMatches) {
            if (found.contains(m.category())) {
                evidence.add(new Evidence(m.category(), text.original().substring(m.start(), m.end()), m.start(),
                        m.end()));
            }
        }
        return found;
    }
}

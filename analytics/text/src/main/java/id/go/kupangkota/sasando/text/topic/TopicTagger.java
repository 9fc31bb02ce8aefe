package id.go.kupangkota.sasando.text.topic;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.lexicon.ContextRules;
import id.go.kupangkota.sasando.text.lexicon.Lexicon;
import id.go.kupangkota.sasando.text.lexicon.Match;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.ArrayList;
import java.util.List;

/**
 * The civic topics analysts follow (politik, layanan_publik, bencana, ekonomi, keamanan), each a
 * lexicon file {@code sasando/text/topic/<topic>.txt}. A topic is given when its matched weights
 * (text and title together) reach {@link #TOPIC_THRESHOLD}: one clear word ("pilkada", "banjir")
 * is enough, vague ones ("harga", "jalan") need company.
 */
public final class TopicTagger {
    public static final List<String> TOPICS = List.of("politik", "layanan_publik", "bencana", "ekonomi", "keamanan");
    public static final double TOPIC_THRESHOLD = 1.0;

    private final List<Lexicon> lexicons;
    private final ContextRules harmless;

    private TopicTagger(List<Lexicon> lexicons, ContextRules harmless) {
        this.lexicons = List.copyOf(lexicons);
        this.harmless = harmless;
    }

    public static TopicTagger load(ResourceDigest digest) {
        List<Lexicon> lexicons = new ArrayList<>();
        for (String topic : TOPICS) {
            lexicons.add(Lexicon.of(topic, digest.read("sasando/text/topic/" + topic + ".txt"), true));
        }
        return new TopicTagger(lexicons, ContextRules.of(digest.read("sasando/text/topic/harmless-contexts.txt")));
    }

    /** The topics found, in {@link #TOPICS} order, adding the text's evidence to {@code evidence}. */
    public List<String> topics(NormalizedText text, NormalizedText title, List<Evidence> evidence) {
        List<String> found = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            List<Evidence> mine = new ArrayList<>();
            double sum = 0;
            for (Match m : lexicon.find(text)) {
                if (harmless.harmlessContext(m, text) == null) {
                    sum += m.weight();
                    mine.add(new Evidence(m.category(), text.original().substring(m.start(), m.end()), m.start(),
                            m.end()));
                }
            }
            for (Match m : lexicon.find(title)) {
                if (harmless.harmlessContext(m, title) == null) {
                    sum += m.weight();
                }
            }
            if (sum >= TOPIC_THRESHOLD) {
                found.add(lexicon.category());
                evidence.addAll(mine);
            }
        }
        return found;
    }
}

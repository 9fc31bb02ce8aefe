package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.classify.EvidenceWords;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.topic.TopicTagger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk, stance and topic files, and the stop words left out of terms, are matched against
 * normalised tokens, so a word written in a form the normaliser changes (Kupang Malay, slang, a variant
 * spelling) can never match: such a line would look reviewed and do nothing.
 */
class LexiconFilesTest {
    private static final Normalizer NORMALIZER = Normalizer.load(new ResourceDigest());

    @Test
    void everyWordIsWrittenAsTheNormaliserLeavesIt() {
        List<String> phrases = new ArrayList<>();
        for (String category : Vocabulary.RISK_CATEGORIES) {
            phrases.addAll(lastColumn("sasando/text/risk/" + category + ".txt"));
        }
        phrases.addAll(lastColumn("sasando/text/risk/stance-reporting.txt"));
        phrases.addAll(lastColumn("sasando/text/risk/stance-countering.txt"));
        for (String topic : TopicTagger.TOPICS) {
            phrases.addAll(lastColumn("sasando/text/topic/" + topic + ".txt"));
        }
        for (String file : List.of("sasando/text/risk/harmless-contexts.txt", "sasando/text/topic/harmless-contexts.txt")) {
            for (DataFile.Line line : DataFile.read(file).lines()) {
                String[] cols = DataFile.columns(line);
                phrases.add(cols[0]);
                phrases.addAll(List.of(cols[1].split("\\s+")));
            }
        }
        // a term is a token's normalised word too: a stop word the normaliser changes stays in the trends
        phrases.addAll(lastColumn("sasando/text/normalize/stopwords.txt"));
        phrases.addAll(lastColumn("sasando/text/normalize/not-terms.txt"));
        // so are the words never named as a model's evidence
        phrases.addAll(lastColumn(EvidenceWords.NOT_EVIDENCE));
        assertThat(phrases).hasSizeGreaterThan(500);
        List<String> changed = phrases.stream()
                .map(p -> p.replace("*", "").toLowerCase(Locale.ROOT))
                .filter(p -> !normalised(p).equals(p))
                .map(p -> p + " -> " + normalised(p))
                .toList();
        assertThat(changed).isEmpty();
    }

    private static List<String> lastColumn(String file) {
        return DataFile.read(file).lines().stream().map(DataFile::columns).map(c -> c[c.length - 1]).toList();
    }

    private static String normalised(String phrase) {
        return NORMALIZER.normalize(phrase).normText();
    }
}

package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.classify.EvidenceWords;
import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.classify.TextClassifier;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.List;

/**
 * Intolerance read by a trained model beside the lexicon: new writers say it as reasons and house
 * rules ("kos khusus seiman", "cari tempat lain sa", "menaranya tidak boleh lebih tinggi dari kubah
 * masjid") more than in the fixed phrases a lexicon holds, and the lexicon caught 4 of 116 such posts
 * by writers it had never seen. The model ({@code TrainIntolerance}, on the team's own trap sets) alerts
 * when its probability reaches {@link #THRESHOLD} on a post its {@link IntoleranceGate} admits (long
 * enough, naming a faith, saying no); the alert's evidence is the words of meaning that weighed most for
 * it ({@link EvidenceWords}), and a score no such word weighed for is no alert. Thread-safe.
 */
public final class IntoleranceModel {
    public static final String MODEL = "sasando/text/model/intoleransi.bin";
    static final String CATEGORY = "intoleransi";
    /**
     * Picked by {@code TrainIntolerance}'s cross-validation on the training posts (the best F0.5, which
     * weighs precision twice as much as recall: an alert costs an analyst's time; there precision 0.92,
     * recall 0.73, on the posts the gate admits), never on a held-out set.
     */
    public static final double THRESHOLD = 0.50;
    /** Words named as evidence of an alert, at most. */
    static final int EVIDENCE_WORDS = 3;

    private final TextClassifier classifier;
    /** The model's label number of {@link #CATEGORY}. */
    private final int label;
    private final IntoleranceGate gate;
    private final EvidenceWords words;

    IntoleranceModel(TextClassifier classifier, IntoleranceGate gate, EvidenceWords words) {
        this.label = classifier.model().labels().indexOf(CATEGORY);
        if (label < 0) {
            throw new IllegalStateException("the intolerance model has no label " + CATEGORY);
        }
        this.classifier = classifier;
        this.gate = gate;
        // the gate admits only posts that say no: a negator names nothing the alert did not already say
        this.words = words.withoutNegators();
    }

    /** @param words the words that may be named as evidence (see {@link EvidenceWords}) */
    public static IntoleranceModel load(ResourceDigest digest, Polarity polarity, EvidenceWords words) {
        return new IntoleranceModel(TextClassifier.load(digest, MODEL, polarity), IntoleranceGate.load(digest),
                words);
    }

    /** The trained model: the tagger scores it together with its other models on one feature vector. */
    public LinearModel model() {
        return classifier.model();
    }

    /** The model's probability that {@code features} (of the text) are intolerance, gate not applied. */
    public double probability(Features.Vector features) {
        return classifier.model().probabilities(features)[label];
    }

    /**
     * An alert for {@code text}, of which the model's probabilities are already known (the tagger
     * scores its models together, {@link id.go.kupangkota.sasando.text.classify.LinearModels}), or null.
     */
    public ModelAlert assess(NormalizedText text, double[] probabilities) {
        double p = probabilities[label]; // most posts stop here, before the word checks
        if (p < THRESHOLD || !gate.admits(text)) {
            return null;
        }
        List<Evidence> evidence = classifier.evidence(text, CATEGORY, EVIDENCE_WORDS, words);
        // no word of meaning weighed: the score rests on grammar and places ("katong", "pung", "kampung",
        // learned from refusals written in Kupang Malay), which no analyst could defend as a reason
        return evidence.isEmpty() ? null : new ModelAlert(CATEGORY, p, evidence);
    }
}

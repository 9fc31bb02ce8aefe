package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.dataset.Datasets;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.dataset.Split;
import id.go.kupangkota.sasando.text.eval.Metrics;
import id.go.kupangkota.sasando.text.eval.TrapSet;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.risk.IntoleranceGate;
import id.go.kupangkota.sasando.text.risk.IntoleranceModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the intolerance model ({@link IntoleranceModel#MODEL}) on the team's own posts (Apache-2.0):
 * the trap sets the lexicons were tuned on, each post labelled "intoleransi" or "none", and the Kupang
 * training posts, all ordinary; and on SmSA's reviews and EmoT's tweets (IndoNLU, MIT), all taken as
 * ordinary, so that talk of faith (a sermon quoted, a star's religion) is not mistaken for hostility to
 * it. The held-out trap sets are never read. A {@value #FOLDS}-fold cross-validation over these rows
 * picks the learning rate, the number of epochs and the alert threshold for the best F0.5 of the alerts
 * as the tagger raises them (the probability at the threshold, on a post the model may judge:
 * {@link IntoleranceGate#admits}); F0.5, because an alert costs an analyst's time. The model is then
 * trained on all the rows. Run from the repository root. Usage: {@code TrainIntolerance [shared-dir]
 * [output]}, defaults {@code ../shared} and
 * {@code analytics/text/src/main/resources/sasando/text/model/intoleransi.bin}.
 */
public final class TrainIntolerance {
    static final List<String> LABELS = List.of("none", "intoleransi");
    static final int FOLDS = 5;
    static final double[] RATES = {0.05, 0.1};
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    private TrainIntolerance() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        Path output = Path.of(args.length > 1 ? args[1] : "analytics/text/src/main/resources/sasando/text/model/intoleransi.bin");
        List<LabelledText> rows = new ArrayList<>();
        for (TrapSet.Source set : TrapSet.ALL) {
            if (!set.tunedOn()) {
                continue; // a held-out set is never read
            }
            for (TrapSet.Trap t : TrapSet.read(set.path()).traps()) {
                rows.add(LabelledText.of(t.text(), t.risk().contains(LABELS.get(1)) ? LABELS.get(1) : LABELS.get(0)));
            }
        }
        List<LabelledText> ordinary = new ArrayList<>(Datasets.labelFirst(Path.of(Datasets.KUPANG_SENTIMENT_TRAIN)));
        ordinary.addAll(Datasets.smsa(Datasets.smsaFile(shared)));
        ordinary.addAll(Datasets.emot(Datasets.emotFile(shared)));
        for (LabelledText r : ordinary) {
            rows.add(LabelledText.of(r.text(), LABELS.get(0)));
        }
        ResourceDigest digest = new ResourceDigest();
        Normalizer normalizer = Normalizer.load(digest);
        Polarity polarity = Polarity.load(digest);
        Choice choice = crossValidate(rows, normalizer, polarity, IntoleranceGate.load(digest));
        System.out.printf(Locale.ROOT, "intolerance: %d rows (%d intolerant); cross-validated: lr=%.2f, %d epochs, "
                        + "threshold %.2f: precision %.3f, recall %.3f, F0.5 %.3f%n", rows.size(),
                rows.stream().filter(r -> r.label().equals(LABELS.get(1))).count(), choice.rate(), choice.epochs(),
                choice.threshold(), choice.precision(), choice.recall(), choice.f05());
        List<LabelledText> unique = Split.folds(rows, FOLDS).get(0).all();
        LinearModel model = new LogisticRegressionTrainer(LABELS, TrainClassifier.BITS, choice.rate(), choice.epochs())
                .trainAll(TrainClassifier.featurise(unique, normalizer, polarity), TrainClassifier.labelIndexes(unique, LABELS));
        byte[] bytes = TrainClassifier.compact(model, System.out);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, bytes);
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes); set IntoleranceModel.THRESHOLD to %.2f%n", output,
                bytes.length, choice.threshold());
    }

    /** What cross-validation picked, and the pooled out-of-fold scores of the alerts it gives. */
    record Choice(double rate, int epochs, double threshold, double precision, double recall, double f05) {
    }

    /**
     * Trains {@value #FOLDS} times per learning rate, each time without one fold, and keeps every epoch's
     * probabilities for the left-out posts; then picks the rate, epoch and threshold whose alerts over
     * all the posts score the best F0.5.
     */
    static Choice crossValidate(List<LabelledText> rows, Normalizer normalizer, Polarity polarity,
                                IntoleranceGate gate) {
        List<Split> folds = Split.folds(rows, FOLDS);
        List<LabelledText> unique = folds.get(0).all();
        Map<LabelledText, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            position.put(unique.get(i), i);
        }
        boolean[] gold = new boolean[unique.size()];
        boolean[] eligible = new boolean[unique.size()];
        for (int i = 0; i < unique.size(); i++) {
            gold[i] = unique.get(i).label().equals(LABELS.get(1));
            eligible[i] = gate.admits(normalizer.normalize(unique.get(i).text()));
        }
        // probability[rate][epoch - 1][post], each post's from the model that did not see it
        double[][][] probability = new double[RATES.length][TrainClassifier.MAX_EPOCHS][unique.size()];
        for (Split fold : folds) {
            List<LabelledText> train = fold.trainAndDev();
            List<Features.Vector> xs = TrainClassifier.featurise(train, normalizer, polarity);
            List<Features.Vector> held = TrainClassifier.featurise(fold.test(), normalizer, polarity);
            for (int r = 0; r < RATES.length; r++) {
                double[][] byEpoch = probability[r];
                int[] epoch = {0};
                new LogisticRegressionTrainer(LABELS, TrainClassifier.BITS, RATES[r], TrainClassifier.MAX_EPOCHS)
                        .train(xs, TrainClassifier.labelIndexes(train, LABELS), model -> {
                            for (int i = 0; i < held.size(); i++) {
                                byEpoch[epoch[0]][position.get(fold.test().get(i))] = model.probabilities(held.get(i))[1];
                            }
                            epoch[0]++;
                            return 0;
                        }, s -> { });
            }
        }
        Choice best = null;
        for (int r = 0; r < RATES.length; r++) {
            for (int e = 0; e < TrainClassifier.MAX_EPOCHS; e++) {
                for (double threshold : THRESHOLDS) {
                    Metrics.Counts alerts = new Metrics.Counts();
                    for (int i = 0; i < unique.size(); i++) {
                        alerts.add(gold[i], eligible[i] && probability[r][e][i] >= threshold);
                    }
                    double f05 = alerts.fBeta(0.5);
                    if (best == null || f05 > best.f05()) {
                        best = new Choice(RATES[r], e + 1, threshold, alerts.precision(), alerts.recall(), f05);
                    }
                }
            }
        }
        return best;
    }
}

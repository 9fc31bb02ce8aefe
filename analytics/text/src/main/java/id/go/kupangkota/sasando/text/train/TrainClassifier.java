package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.dataset.Split;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains one shipped classifier: normalise, featurise, try a small grid of learning rates and L2
 * on the dev split, keep the best, report the held-out test score once, write the pruned model.
 * Used by {@link TrainSentiment} and {@link TrainEmotion}.
 */
final class TrainClassifier {
    static final int BITS = 20;
    static final int MAX_EPOCHS = 25;
    /** The resource must stay well under 1.5 MB. */
    static final int MAX_MODEL_BYTES = 1_200_000;

    private TrainClassifier() {
    }

    static void run(String name, List<LabelledText> rows, List<String> labels, Path output) throws IOException {
        ResourceDigest digest = new ResourceDigest();
        Normalizer normalizer = Normalizer.load(digest);
        Polarity polarity = Polarity.load(digest);
        Split split = Split.of(rows);
        System.out.printf(Locale.ROOT, "%s: %d rows, %d unique -> train %d / dev %d / test %d%n", name, rows.size(),
                split.train().size() + split.dev().size() + split.test().size(), split.train().size(),
                split.dev().size(), split.test().size());
        List<Features.Vector> trainX = featurise(split.train(), normalizer, polarity);
        int[] trainY = split.train().stream().mapToInt(r -> labels.indexOf(r.label())).toArray();
        List<Features.Vector> devX = featurise(split.dev(), normalizer, polarity);
        List<String> devGold = split.dev().stream().map(LabelledText::label).toList();

        LogisticRegressionTrainer.Result best = null;
        // L2 made no difference on dev (early stopping already regularises), so only the rate is tuned
        for (double lr : new double[]{0.05, 0.1}) {
            LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(labels, BITS, lr, MAX_EPOCHS);
            LogisticRegressionTrainer.Result r = trainer.train(trainX, trainY, devX, devGold, s -> { });
            System.out.printf(Locale.ROOT, "  lr=%.2f: best dev macro-F1 %.4f at epoch %d%n", lr, r.devMacroF1(),
                    r.epoch());
            if (best == null || r.devMacroF1() > best.devMacroF1()) {
                best = r;
            }
        }
        byte[] bytes = compact(best.model());
        LinearModel shipped = LinearModel.read(bytes);
        double test = LogisticRegressionTrainer.macroF1(shipped, featurise(split.test(), normalizer, polarity),
                split.test().stream().map(LabelledText::label).toList());
        System.out.printf(Locale.ROOT, "%s: shipped model dev macro-F1 %.4f, held-out test macro-F1 %.4f, %d bytes%n",
                name, LogisticRegressionTrainer.macroF1(shipped, devX, devGold), test, bytes.length);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, bytes);
        System.out.println("wrote " + output);
    }

    /** Writes with increasing pruning until the model fits the size budget. */
    private static byte[] compact(LinearModel model) throws IOException {
        for (double prune = 0.002; ; prune *= 1.5) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.write(out, prune);
            if (out.size() <= MAX_MODEL_BYTES) {
                System.out.printf(Locale.ROOT, "  pruned weights below %.4f%n", prune);
                return out.toByteArray();
            }
        }
    }

    static List<Features.Vector> featurise(List<LabelledText> rows, Normalizer normalizer, Polarity polarity) {
        List<Features.Vector> out = new ArrayList<>(rows.size());
        for (LabelledText row : rows) {
            out.add(Features.of(normalizer.normalize(row.text()), polarity, BITS));
        }
        return out;
    }
}

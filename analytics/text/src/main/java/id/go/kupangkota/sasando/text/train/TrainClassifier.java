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
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Trains one shipped classifier: normalise, featurise, try a small grid of learning rates (and of
 * in-domain weight, when there are in-domain rows) on dev, keep the best, report the held-out test
 * score once, write the pruned model.
 * Used by {@link TrainSentiment} and {@link TrainEmotion}; {@link CrossValidate} runs its {@link #train} on
 * other splits.
 */
final class TrainClassifier {
    static final int BITS = 20;
    static final int MAX_EPOCHS = 25;
    /** The resource must stay well under 1.5 MB. */
    static final int MAX_MODEL_BYTES = 1_200_000;

    private TrainClassifier() {
    }

    /**
     * How many times each in-domain row is seen per epoch, tried on dev (0 = the benchmark alone): a
     * few hundred Kupang posts beside 8,800 SmSA rows may barely move the weights of words reviews
     * use differently.
     */
    static final int[] IN_DOMAIN_REPEATS = {0, 1, 3, 6};
    /** How much benchmark dev macro-F1 the in-domain rows may cost, against the benchmark alone. */
    static final double BENCHMARK_TOLERANCE = 0.01;

    static void run(String name, List<LabelledText> rows, List<String> labels, Path output) throws IOException {
        run(name, rows, List.of(), labels, output);
    }

    /**
     * As above, with in-domain rows: their own split's train part joins the training, and its dev
     * and test tenths together are a second dev set. The rate, epoch and repeat count are picked
     * for the best in-domain dev macro-F1 among the models whose benchmark dev macro-F1 stays within
     * {@link #BENCHMARK_TOLERANCE} of the benchmark-only model's, so local posts are learnt without
     * giving up the published benchmark. If none stays within it, the benchmark-only model ships.
     * The benchmark's test split is reported as before; the in-domain held-out set is a separate
     * file that training never reads.
     */
    static void run(String name, List<LabelledText> rows, List<LabelledText> inDomain, List<String> labels,
                    Path output) throws IOException {
        run(name, rows, inDomain, labels, List.of(), output);
    }

    /** As above, then the {@code setups} tried by {@link #train}'s second stage. */
    static void run(String name, List<LabelledText> rows, List<LabelledText> inDomain, List<String> labels,
                    List<Setup> setups, Path output) throws IOException {
        ResourceDigest digest = new ResourceDigest();
        Normalizer normalizer = Normalizer.load(digest);
        Polarity polarity = Polarity.load(digest);
        Split split = Split.of(rows);
        System.out.printf(Locale.ROOT, "%s: %d rows, %d unique -> train %d / dev %d / test %d%n", name, rows.size(),
                split.train().size() + split.dev().size() + split.test().size(), split.train().size(),
                split.dev().size(), split.test().size());
        Trained trained = train(split, inDomain, labels, setups, normalizer, polarity, System.out);
        Dev test = new Dev(split.test(), benchmarkLabels(split, labels), normalizer, polarity);
        System.out.printf(Locale.ROOT, "%s: shipped model trained on train + dev, held-out test macro-F1 %.4f, %d bytes%n",
                name, test.macroF1(trained.shipped()), trained.bytes().length);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, trained.bytes());
        System.out.println("wrote " + output);
    }

    /**
     * What {@link #train} made of one split: the model as shipped (compacted, and read back from
     * {@code bytes} so it is scored exactly as it will tag), what dev picked, and the held-out test
     * macro-F1 of the model trained on train alone, before dev joined it.
     */
    record Trained(LinearModel shipped, byte[] bytes, double rate, int repeats, int epochs, double trainOnlyTestF1) {
    }

    /**
     * One training tried on dev by {@link #train}'s second stage: the in-domain rows {@code repeats} times
     * per epoch, each with its loss times {@code inDomainWeight}; the loss's class weights and L2; the
     * learning rate.
     */
    record Setup(int repeats, double inDomainWeight, LogisticRegressionTrainer.Loss loss, double rate) {
        /** The in-domain rows as this setup trains on them: repeated, each loss weighed. */
        Rows inDomain(Rows local) {
            return local.weighted(inDomainWeight).times(repeats);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lr=%.2f, in-domain x%d (loss x%.0f), class weights ^%.1f, L2 %s",
                    rate, repeats, inDomainWeight, loss.classWeightPower(), loss.l2() == 0 ? "0" : loss.l2());
        }
    }

    /** How much in-domain dev macro-F1 {@link #train}'s second stage may give up for the benchmark's. */
    static final double IN_DOMAIN_TOLERANCE = 0.005;
    /** The second stage's epochs: the benchmark alone was still rising at the first stage's 25th. */
    static final int SETUP_EPOCHS = 40;

    /**
     * The whole training of {@link #run} on one split of the benchmark, logging to {@code log}: the
     * grid on dev with its floor rule, the train-only test score, the refit on train + dev and the
     * compaction. Split apart so {@link CrossValidate} runs exactly this on other splits; it shares
     * nothing mutable, so folds may run at once on one normaliser and lexicon.
     */
    static Trained train(Split split, List<LabelledText> inDomain, List<String> labels, Normalizer normalizer,
                         Polarity polarity, PrintStream log) throws IOException {
        return train(split, inDomain, labels, List.of(), normalizer, polarity, log);
    }

    /**
     * As above, with a second stage when {@code setups} is not empty: every epoch of every setup is a
     * candidate beside the first stage's pick, and the one with the best benchmark dev macro-F1 wins among
     * those whose in-domain dev macro-F1 stays within {@link #IN_DOMAIN_TOLERANCE} of the pick's (ties: the
     * better in-domain score, then the earlier setup and epoch). The first stage favours the in-domain
     * posts; this one wins back benchmark points the in-domain posts need not give up.
     */
    static Trained train(Split split, List<LabelledText> inDomain, List<String> labels, List<Setup> setups,
                         Normalizer normalizer, Polarity polarity, PrintStream log) throws IOException {
        List<String> benchmarkLabels = benchmarkLabels(split, labels);
        Dev dev = new Dev(split.dev(), benchmarkLabels, normalizer, polarity);
        Rows train = new Rows(featurise(split.train(), normalizer, polarity), labelIndexes(split.train(), labels));

        Split local = Split.of(inDomain);
        List<LabelledText> localDevRows = new ArrayList<>(local.dev());
        localDevRows.addAll(local.test());
        Dev localDev = new Dev(localDevRows, labels, normalizer, polarity);
        Rows localTrain = new Rows(featurise(local.train(), normalizer, polarity), labelIndexes(local.train(), labels));
        if (!inDomain.isEmpty()) {
            log.printf(Locale.ROOT, "  in-domain: %d rows -> train %d / dev %d%n", inDomain.size(),
                    local.train().size(), localDevRows.size());
        }
        LogisticRegressionTrainer.Result best = null;
        double bestRate = 0;
        int bestRepeats = 0;
        double floor = Double.NaN; // the benchmark's dev macro-F1 an in-domain model must keep
        // L2 made no difference on dev (early stopping already regularises), so it is not tuned
        for (int repeats : inDomain.isEmpty() ? new int[]{0} : IN_DOMAIN_REPEATS) {
            if (repeats > 0 && Double.isNaN(floor)) {
                floor = dev.macroF1(best.model()) - BENCHMARK_TOLERANCE;
            }
            double keep = floor;
            // below the floor a model scores its benchmark F1 (< 1); above it, 1 + its in-domain F1
            ToDoubleFunction<LinearModel> score = repeats == 0 ? dev::macroF1 : m -> {
                double benchmark = dev.macroF1(m);
                return benchmark >= keep ? 1 + localDev.macroF1(m) : benchmark;
            };
            Rows withLocal = train.plus(localTrain.times(repeats));
            for (double lr : new double[]{0.05, 0.1}) {
                LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(labels, BITS, lr, MAX_EPOCHS);
                LogisticRegressionTrainer.Result r = trainer.train(withLocal.xs(), withLocal.ys(), score, s -> { });
                log.printf(Locale.ROOT, "  lr=%.2f%s: best dev score %.4f at epoch %d%s%n", lr,
                        inDomain.isEmpty() ? "" : ", in-domain x" + repeats, r.devScore(), r.epoch(),
                        inDomain.isEmpty() ? "" : String.format(Locale.ROOT,
                                " (macro-F1 %.4f benchmark, %.4f in-domain)", dev.macroF1(r.model()),
                                localDev.macroF1(r.model())));
                if (best == null || r.devScore() > best.devScore()) {
                    best = r;
                    bestRate = lr;
                    bestRepeats = repeats;
                }
            }
        }
        Setup first = new Setup(bestRepeats, 1, LogisticRegressionTrainer.Loss.DEFAULT, bestRate);
        Setup setup = first;
        int epochs = best.epoch();
        if (!setups.isEmpty()) {
            double benchmarkBest = dev.macroF1(best.model());
            double localBest = localDev.macroF1(best.model());
            double localFloor = localBest - IN_DOMAIN_TOLERANCE;
            log.printf(Locale.ROOT, "  first stage: %s, %d epochs: macro-F1 %.4f benchmark, %.4f in-domain; "
                    + "second stage keeps in-domain >= %.4f%n", setup, epochs, benchmarkBest, localBest, localFloor);
            for (Setup candidate : setups) {
                Rows rows = train.plus(candidate.inDomain(localTrain));
                double[] found = {Double.NEGATIVE_INFINITY, 0, 0}; // this setup's best: benchmark, in-domain, epoch
                int[] epoch = {0};
                new LogisticRegressionTrainer(labels, BITS, candidate.rate(), SETUP_EPOCHS, candidate.loss())
                        .train(rows.xs(), rows.ys(), rows.ws(), m -> {
                            epoch[0]++;
                            double inDomainF1 = localDev.macroF1(m);
                            double benchmark = dev.macroF1(m);
                            if (beats(benchmark, inDomainF1, found[0], found[1], localFloor)) {
                                found[0] = benchmark;
                                found[1] = inDomainF1;
                                found[2] = epoch[0];
                            }
                            return benchmark;
                        }, s -> { });
                log.printf(Locale.ROOT, "  %s: best %s%n", candidate, found[2] == 0 ? "none within the floor"
                        : String.format(Locale.ROOT, "macro-F1 %.4f benchmark, %.4f in-domain at epoch %d",
                        found[0], found[1], (int) found[2]));
                if (beats(found[0], found[1], benchmarkBest, localBest, localFloor)) {
                    benchmarkBest = found[0];
                    localBest = found[1];
                    setup = candidate;
                    epochs = (int) found[2];
                }
            }
        }
        Dev test = new Dev(split.test(), benchmarkLabels, normalizer, polarity);
        LinearModel picked = setup.equals(first) && epochs == best.epoch() ? best.model()
                : setupModel(setup, epochs, train, localTrain, labels);
        double trainOnly = test.macroF1(picked);
        log.printf(Locale.ROOT, "  picked on dev: %s, %d epochs; trained on train alone: "
                + "held-out test macro-F1 %.4f%n", setup, epochs, trainOnly);
        // dev has chosen; its rows now join the training, as many epochs as dev chose (decided before any
        // test score of it was seen, and shipped whatever that score)
        Rows all = train.plus(new Rows(dev.xs(), labelIndexes(split.dev(), labels)))
                .plus(setup.inDomain(localTrain.plus(new Rows(localDev.xs(), labelIndexes(localDevRows, labels)))));
        LinearModel refit = new LogisticRegressionTrainer(labels, BITS, setup.rate(), epochs, setup.loss())
                .trainAll(all.xs(), all.ys(), all.ws());
        byte[] bytes = compact(refit, log);
        return new Trained(LinearModel.read(bytes), bytes, setup.rate(), setup.repeats(), epochs, trainOnly);
    }

    /**
     * The second stage's rule: a model beats the best so far if its in-domain dev macro-F1 is at least
     * {@code inDomainFloor} and its benchmark dev macro-F1 is higher, or as high with a higher in-domain one.
     */
    static boolean beats(double benchmark, double inDomain, double bestBenchmark, double bestInDomain,
                         double inDomainFloor) {
        return inDomain >= inDomainFloor
                && (benchmark > bestBenchmark || benchmark == bestBenchmark && inDomain > bestInDomain);
    }

    /** The second stage's pick trained again on train alone, for its train-only test score. */
    private static LinearModel setupModel(Setup setup, int epochs, Rows train, Rows localTrain, List<String> labels) {
        Rows rows = train.plus(setup.inDomain(localTrain));
        return new LogisticRegressionTrainer(labels, BITS, setup.rate(), epochs, setup.loss())
                .trainAll(rows.xs(), rows.ys(), rows.ws());
    }

    /** A benchmark is scored on its own labels (EmoT has no "none"; in-domain posts may). */
    static List<String> benchmarkLabels(Split split, List<String> labels) {
        return labels.stream().filter(l -> Stream.of(split.train(), split.dev(), split.test())
                .anyMatch(part -> part.stream().anyMatch(r -> r.label().equals(l)))).toList();
    }

    /** The model's best label among {@code among} for each row, as the held-out scores count them. */
    static List<String> predict(LinearModel model, List<LabelledText> rows, List<String> among, Normalizer normalizer,
                                Polarity polarity) {
        return featurise(rows, normalizer, polarity).stream().map(x -> model.bestOf(x, among)).toList();
    }

    /** Featurised rows, their label indexes and the weight of each row's loss, as the trainer takes them. */
    private record Rows(List<Features.Vector> xs, int[] ys, double[] ws) {
        Rows(List<Features.Vector> xs, int[] ys) {
            this(xs, ys, ones(ys.length));
        }

        Rows plus(Rows more) {
            List<Features.Vector> x = new ArrayList<>(xs);
            x.addAll(more.xs);
            int[] y = Arrays.copyOf(ys, ys.length + more.ys.length);
            System.arraycopy(more.ys, 0, y, ys.length, more.ys.length);
            double[] w = Arrays.copyOf(ws, ws.length + more.ws.length);
            System.arraycopy(more.ws, 0, w, ws.length, more.ws.length);
            return new Rows(x, y, w);
        }

        /** These rows {@code n} times over, one copy after another (none for 0). */
        Rows times(int n) {
            Rows out = new Rows(List.of(), new int[0]);
            for (int k = 0; k < n; k++) {
                out = out.plus(this);
            }
            return out;
        }

        /** These rows, each loss times {@code weight}. */
        Rows weighted(double weight) {
            double[] w = ws.clone();
            Arrays.setAll(w, i -> ws[i] * weight);
            return new Rows(xs, ys, w);
        }

        private static double[] ones(int n) {
            double[] w = new double[n];
            Arrays.fill(w, 1);
            return w;
        }
    }

    /** Featurised rows with their gold labels, scored by macro-F1 over {@code labels}. */
    private record Dev(List<Features.Vector> xs, List<String> gold, List<String> labels) {
        Dev(List<LabelledText> rows, List<String> labels, Normalizer normalizer, Polarity polarity) {
            this(featurise(rows, normalizer, polarity), rows.stream().map(LabelledText::label).toList(), labels);
        }

        double macroF1(LinearModel model) {
            return LogisticRegressionTrainer.macroF1(model, xs, gold, labels);
        }
    }

    static int[] labelIndexes(List<LabelledText> rows, List<String> labels) {
        return rows.stream().mapToInt(r -> labels.indexOf(r.label())).toArray();
    }

    /** Writes with increasing pruning until the model fits the size budget. */
    static byte[] compact(LinearModel model, PrintStream log) throws IOException {
        for (double prune = 0.002; ; prune *= 1.5) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.write(out, prune);
            if (out.size() <= MAX_MODEL_BYTES) {
                log.printf(Locale.ROOT, "  pruned weights below %.4f%n", prune);
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

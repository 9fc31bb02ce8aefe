package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.dataset.Datasets;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.dataset.Split;
import id.go.kupangkota.sasando.text.eval.Metrics;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cross-validates the training of the shipped sentiment model: SmSA's unique rows are cut into k
 * slices ({@link Split#folds}) and each fold runs the whole of {@link TrainClassifier#train} (the
 * grid and floor rule on dev, the refit on train + dev, the compaction) with one slice held out,
 * then scores the compacted model on it. The shipped figure is one tenth of SmSA, 1,093 posts, so
 * its interval is wide; fold 9 of 10 is that very split, and the other folds test the same pipeline
 * on the other tenths, so their mean (and the score pooled over every post) estimates the pipeline
 * more tightly than one tenth can. It estimates the pipeline, not the shipped model itself. The
 * Kupang in-domain rows keep the split {@link TrainClassifier} gives them in every fold. Nothing is
 * written. Run from the repository root.
 * Usage: {@code CrossValidate [shared-dir] [k]}, defaults {@code ../shared} and 10.
 */
public final class CrossValidate {
    /** Folds run two at a time, one per core; each is deterministic, so the count changes only the time. */
    static final int THREADS = 2;

    private CrossValidate() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        run(Datasets.smsa(Datasets.smsaFile(shared)), Datasets.kupangSentimentTraining(),
                Vocabulary.SENTIMENTS, k, THREADS, System.out);
    }

    /** One fold's training, its test posts' gold and predicted labels, and their macro-F1. */
    record Fold(TrainClassifier.Trained trained, List<String> gold, List<String> predicted, double macroF1) {
    }

    /**
     * Trains and scores the k folds on {@code threads} threads, printing a line per fold in fold
     * order and then the summary; returns the folds in order. The normaliser and lexicon are shared:
     * both are immutable, and training keeps its state per call.
     */
    static List<Fold> run(List<LabelledText> rows, List<LabelledText> inDomain, List<String> labels, int k,
                          int threads, PrintStream out) throws InterruptedException, ExecutionException {
        ResourceDigest digest = new ResourceDigest();
        Normalizer normalizer = Normalizer.load(digest);
        Polarity polarity = Polarity.load(digest);
        List<Split> splits = Split.folds(rows, k);
        List<String> benchmarkLabels = TrainClassifier.benchmarkLabels(splits.get(0), labels);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Fold> folds = new ArrayList<>();
        try {
            List<Future<Fold>> running = new ArrayList<>();
            for (Split split : splits) {
                running.add(pool.submit(() -> {
                    TrainClassifier.Trained trained = TrainClassifier.train(split, inDomain, labels,
                            TrainSentiment.SETUPS, normalizer, polarity, quiet);
                    List<String> gold = split.test().stream().map(LabelledText::label).toList();
                    List<String> predicted = TrainClassifier.predict(trained.shipped(), split.test(), benchmarkLabels,
                            normalizer, polarity);
                    return new Fold(trained, gold, predicted, Metrics.macroF1(gold, predicted, benchmarkLabels));
                }));
            }
            for (int f = 0; f < k; f++) {
                Fold fold = running.get(f).get();
                TrainClassifier.Trained t = fold.trained();
                out.printf(Locale.ROOT, "fold %d: test %d, macro-F1 %.4f, picked lr=%.2f, in-domain x%d, %d epochs "
                        + "(trained on train alone: %.4f)%n", f, fold.gold().size(), fold.macroF1(), t.rate(),
                        t.repeats(), t.epochs(), t.trainOnlyTestF1());
                folds.add(fold);
            }
        } finally {
            pool.shutdownNow();
        }
        double mean = folds.stream().mapToDouble(Fold::macroF1).average().orElseThrow();
        double squares = folds.stream().mapToDouble(f -> (f.macroF1() - mean) * (f.macroF1() - mean)).sum();
        out.printf(Locale.ROOT, "%d folds: mean macro-F1 %.4f, sample SD %.4f%n", k, mean,
                Math.sqrt(squares / (k - 1)));
        List<String> gold = folds.stream().flatMap(f -> f.gold().stream()).toList();
        List<String> predicted = folds.stream().flatMap(f -> f.predicted().stream()).toList();
        out.printf(Locale.ROOT, "pooled over %d posts: macro-F1 %.4f (%s), accuracy %.4f%n", gold.size(),
                Metrics.macroF1(gold, predicted, benchmarkLabels),
                Metrics.macroF1Interval(gold, predicted, benchmarkLabels), Metrics.accuracy(gold, predicted));
        return folds;
    }
}

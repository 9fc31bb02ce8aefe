package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.dataset.Datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the shipped sentiment model on IndoNLU SmSA (Wilie et al. 2020, MIT) and the team's own
 * Kupang posts ({@link Datasets#kupangSentimentTraining}). Run from the repository root.
 * Usage: {@code TrainSentiment [shared-dir] [output]}, defaults {@code ../shared} and
 * {@code analytics/text/src/main/resources/sasando/text/model/sentiment.bin}.
 */
public final class TrainSentiment {
    /**
     * The second stage of {@link TrainClassifier#train} (30 Nov): the Kupang posts three or six times per
     * epoch, or once with their loss tripled; square-root or fully balanced class weights; L2 none or
     * 1e-4; at a rate of 0.1; and the first stage's two best repeats at 0.05. Fixed before any of them was
     * scored; EVALUATION.md has their dev figures.
     */
    static final List<TrainClassifier.Setup> SETUPS = setups();

    private TrainSentiment() {
    }

    private static List<TrainClassifier.Setup> setups() {
        List<TrainClassifier.Setup> setups = new ArrayList<>();
        int[][] sources = {{3, 1}, {6, 1}, {1, 3}}; // repeats, loss weight
        for (int[] source : sources) {
            for (double power : new double[]{0.5, 1}) {
                for (double l2 : new double[]{0, 1e-4}) {
                    setups.add(new TrainClassifier.Setup(source[0], source[1],
                            new LogisticRegressionTrainer.Loss(power, l2), 0.1));
                }
            }
        }
        for (int repeats : new int[]{3, 6}) {
            setups.add(new TrainClassifier.Setup(repeats, 1, LogisticRegressionTrainer.Loss.DEFAULT, 0.05));
        }
        return List.copyOf(setups);
    }

    public static void main(String[] args) throws IOException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        Path output = Path.of(args.length > 1 ? args[1]
                : "analytics/text/src/main/resources/sasando/text/model/sentiment.bin");
        TrainClassifier.run("sentiment (SmSA + Kupang)", Datasets.smsa(Datasets.smsaFile(shared)),
                Datasets.kupangSentimentTraining(), Vocabulary.SENTIMENTS, SETUPS, output);
    }
}

package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.dataset.Datasets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Trains the shipped sentiment model on IndoNLU SmSA (Wilie et al. 2020, MIT) and the team's own
 * Kupang posts ({@link Datasets#kupangSentimentTraining}). Run from the repository root.
 * Usage: {@code TrainSentiment [shared-dir] [output]}, defaults {@code ../shared} and
 * {@code analytics/text/src/main/resources/sasando/text/model/sentiment.bin}.
 */
public final class TrainSentiment {
    private TrainSentiment() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        Path output = Path.of(args.length > 1 ? args[1]
                : "analytics/text/src/main/resources/sasando/text/model/sentiment.bin");
        TrainClassifier.run("sentiment (SmSA + Kupang)", Datasets.smsa(Datasets.smsaFile(shared)),
                Datasets.kupangSentimentTraining(), Vocabulary.SENTIMENTS, output);
    }
}

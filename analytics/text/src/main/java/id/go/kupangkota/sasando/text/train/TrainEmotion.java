package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.dataset.Datasets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Trains the shipped emotion model on IndoNLU EmoT (Saputri et al. 2018, MIT) and the team's own
 * Kupang posts ({@link Datasets#KUPANG_EMOTION_TRAIN}). The model knows Sasando's six emotions: the
 * five of EmoT and "none", which only the Kupang posts teach (information, questions, news); at
 * tagging time a prediction that is not confident is "none" as well. Run from the repository root.
 * Usage: {@code TrainEmotion [shared-dir] [output]}.
 */
public final class TrainEmotion {
    private TrainEmotion() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        Path output = Path.of(args.length > 1 ? args[1]
                : "analytics/text/src/main/resources/sasando/text/model/emotion.bin");
        TrainClassifier.run("emotion (EmoT + Kupang)", Datasets.emot(Datasets.emotFile(shared)),
                Datasets.labelFirst(Path.of(Datasets.KUPANG_EMOTION_TRAIN)), Vocabulary.EMOTIONS, output);
    }
}

package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.dataset.Datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the shipped emotion model on IndoNLU EmoT (Saputri et al. 2018, MIT). The model knows the
 * five EmoT emotions; "none" is decided at tagging time when the model is not confident.
 * Usage: {@code TrainEmotion [shared-dir] [output]}.
 */
public final class TrainEmotion {
    /** The EmoT labels: {@link id.go.kupangkota.sasando.core.post.Vocabulary#EMOTIONS} without "none". */
    static final List<String> LABELS = List.of("anger", "happy", "sadness", "fear", "love");

    private TrainEmotion() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = args.length > 0 ? Path.of(args[0]) : Datasets.sharedDir();
        Path output = Path.of(args.length > 1 ? args[1]
                : "analytics/text/src/main/resources/sasando/text/model/emotion.bin");
        TrainClassifier.run("emotion (EmoT)", Datasets.emot(Datasets.emotFile(shared)), LABELS, output);
    }
}

package id.go.kupangkota.sasando.text.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Readers for the labelled sets in {@code <shared>/data} (see its README for licences). The data
 * never enters the repository: training, evaluation and tests read it from the shared folder.
 */
public final class Datasets {
    public static final String SHARED_DIR_PROPERTY = "sasando.shared.dir";
    /**
     * Kupang posts with a sentiment, written by the Sasando team (Apache-2.0, in the repository as
     * a test resource): trained on beside SmSA so the model knows local complaints. From the root.
     */
    public static final String KUPANG_SENTIMENT_TRAIN =
            "analytics/text/src/test/resources/sasando/text/sentiment/kupang-train.tsv";
    /** Written apart from the training posts, by another hand, and never trained or tuned on. */
    public static final String KUPANG_SENTIMENT_TEST =
            "analytics/text/src/test/resources/sasando/text/sentiment/kupang-test.tsv";
    /**
     * Round four of the training posts: complaints ending in a hope or a request ("semoga cepat
     * diperbaiki") beside praise and notices using the same words, which review-trained words like
     * "cepat" read as praise. Sentiment labels only, so a file apart from {@link #KUPANG_SENTIMENT_TRAIN}.
     */
    public static final String KUPANG_HOPES_TRAIN =
            "analytics/text/src/test/resources/sasando/text/sentiment/kupang-hopes-train.tsv";
    /** Posts of the same kind, held out: by another writer, and the round-four writer's untrained third. */
    public static final String KUPANG_HOPES_TEST =
            "analytics/text/src/test/resources/sasando/text/sentiment/kupang-hopes-test.tsv";
    /** The training posts again, labelled with an emotion (or "none"): trained on beside EmoT. */
    public static final String KUPANG_EMOTION_TRAIN =
            "analytics/text/src/test/resources/sasando/text/emotion/kupang-train.tsv";
    /** The held-out posts again, labelled with an emotion by another hand; never trained or tuned on. */
    public static final String KUPANG_EMOTION_TEST =
            "analytics/text/src/test/resources/sasando/text/emotion/kupang-test.tsv";
    /**
     * The training posts again, with the kecamatan they are about ("-" none, "?" a reader cannot
     * tell), placed by hand; the gazetteer's fixes were read off its errors.
     */
    public static final String KUPANG_PLACES_TRAIN =
            "analytics/text/src/test/resources/sasando/text/place/kupang-train.tsv";
    /** The held-out posts again, placed by another hand; the gazetteer is not tuned on them. */
    public static final String KUPANG_PLACES_TEST =
            "analytics/text/src/test/resources/sasando/text/place/kupang-test.tsv";
    /** EmoT's labels: Sasando's emotions without "none", which EmoT never uses. */
    public static final List<String> EMOT_LABELS = List.of("anger", "happy", "sadness", "fear", "love");

    private Datasets() {
    }

    /** The shared folder: system property {@code sasando.shared.dir}, else {@code ../shared}. */
    public static Path sharedDir() {
        return Path.of(System.getProperty(SHARED_DIR_PROPERTY, "../shared"));
    }

    public static Path smsaFile(Path shared) {
        return shared.resolve("data/sentiment-smsa/train.tsv");
    }

    public static Path emotFile(Path shared) {
        return shared.resolve("data/emotion-emot/train.csv");
    }

    public static Path netifierFile(Path shared) {
        return shared.resolve("data/risk-netifier/train.csv");
    }

    public static Path ibrohimFile(Path shared) {
        return shared.resolve("data/hate-ibrohim2019/re_dataset.csv");
    }

    /** IndoNLU SmSA: {@code text<TAB>label}. */
    public static List<LabelledText> smsa(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                rows.add(LabelledText.of(line.substring(0, tab), line.substring(tab + 1).strip()));
            }
        }
        return rows;
    }

    /** Our own sets: {@code label<TAB>text}, '#' comments and blank lines skipped. */
    public static List<LabelledText> labelFirst(List<String> lines) {
        List<LabelledText> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("line needs 'label TAB text': " + line);
            }
            rows.add(LabelledText.of(line.substring(tab + 1).strip(), line.substring(0, tab)));
        }
        return rows;
    }

    /** Every Kupang post the sentiment model trains on, in file order: the four rounds. From the root. */
    public static List<LabelledText> kupangSentimentTraining() throws IOException {
        List<LabelledText> all = new ArrayList<>(labelFirst(Path.of(KUPANG_SENTIMENT_TRAIN)));
        all.addAll(labelFirst(Path.of(KUPANG_HOPES_TRAIN)));
        return all;
    }

    public static List<LabelledText> labelFirst(Path file) throws IOException {
        return labelFirst(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** IndoNLU EmoT: {@code label,tweet} with a header. */
    public static List<LabelledText> emot(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (List<String> r : csv(file)) {
            if (r.size() >= 2 && !r.get(0).equals("label")) {
                rows.add(LabelledText.of(r.get(1), r.get(0)));
            }
        }
        return rows;
    }

    /**
     * Netifier, mapped to Sasando's risk codes: {@code radikalisme} -> radikalisme and terorisme
     * (the set does not tell them apart), {@code sara} -> intoleransi and ujaran_kebencian.
     * Labels here are "radikalisme" and "sara"; {@link #netifierCodes} gives the mapping.
     */
    public static List<LabelledText> netifier(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (List<String> r : csv(file)) {
            if (r.size() >= 6 && !r.get(0).equals("original_text")) {
                Set<String> labels = new HashSet<>();
                if (r.get(3).strip().equals("1")) {
                    labels.add("sara");
                }
                if (r.get(4).strip().equals("1")) {
                    labels.add("radikalisme");
                }
                rows.add(new LabelledText(r.get(0).replace("\\n", "\n"), Set.copyOf(labels)));
            }
        }
        return rows;
    }

    /** The Sasando risk codes that count as a hit for a Netifier label. */
    public static Set<String> netifierCodes(String label) {
        return label.equals("radikalisme") ? Set.of("radikalisme", "terorisme") : Set.of("intoleransi", "ujaran_kebencian");
    }

    /**
     * Ibrohim &amp; Budi 2019: labels "hs" (any hate speech) and "hs_sara" (HS_Religion or HS_Race).
     */
    public static List<LabelledText> ibrohim(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        for (List<String> r : csv(file)) {
            if (r.size() >= 7 && !r.get(0).equals("Tweet")) {
                Set<String> labels = new HashSet<>();
                if (r.get(1).strip().equals("1")) {
                    labels.add("hs");
                }
                if (r.get(5).strip().equals("1") || r.get(6).strip().equals("1")) {
                    labels.add("hs_sara");
                }
                rows.add(new LabelledText(r.get(0), Set.copyOf(labels)));
            }
        }
        return rows;
    }

    /** The Sasando risk codes that count as a hit for an Ibrohim label. */
    public static Set<String> ibrohimCodes(String label) {
        return label.equals("hs_sara") ? Set.of("intoleransi") : Set.of("ujaran_kebencian", "intoleransi");
    }

    private static List<List<String>> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Csv.read(new java.io.BufferedReader(in), ',');
        }
    }
}

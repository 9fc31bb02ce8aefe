package id.go.kupangkota.sasando.text.eval;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.classify.TextClassifier;
import id.go.kupangkota.sasando.text.dataset.Datasets;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.dataset.Split;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Prints one Markdown table of the text module's quality: sentiment and emotion macro-F1 on the
 * held-out test splits, and risk precision/recall on Netifier, Ibrohim (dev half for tuning, test half
 * reported) and the trap set. Run from the repository root:
 * {@code EvaluateCommand [shared-dir] [--write analytics/text/EVALUATION.md]}.
 */
public final class EvaluateCommand {
    private EvaluateCommand() {
    }

    /** One row of the table. */
    record Row(String set, String task, String split, String metric, double value, String note) {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Datasets.sharedDir();
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--write") && i + 1 < args.length) {
                write = Path.of(args[++i]);
            } else {
                shared = Path.of(args[i]);
            }
        }
        List<Row> rows = evaluate(shared);
        String table = table(rows);
        System.out.println(table);
        if (write != null) {
            String doc = "# Text analytics evaluation\n\n"
                    + "Measured " + LocalDate.now() + " with pipeline `" + Tagger.shared().pipelineVersion() + "`, from the "
                    + "repository root:\n\n```\n./mvnw -q -o -pl analytics/text exec:java "
                    + "-Dexec.mainClass=id.go.kupangkota.sasando.text.eval.EvaluateCommand "
                    + "-Dexec.args=\"../shared --write analytics/text/EVALUATION.md\"\n```\n\n" + table + "\n";
            String previous = Files.exists(write) ? Files.readString(write) : "";
            int keep = previous.indexOf("\n## ");
            Files.writeString(write, keep >= 0 ? doc + previous.substring(keep) : doc, StandardCharsets.UTF_8);
        }
    }

    public static List<Row> evaluate(Path shared) throws IOException {
        List<Row> rows = new ArrayList<>();
        Tagger tagger = Tagger.shared();
        if (Files.exists(Datasets.smsaFile(shared))) {
            rows.addAll(sentiment(tagger, Split.of(Datasets.smsa(Datasets.smsaFile(shared))).test()));
        }
        List<LabelledText> kupangTest = ownSet(Datasets.KUPANG_SENTIMENT_TEST);
        if (!kupangTest.isEmpty()) {
            rows.addAll(sentiment(tagger, "Kupang (own, held out)", "all", kupangTest, ""));
        }
        List<LabelledText> hopes = ownSet(Datasets.KUPANG_HOPES_TEST);
        if (!hopes.isEmpty()) {
            rows.addAll(sentiment(tagger, "Kupang hopes (own, held out)", "all", hopes, ""));
        }
        if (Files.exists(Datasets.emotFile(shared))) {
            rows.addAll(emotion(Split.of(Datasets.emot(Datasets.emotFile(shared))).test()));
        }
        List<LabelledText> ordinary = new ArrayList<>(ownSet(Datasets.KUPANG_SENTIMENT_TRAIN));
        ordinary.addAll(ownSet(Datasets.KUPANG_HOPES_TRAIN));
        ordinary.addAll(kupangTest);
        ordinary.addAll(hopes);
        if (!ordinary.isEmpty()) {
            rows.add(falseAlarms(tagger, ordinary));
        }
        rows.addAll(places(tagger, "Kupang (own, tuned on)", ownSet(Datasets.KUPANG_PLACES_TRAIN)));
        rows.addAll(places(tagger, "Kupang (own, held out)", ownSet(Datasets.KUPANG_PLACES_TEST)));
        List<LabelledText> kupangEmotions = ownSet(Datasets.KUPANG_EMOTION_TEST);
        if (!kupangEmotions.isEmpty()) {
            rows.addAll(kupangEmotion(tagger, kupangEmotions));
        }
        if (Files.exists(Datasets.netifierFile(shared))) {
            Split s = Split.evaluationOnly(Datasets.netifier(Datasets.netifierFile(shared)));
            for (String label : List.of("radikalisme", "sara")) {
                rows.addAll(risk(tagger, "Netifier", label, s, Datasets::netifierCodes));
            }
        }
        if (Files.exists(Datasets.ibrohimFile(shared))) {
            Split s = Split.evaluationOnly(Datasets.ibrohim(Datasets.ibrohimFile(shared)));
            for (String label : List.of("hs", "hs_sara")) {
                rows.addAll(risk(tagger, "Ibrohim 2019", label, s, Datasets::ibrohimCodes));
            }
        }
        for (TrapSet.Source set : TrapSet.ALL) {
            if (Files.exists(set.path())) {
                rows.addAll(traps(tagger, set.label(), TrapSet.read(set.path())));
            }
        }
        return rows;
    }

    /** One of the team's own sets (a path from the repository root); empty when run elsewhere. */
    private static List<LabelledText> ownSet(String path) throws IOException {
        return Files.exists(Path.of(path)) ? Datasets.labelFirst(Path.of(path)) : List.of();
    }

    static List<Row> sentiment(Tagger tagger, List<LabelledText> test) {
        return sentiment(tagger, "SmSA", "test", test, "published IndoBERT-large 92.7");
    }

    /** Macro-F1, accuracy, and the error an analyst notices first: a complaint read as praise. */
    static List<Row> sentiment(Tagger tagger, String set, String part, List<LabelledText> test, String note) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        int complaintsAsPraise = 0;
        for (LabelledText row : test) {
            String sentiment = tagger.tag(row.text()).sentiment();
            gold.add(row.label());
            predicted.add(sentiment);
            if (row.label().equals("negative") && sentiment.equals("positive")) {
                complaintsAsPraise++;
            }
        }
        String split = part + " (" + test.size() + ")";
        long negatives = gold.stream().filter("negative"::equals).count();
        return List.of(macroF1Row(set, "sentiment", split, gold, predicted, Vocabulary.SENTIMENTS, note),
                new Row(set, "sentiment", split, "accuracy", Metrics.accuracy(gold, predicted), ""),
                new Row(set, "negative tagged positive", split, "count", complaintsAsPraise,
                        "of " + negatives + " negative"));
    }

    /** A macro-F1 row whose note starts with its bootstrap interval: a few hundred posts decide little. */
    private static Row macroF1Row(String set, String task, String split, List<String> gold, List<String> predicted,
                                  List<String> labels, String note) {
        Metrics.Interval interval = Metrics.macroF1Interval(gold, predicted, labels);
        return new Row(set, task, split, "macro-F1", Metrics.macroF1(gold, predicted, labels),
                note.isEmpty() ? interval.toString() : interval + "; " + note);
    }

    static List<Row> emotion(List<LabelledText> test) {
        // forced choice over the five EmoT labels: the model itself, before "none" (which EmoT lacks)
        ResourceDigest digest = new ResourceDigest();
        Normalizer normalizer = Normalizer.load(digest);
        TextClassifier model = TextClassifier.load(digest, TextClassifier.EMOTION_MODEL, Polarity.load(digest));
        Tagger tagger = Tagger.shared();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        int none = 0;
        for (LabelledText row : test) {
            gold.add(row.label());
            Features.Vector x = model.features(normalizer.normalize(row.text()));
            predicted.add(model.model().bestOf(x, Datasets.EMOT_LABELS));
            if (tagger.tag(row.text()).emotion().equals("none")) {
                none++;
            }
        }
        return List.of(macroF1Row("EmoT", "emotion", "test (" + test.size() + ")", gold, predicted,
                        Datasets.EMOT_LABELS, "published IndoBERT-large 79.5"),
                new Row("EmoT", "emotion", "test (" + test.size() + ")", "share tagged none",
                        (double) none / test.size(), "none predicted, or confidence < 0.45"));
    }

    /**
     * Risk alerts on the team's ordinary Kupang posts (complaints, news, chatter; written with no
     * risky post among them, and never used to tune the risk lexicons): every alert is a false alarm.
     */
    static Row falseAlarms(Tagger tagger, List<LabelledText> ordinary) {
        int alarms = 0;
        for (LabelledText row : ordinary) {
            if (!tagger.tag(row.text()).risk().isEmpty()) {
                alarms++;
            }
        }
        return new Row("Kupang (own, ordinary posts)", "false alarms", "all (" + ordinary.size() + ")",
                "count", alarms, "any risk category on a post written with none");
    }

    /**
     * The gazetteer against posts placed by hand: precision of the kecamatan it gives (a wrong one
     * puts a complaint on the wrong part of the map), recall over the posts a reader could place.
     * Posts the reader could not place ("?") are left out; no posts, no rows.
     */
    static List<Row> places(Tagger tagger, String set, List<LabelledText> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        int placedByHand = 0;
        int placed = 0;
        int right = 0;
        int wrong = 0;
        int scored = 0;
        for (LabelledText row : posts) {
            String gold = row.label();
            if (gold.equals("?")) {
                continue;
            }
            scored++;
            String kecamatan = tagger.tag(row.text()).kecamatan();
            boolean hand = !gold.equals("-");
            placedByHand += hand ? 1 : 0;
            if (kecamatan != null) {
                placed++;
                if (kecamatan.equals(gold)) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        String split = "all (" + scored + ", " + placedByHand + " placed by hand)";
        return List.of(new Row(set, "kecamatan", split, "precision",
                        placed == 0 ? Double.NaN : (double) right / placed, placed + " placed"),
                new Row(set, "kecamatan", split, "recall", placedByHand == 0 ? Double.NaN
                        : (double) right / placedByHand, ""),
                new Row(set, "kecamatan wrong or not in the post", split, "count", wrong, ""));
    }

    /** Sasando's emotion as tagged (six labels, "none" included) against our own held-out Kupang posts. */
    static List<Row> kupangEmotion(Tagger tagger, List<LabelledText> test) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (LabelledText row : test) {
            gold.add(row.label());
            predicted.add(tagger.tag(row.text()).emotion());
        }
        String split = "all (" + test.size() + ")";
        return List.of(macroF1Row("Kupang (own, held out)", "emotion", split, gold, predicted, Vocabulary.EMOTIONS,
                        "six labels, none included"),
                new Row("Kupang (own, held out)", "emotion", split, "accuracy",
                        Metrics.accuracy(gold, predicted), ""));
    }

    static List<Row> risk(Tagger tagger, String set, String label, Split split,
                          Function<String, Set<String>> codes) {
        List<Row> rows = new ArrayList<>();
        Set<String> wanted = codes.apply(label);
        for (String part : List.of("dev", "test")) {
            List<LabelledText> data = part.equals("dev") ? split.dev() : split.test();
            Metrics.Counts c = new Metrics.Counts();
            for (LabelledText row : data) {
                TagResult r = tagger.tag(row.text());
                c.add(row.labels().contains(label), !Collections.disjoint(r.risk(), wanted));
            }
            String task = label + " -> " + String.join("/", wanted.stream().sorted().toList());
            String split2 = part + " (" + data.size() + ", " + c.actualPositives() + " positive)";
            rows.add(new Row(set, task, split2, "precision", c.precision(), alerts(c.predictedPositives())));
            rows.add(new Row(set, task, split2, "recall", c.recall(), ""));
        }
        return rows;
    }

    static List<Row> traps(Tagger tagger, String set, TrapSet traps) {
        List<Row> rows = new ArrayList<>();
        int n = traps.traps().size();
        int stanceRight = 0;
        int falseAlarms = 0;
        int harmless = 0;
        Metrics.Counts any = new Metrics.Counts();
        for (TrapSet.Trap t : traps.traps()) {
            TagResult r = tagger.tag(t.text());
            if (r.stance().equals(t.stance())) {
                stanceRight++;
            }
            if (t.risk().isEmpty()) {
                harmless++;
                if (!r.risk().isEmpty()) {
                    falseAlarms++;
                }
            }
            any.add(!t.risk().isEmpty(), !r.risk().isEmpty());
        }
        rows.add(new Row(set, "any risk", "all (" + n + ")", "precision", any.precision(),
                alerts(any.predictedPositives())));
        rows.add(new Row(set, "any risk", "all (" + n + ")", "recall", any.recall(), ""));
        rows.add(new Row(set, "false alarms", harmless + " non-risky", "count", falseAlarms, ""));
        rows.add(new Row(set, "stance", "all (" + n + ")", "accuracy", (double) stanceRight / n, ""));
        for (String category : Vocabulary.RISK_CATEGORIES) {
            Metrics.Counts c = new Metrics.Counts();
            for (TrapSet.Trap t : traps.traps()) {
                c.add(t.risk().contains(category), tagger.tag(t.text()).risk().contains(category));
            }
            if (c.actualPositives() + c.predictedPositives() > 0) {
                // a row per measure, as for any risk: a set without a post of the category has a precision
                // (its alerts are all false) and no recall, and the table says so rather than a bare number
                String split = "all (" + n + ", " + c.actualPositives() + " positive)";
                rows.add(new Row(set, category, split, "precision", c.precision(), alerts(c.predictedPositives())));
                rows.add(new Row(set, category, split, "recall", c.recall(),
                        c.actualPositives() == 0 ? "undefined: no post of it in the set" : ""));
            }
        }
        return rows;
    }

    /** The note of a precision row: how many alerts it is over. */
    private static String alerts(int n) {
        return n + (n == 1 ? " alert" : " alerts");
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| set | task | split | metric | value | note |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            String value = r.metric().equals("count") ? String.valueOf((int) r.value())
                    : Double.isNaN(r.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", r.value());
            sb.append(String.format("| %s | %s | %s | %s | %s | %s |%n", r.set(), r.task(), r.split(), r.metric(), value,
                    r.note()));
        }
        return sb.toString();
    }
}

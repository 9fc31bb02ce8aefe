package id.go.kupangkota.sasando.text.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic train / dev / test split (80/10/10) of a labelled set. Texts are de-duplicated
 * first (case and spacing ignored, first label kept) so the same text can never sit on both sides,
 * then shuffled with a fixed seed. Training tunes on {@code dev}; only {@code test} is reported.
 */
public record Split(List<LabelledText> train, List<LabelledText> dev, List<LabelledText> test) {
    public static final long SEED = 20240711L;

    public static Split of(List<LabelledText> rows) {
        List<LabelledText> shuffled = shuffledUnique(rows);
        int n = shuffled.size();
        int trainEnd = cut(n, 8, 10);
        int devEnd = cut(n, 9, 10);
        return new Split(List.copyOf(shuffled.subList(0, trainEnd)), List.copyOf(shuffled.subList(trainEnd, devEnd)),
                List.copyOf(shuffled.subList(devEnd, n)));
    }

    /**
     * The k folds of a cross-validation over the same shuffled unique rows as {@link #of}, cut into k
     * consecutive slices: fold f tests on slice f, tunes on the slice before it (the last one for
     * fold 0) and trains on the rest, in shuffled order. For k = 10 the last fold is {@link #of}
     * itself, so the shipped split is one of the folds.
     */
    public static List<Split> folds(List<LabelledText> rows, int k) {
        if (k < 3) {
            throw new IllegalArgumentException("a fold needs a train, a dev and a test slice: k >= 3, not " + k);
        }
        List<LabelledText> shuffled = shuffledUnique(rows);
        int n = shuffled.size();
        List<List<LabelledText>> slices = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            slices.add(List.copyOf(shuffled.subList(cut(n, i, k), cut(n, i + 1, k))));
        }
        List<Split> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int dev = (f - 1 + k) % k;
            List<LabelledText> train = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (i != f && i != dev) {
                    train.addAll(slices.get(i));
                }
            }
            folds.add(new Split(List.copyOf(train), slices.get(dev), slices.get(f)));
        }
        return List.copyOf(folds);
    }

    /** The rows with repeated texts dropped (first label kept), in the seeded shuffle every split cuts. */
    private static List<LabelledText> shuffledUnique(List<LabelledText> rows) {
        Map<String, LabelledText> unique = new LinkedHashMap<>();
        for (LabelledText row : rows) {
            unique.putIfAbsent(key(row.text()), row);
        }
        List<LabelledText> shuffled = new ArrayList<>(unique.values());
        Collections.shuffle(shuffled, new Random(SEED));
        return shuffled;
    }

    /**
     * Where slice i of k starts among n rows: round(n * i / k), the fraction taken as a double first
     * so 8 and 9 of 10 give exactly the 80 % and 90 % cuts {@link #of} has always made.
     */
    private static int cut(int n, int i, int k) {
        return (int) Math.round(n * ((double) i / k));
    }

    /** Train and dev together: what a model learns from once dev has had its say. */
    public List<LabelledText> trainAndDev() {
        List<LabelledText> rows = new ArrayList<>(train);
        rows.addAll(dev);
        return rows;
    }

    /** Every row of the split, each once. */
    public List<LabelledText> all() {
        List<LabelledText> rows = trainAndDev();
        rows.addAll(test);
        return rows;
    }

    /** A dev / test halving for sets used only to evaluate (nothing is trained on them). */
    public static Split evaluationOnly(List<LabelledText> rows) {
        Split s = of(rows);
        List<LabelledText> all = new ArrayList<>(s.train);
        all.addAll(s.dev);
        all.addAll(s.test);
        int half = all.size() / 2;
        return new Split(List.of(), List.copyOf(all.subList(0, half)), List.copyOf(all.subList(half, all.size())));
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

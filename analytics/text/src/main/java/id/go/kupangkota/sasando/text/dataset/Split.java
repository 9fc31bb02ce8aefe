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
        Map<String, LabelledText> unique = new LinkedHashMap<>();
        for (LabelledText row : rows) {
            unique.putIfAbsent(key(row.text()), row);
        }
        List<LabelledText> shuffled = new ArrayList<>(unique.values());
        Collections.shuffle(shuffled, new Random(SEED));
        int n = shuffled.size();
        int trainEnd = (int) Math.round(n * 0.8);
        int devEnd = (int) Math.round(n * 0.9);
        return new Split(List.copyOf(shuffled.subList(0, trainEnd)), List.copyOf(shuffled.subList(trainEnd, devEnd)),
                List.copyOf(shuffled.subList(devEnd, n)));
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

package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.dataset.Csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes Kupang Malay -> Indonesian word pairs from the Bhinneka Korpus sentence pairs
 * (Lopo &amp; Tanone 2024, Apache-2.0): for every Kupang Malay word that is rare on the Indonesian
 * side, the Indonesian word with the best Dice co-occurrence over sentence pairs. The output is a
 * list of candidates to review by hand; the reviewed list is
 * {@code src/main/resources/sasando/text/normalize/kupang-malay.txt}.
 *
 * <p>Usage: {@code DeriveKupangMalayMap <ind-mkn.csv> <candidates.txt>}
 */
public final class DeriveKupangMalayMap {
    private static final int MIN_COUNT = 2;
    private static final double MIN_DICE = 0.25;

    private DeriveKupangMalayMap() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DeriveKupangMalayMap <ind-mkn.csv> <candidates.txt>");
            System.exit(2);
        }
        List<String[]> pairs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in, ',');
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() >= 3) {
                    pairs.add(new String[]{row.get(1), row.get(2)});
                }
            }
        }
        Files.write(Path.of(args[1]), derive(pairs), StandardCharsets.UTF_8);
        System.out.println("wrote candidates from " + pairs.size() + " sentence pairs to " + args[1]);
    }

    /** Candidate lines {@code mkn | ind  # n=.. dice=..}, most frequent first. */
    static List<String> derive(List<String[]> pairs) {
        Map<String, Integer> indCount = new HashMap<>();
        Map<String, Integer> mknCount = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (String[] pair : pairs) {
            Set<String> ind = words(pair[0]);
            Set<String> mkn = words(pair[1]);
            ind.forEach(w -> indCount.merge(w, 1, Integer::sum));
            for (String m : mkn) {
                mknCount.merge(m, 1, Integer::sum);
                Map<String, Integer> row = together.computeIfAbsent(m, k -> new HashMap<>());
                // words shared by both sentences are not what the Kupang word translates
                for (String i : ind) {
                    if (!mkn.contains(i)) {
                        row.merge(i, 1, Integer::sum);
                    }
                }
            }
        }
        List<Object[]> found = new ArrayList<>();
        mknCount.forEach((m, n) -> {
            if (n < MIN_COUNT || indCount.getOrDefault(m, 0) * 3 > n) {
                return; // rare, or an Indonesian word too
            }
            String best = null;
            double bestDice = 0;
            for (Map.Entry<String, Integer> e : together.getOrDefault(m, Map.of()).entrySet()) {
                double dice = 2.0 * e.getValue() / (n + indCount.get(e.getKey()));
                if (dice > bestDice) {
                    bestDice = dice;
                    best = e.getKey();
                }
            }
            if (best != null && bestDice >= MIN_DICE) {
                found.add(new Object[]{m, best, n, bestDice});
            }
        });
        found.sort((a, b) -> Integer.compare((int) b[2], (int) a[2]));
        List<String> lines = new ArrayList<>();
        for (Object[] f : found) {
            lines.add(String.format(Locale.ROOT, "%s | %s  # n=%d dice=%.2f", f[0], f[1], f[2], f[3]));
        }
        return lines;
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

package id.go.kupangkota.sasando.text.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-written trap set (harmless posts with alarming words, reporting and countering posts,
 * truly risky posts): lines {@code risk codes or - TAB stance TAB text}, '#' comments.
 */
public record TrapSet(List<Trap> traps) {
    /** Where the trap sets are kept, from the repository root. */
    private static final String DIR = "analytics/text/src/test/resources/sasando/text/risk/";
    /** The trap set the lexicons were tuned on (a test resource, also read by the evaluation). */
    public static final String TUNING_PATH = DIR + "traps.tsv";
    /** The trap set written after tuning and never tuned on: the honest estimate. */
    public static final String HOLDOUT_PATH = DIR + "traps-holdout.tsv";
    /**
     * Four more sets, each by a writer who saw none of Sasando's lexicons, trap sets or code: two measured
     * untouched and then tuned on, two never read by whoever tunes.
     */
    public static final String TUNING_2_PATH = DIR + "traps-2.tsv";
    public static final String TUNING_3_PATH = DIR + "traps-3.tsv";
    public static final String HOLDOUT_4_PATH = DIR + "traps-holdout-4.tsv";
    public static final String HOLDOUT_5_PATH = DIR + "traps-holdout-5.tsv";
    /**
     * A sixth, never read; and four of intolerance alone, whose ordinary posts put refusals beside
     * worship: two read and tuned on, two never read.
     */
    public static final String HOLDOUT_6_PATH = DIR + "traps-holdout-6.tsv";
    public static final String INTOLERANCE_7_PATH = DIR + "intoleransi-7.tsv";
    public static final String INTOLERANCE_8_PATH = DIR + "intoleransi-8.tsv";
    public static final String INTOLERANCE_HOLDOUT_9_PATH = DIR + "intoleransi-holdout-9.tsv";
    public static final String INTOLERANCE_HOLDOUT_10_PATH = DIR + "intoleransi-holdout-10.tsv";
    /** Written after the intolerance model was trained, and measured once, to decide whether it ships. */
    public static final String HOLDOUT_11_PATH = DIR + "traps-holdout-11.tsv";
    public static final String INTOLERANCE_HOLDOUT_12_PATH = DIR + "intoleransi-holdout-12.tsv";

    public record Trap(Set<String> risk, String stance, String text) {
    }

    public static TrapSet read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static TrapSet parse(List<String> lines) {
        List<Trap> traps = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            if (cols.length != 3) {
                throw new IllegalArgumentException("trap line needs 'risk TAB stance TAB text': " + line);
            }
            Set<String> risk = cols[0].equals("-") ? Set.of() : Set.of(cols[0].split(","));
            traps.add(new Trap(risk, cols[1], cols[2]));
        }
        return new TrapSet(List.copyOf(traps));
    }
}

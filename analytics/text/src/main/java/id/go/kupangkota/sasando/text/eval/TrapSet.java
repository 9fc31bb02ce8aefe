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
    /** Where the trap sets are kept, from the repository root (test resources, also read by the evaluation). */
    private static final String DIR = "analytics/text/src/test/resources/sasando/text/risk/";

    /**
     * One trap set: its name in the evaluation table, its file, and whether the lexicons were tuned on
     * it (and the intolerance model trained on it) or it is held out.
     */
    public record Source(String name, String file, boolean tunedOn) {
        public Path path() {
            return Path.of(DIR + file);
        }

        /** The name with what was done with the set: "Trap set 4 (held out)". */
        public String label() {
            return name + (tunedOn ? " (tuned on)" : " (held out)");
        }
    }

    /** Every trap set, in the evaluation's order. */
    public static final List<Source> ALL = List.of(
            // by the lexicons' own writers: one tuned on, one written after tuning and never tuned on
            new Source("Trap set", "traps.tsv", true),
            new Source("Trap set", "traps-holdout.tsv", false),
            // by writers who saw none of Sasando's lexicons, trap sets or code: 2 and 3 measured untouched,
            // then tuned on; 4, 5 and 6 never read by whoever tunes
            new Source("Trap set 2", "traps-2.tsv", true),
            new Source("Trap set 3", "traps-3.tsv", true),
            new Source("Trap set 4", "traps-holdout-4.tsv", false),
            new Source("Trap set 5", "traps-holdout-5.tsv", false),
            new Source("Trap set 6", "traps-holdout-6.tsv", false),
            // intolerance alone, whose ordinary posts put refusals beside worship: two read and tuned on,
            // two never read
            new Source("Intolerance set 7", "intoleransi-7.tsv", true),
            new Source("Intolerance set 8", "intoleransi-8.tsv", true),
            new Source("Intolerance set 9", "intoleransi-holdout-9.tsv", false),
            new Source("Intolerance set 10", "intoleransi-holdout-10.tsv", false),
            // written after the intolerance model was trained, and measured once to decide whether it ships
            new Source("Trap set 11", "traps-holdout-11.tsv", false),
            new Source("Intolerance set 12", "intoleransi-holdout-12.tsv", false),
            // places of worship built, opened or funded, and refused: never tuned or trained on
            new Source("Worship set 13", "worship-holdout-13.tsv", false),
            // places of worship and interfaith daily life, each by its own hand: 14, 15 and 17 measured
            // untouched, then trained on; 16 and 18 never read by whoever tunes
            new Source("Worship set 14", "worship-14.tsv", true),
            new Source("Worship set 15", "worship-15.tsv", true),
            new Source("Worship set 16", "worship-holdout-16.tsv", false),
            new Source("Interfaith set 17", "interfaith-17.tsv", true),
            new Source("Interfaith set 18", "interfaith-holdout-18.tsv", false));

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

package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Harmless senses of alarming words: a match that contains a trigger word ("bom") is dropped when
 * one of the trigger's context words ("ikan", "diskon") occurs within {@link #WINDOW} tokens of it
 * ("bom ikan", "bom diskon"). Data file lines: {@code trigger | context words separated by spaces};
 * context words may end in '*' to match a prefix. A context word equal to the matched word itself
 * names a harmless derived form: "bakar | kebakaran" keeps "kebakaran" (a fire, stem "bakar") out.
 */
public final class ContextRules {
    /** Tokens either side of the match that are searched for a harmless context word. */
    public static final int WINDOW = 4;

    private final Map<String, List<String>> contexts;

    private ContextRules(Map<String, List<String>> contexts) {
        this.contexts = Map.copyOf(contexts);
    }

    public static ContextRules of(DataFile file) {
        Map<String, List<String>> contexts = new HashMap<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 2 || cols[0].contains(" ")) {
                throw line.error(file.path(), "expected 'trigger | context words'");
            }
            List<String> words = contexts.computeIfAbsent(cols[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            for (String w : cols[1].toLowerCase(Locale.ROOT).split("\\s+")) {
                words.add(w);
            }
        }
        contexts.replaceAll((k, v) -> List.copyOf(v));
        return new ContextRules(contexts);
    }

    /** The context word that makes {@code m} harmless, or null when the match stands. */
    public String harmlessContext(Match m, NormalizedText text) {
        List<Token> tokens = text.tokens();
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            Token t = tokens.get(i);
            List<String> words = contexts.get(t.norm());
            if (words == null) {
                words = contexts.get(t.stem());
            }
            if (words == null) {
                continue;
            }
            for (String w : words) {
                // "bakar | kebakaran": the trigger's own word form can be the harmless sense
                if (w.equals(t.norm())) {
                    return w;
                }
            }
            int from = Math.max(0, m.firstToken() - WINDOW);
            int to = Math.min(tokens.size(), m.endToken() + WINDOW);
            for (int j = from; j < to; j++) {
                if (j >= m.firstToken() && j < m.endToken()) {
                    continue;
                }
                for (String w : words) {
                    if (Lexicon.wordMatches(w, tokens.get(j))) {
                        return w;
                    }
                }
            }
        }
        return null;
    }
}

package id.go.kupangkota.sasando.text.normalize;

import id.go.kupangkota.sasando.text.resource.DataFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A word -> standard words map read from a data file with lines {@code word | standard words}.
 * Keys are single lower-case words; values may be several words ("gpp | tidak apa apa").
 */
public final class WordMap {
    private final Map<String, String[]> map;

    private WordMap(Map<String, String[]> map) {
        this.map = Map.copyOf(map);
    }

    public static WordMap of(DataFile file) {
        Map<String, String[]> map = new HashMap<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length < 2 || cols[0].isEmpty() || cols[1].isEmpty() || cols[0].contains(" ")) {
                throw line.error(file.path(), "expected 'word | standard words'");
            }
            String key = cols[0].toLowerCase(Locale.ROOT);
            if (map.putIfAbsent(key, cols[1].toLowerCase(Locale.ROOT).split("\\s+")) != null) {
                throw line.error(file.path(), "duplicate entry for '" + key + "'");
            }
        }
        return new WordMap(map);
    }

    /** The standard words for {@code word}, or null when the word is not in the map. */
    public String[] get(String word) {
        return map.get(word);
    }

    public int size() {
        return map.size();
    }
}

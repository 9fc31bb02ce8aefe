package id.go.kupangkota.sasando.text.place;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.lexicon.Lexicon;
import id.go.kupangkota.sasando.text.lexicon.Match;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a post to one of Kota Kupang's six kecamatan from the names of kecamatan, kelurahan and
 * landmarks it mentions ({@code sasando/text/place/kupang.txt}). Names match whole normalised words,
 * never stems, so "Oebobo" is not found inside another word. The kecamatan with the highest
 * summed weight wins; a tie (a post about Oesapa and Oebobo alike) gives no kecamatan.
 */
public final class Gazetteer {
    static final String FILE = "sasando/text/place/kupang.txt";
    /** The evidence category of a place name (the kecamatan itself is the post's {@code kecamatan}). */
    public static final String EVIDENCE_CATEGORY = "kecamatan";

    private final Lexicon names;

    private Gazetteer(Lexicon names) {
        this.names = names;
    }

    /**
     * @param normalizer the one the posts go through: a name is matched in the form it takes there, so
     *                   a place name written with a Kupang Malay word ("Lai Lai Besi Kopan", where "lai"
     *                   becomes "lagi") is found as written
     */
    public static Gazetteer load(ResourceDigest digest, Normalizer normalizer) {
        DataFile file = digest.read(FILE);
        List<Lexicon.Entry> entries = new ArrayList<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 3 || !Vocabulary.KECAMATAN.contains(cols[0])) {
                throw line.error(FILE, "expected 'kecamatan | weight | name' with one of " + Vocabulary.KECAMATAN);
            }
            try {
                entries.add(Lexicon.entry(cols[0], normalizer.normalize(cols[2]).normText(), Double.parseDouble(cols[1])));
            } catch (NumberFormatException e) {
                throw line.error(FILE, "weight must be a number");
            }
        }
        return new Gazetteer(Lexicon.of(entries, false));
    }

    /** The kecamatan of {@code text} (or, failing that, of {@code title}), or null; adds evidence. */
    public String kecamatan(NormalizedText text, NormalizedText title, List<Evidence> evidence) {
        return kecamatan(places(text), title, evidence);
    }

    /** {@link #kecamatan(NormalizedText, NormalizedText, List)} of a text whose names are found already. */
    public String kecamatan(Places inText, NormalizedText title, List<Evidence> evidence) {
        Map<String, List<Evidence>> byKecamatan = new HashMap<>();
        String found = best(inText, byKecamatan);
        if (found != null) {
            evidence.addAll(byKecamatan.get(found));
            return found;
        }
        return best(places(title), new HashMap<>());
    }

    /**
     * Which tokens of {@code text} stand in a place name of the gazetteer, any kecamatan's: "Oebobo", and
     * "kelapa" and "lima" where they are "Kelapa Lima", not a "kelapa muda".
     */
    public boolean[] nameTokens(NormalizedText text) {
        return places(text).nameTokens();
    }

    /** The place names of {@code text}, found once for all that is asked of them (the tagger: kecamatan, terms). */
    public Places places(NormalizedText text) {
        return new Places(text, names.find(text));
    }

    /** The place names found in one text. */
    public record Places(NormalizedText text, List<Match> matches) {
        /** Which tokens stand in a place name ({@link Gazetteer#nameTokens}). */
        public boolean[] nameTokens() {
            boolean[] inName = new boolean[text.tokens().size()];
            for (Match m : matches) {
                Arrays.fill(inName, m.firstToken(), m.endToken(), true);
            }
            return inName;
        }
    }

    private static String best(Places places, Map<String, List<Evidence>> evidence) {
        NormalizedText text = places.text();
        Map<String, Double> score = new HashMap<>();
        for (Match m : places.matches()) {
            score.merge(m.category(), m.weight(), Double::sum);
            evidence.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(new Evidence(EVIDENCE_CATEGORY,
                    text.original().substring(m.start(), m.end()), m.start(), m.end()));
        }
        String best = null;
        double top = 0;
        boolean tie = false;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}

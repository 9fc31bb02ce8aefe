package id.go.kupangkota.sasando.text.lexicon;

import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Weighted phrases of one or more categories (one data file of lines {@code weight | phrase} per
 * category, {@code weight concept | phrase} for one half of a pair, {@code weight concept>partner |
 * phrase} for a half that pairs with one concept only ({@code concept>>partner}: anywhere in the sentence,
 * not only in the clause), or {@code weight concept>a+b | phrase} for the lead
 * of a rule of several concepts: see {@link Entry#concept()}), matched against
 * normalised tokens in one pass: all categories share one index, so a
 * token costs one or two hash lookups however many categories there are. A phrase is standard Indonesian words (Kupang Malay and slang
 * reach it through the Normalizer); each word matches a token's normalised form or, when stems are
 * on, its stem ("menyerang" matches "serang"); a word ending in '*' matches any token starting
 * with it ("teroris*"). A phrase never spans a clause boundary.
 */
public final class Lexicon {
    private final boolean matchStems;
    private final Map<String, List<Entry>> byFirstWord;
    private final List<Entry> byPrefix;
    /** "category/concept" of every concept a rule's lead names: its halves count only through the rule. */
    private final Set<String> ruleParts;

    /**
     * One phrase of a category: its words (a trailing '*' marks a prefix) and weight. {@code concept}
     * is null for a phrase that counts alone; otherwise the phrase is one half of a pair (a call to
     * share, an alarming claim) and counts only beside a phrase of another concept of its category.
     * {@code partner}, when not null, narrows that to halves of the concept {@code partner}: a faith
     * community named ("umat islam") is a half only beside an act of violence, not beside any weak
     * phrase of the category ("beda agama" in a report on interfaith marriage). {@code partners} holds that
     * concept, or none; two or more make the phrase the lead of a rule that needs a half of every one of
     * them ("katanya", then an outage and its sweep: see RiskTagger). {@code inSentence}: a half written
     * {@code concept>>partner} pairs with its partner anywhere in the sentence, not only in its clause
     * ("itu maling, tembak saja": a comma between the suspect and the call).
     */
    public record Entry(String category, String phrase, String[] words, double weight, String concept,
                        List<String> partners, boolean inSentence) {

        /** Whether this phrase leads a rule of several concepts ({@code concept>a+b}). */
        public boolean leadsRule() {
            return partners.size() > 1;
        }
    }

    private Lexicon(boolean matchStems, List<Entry> entries) {
        this.matchStems = matchStems;
        Map<String, List<Entry>> first = new HashMap<>();
        List<Entry> prefix = new ArrayList<>();
        Set<String> parts = new HashSet<>();
        for (Entry e : entries) {
            if (e.leadsRule()) {
                e.partners().forEach(c -> parts.add(e.category() + "/" + c));
            }
            if (e.words()[0].endsWith("*")) {
                prefix.add(e);
            } else {
                first.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
            }
        }
        first.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(first);
        this.byPrefix = List.copyOf(prefix);
        this.ruleParts = Set.copyOf(parts);
    }

    /**
     * Whether {@code e} belongs to a rule of several concepts: it leads one, or its concept is one a lead
     * names. Such a half counts only when its whole rule is found, and is no partner to other halves.
     */
    public boolean inRule(Entry e) {
        return e.leadsRule() || (e.concept() != null && ruleParts.contains(e.category() + "/" + e.concept()));
    }

    public static Lexicon of(List<Entry> entries, boolean matchStems) {
        return new Lexicon(matchStems, entries);
    }

    /** An entry from its written phrase, lower-cased and split into words. */
    public static Entry entry(String category, String phrase, double weight) {
        return entry(category, phrase, weight, null);
    }

    static Entry entry(String category, String phrase, double weight, String concept) {
        String p = phrase.toLowerCase(Locale.ROOT);
        List<String> partners = List.of();
        boolean inSentence = concept != null && concept.contains(">>");
        if (inSentence) {
            concept = concept.replaceFirst(">>", ">");
        }
        int arrow = concept == null ? -1 : concept.indexOf('>');
        if (arrow >= 0) {
            partners = List.of(concept.substring(arrow + 1).split("\\+", -1));
            concept = concept.substring(0, arrow);
            if (concept.isEmpty() || partners.contains("") || partners.contains(concept)
                    || partners.stream().anyMatch(c -> c.indexOf('>') >= 0)
                    || Set.copyOf(partners).size() < partners.size()) {
                throw new IllegalArgumentException("expected 'concept>partner', 'concept>>partner' or "
                        + "'concept>partner+partner', different concepts");
            }
            if (inSentence && partners.size() > 1) {
                throw new IllegalArgumentException("expected 'concept>partner' or 'concept>>partner', one partner: a rule of several "
                        + "concepts is read in its sentence already");
            }
        }
        return new Entry(category, p, p.split("\\s+"), weight, concept, partners, inSentence);
    }

    /** One lexicon over several categories, each read from its own file. */
    public static Lexicon of(Map<String, DataFile> files, boolean matchStems) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((category, file) -> entries.addAll(entries(category, file)));
        return new Lexicon(matchStems, entries);
    }

    static List<Entry> entries(String category, DataFile file) {
        List<Entry> entries = new ArrayList<>();
        for (DataFile.Line line : file.lines()) {
            String[] cols = DataFile.columns(line);
            if (cols.length != 2) {
                throw line.error(file.path(), "expected 'weight | phrase' or 'weight concept | phrase'");
            }
            String[] weightAndConcept = cols[0].split("\\s+");
            if (weightAndConcept.length > 2) {
                throw line.error(file.path(), "expected 'weight' or 'weight concept' before the '|'");
            }
            double weight;
            try {
                weight = Double.parseDouble(weightAndConcept[0]);
            } catch (NumberFormatException e) {
                throw line.error(file.path(), "weight must be a number");
            }
            try {
                entries.add(entry(category, cols[1], weight, weightAndConcept.length == 2 ? weightAndConcept[1] : null));
            } catch (IllegalArgumentException e) {
                throw line.error(file.path(), e.getMessage());
            }
        }
        return entries;
    }

    /** Every occurrence of every phrase in {@code text}, in token order. */
    public List<Match> find(NormalizedText text) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tryAll(byFirstWord.get(t.norm()), text, i, out);
            if (matchStems && !t.stem().equals(t.norm())) {
                tryAll(byFirstWord.get(t.stem()), text, i, out);
            }
            if (!byPrefix.isEmpty()) {
                tryAll(byPrefix, text, i, out);
            }
        }
        return out;
    }

    private void tryAll(List<Entry> entries, NormalizedText text, int start, List<Match> out) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            int end = matchAt(e, text, start);
            if (end > 0) {
                List<Token> tokens = text.tokens();
                out.add(new Match(e.category(), e, start, end, tokens.get(start).start(), tokens.get(end - 1).end()));
            }
        }
    }

    /** The end token (exclusive) when {@code e} matches from {@code start}, else -1. */
    private int matchAt(Entry e, NormalizedText text, int start) {
        List<Token> tokens = text.tokens();
        String[] words = e.words();
        int i = start;
        for (String word : words) {
            if (i >= tokens.size() || text.clause(i) != text.clause(start) || !matches(word, tokens.get(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private boolean matches(String word, Token t) {
        if (word.endsWith("*")) {
            String prefix = word.substring(0, word.length() - 1);
            return t.norm().startsWith(prefix) || (matchStems && t.stem().startsWith(prefix));
        }
        return word.equals(t.norm()) || (matchStems && word.equals(t.stem()));
    }

    /** True when a single word pattern matches a token (used by context rules). */
    public static boolean wordMatches(String word, Token t) {
        if (word.endsWith("*")) {
            String prefix = word.substring(0, word.length() - 1);
            return t.norm().startsWith(prefix) || t.stem().startsWith(prefix);
        }
        return word.equals(t.norm()) || word.equals(t.stem());
    }
}

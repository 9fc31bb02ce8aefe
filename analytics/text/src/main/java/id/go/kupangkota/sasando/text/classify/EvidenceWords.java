package id.go.kupangkota.sasando.text.classify;

import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.place.Gazetteer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.HashSet;
import java.util.Set;

/**
 * Which words of a post a model's explanation may name. A model weighs every word it saw beside its
 * label in training, so Kupang Malay grammar words ("katong", "pung", "lai"), place nouns ("kampung") and
 * the city's name weigh too; named to an analyst as the reason for an alert or a sentiment they explain
 * nothing. Left out: the stop words ({@link Normalizer#STOPWORDS}, no content of their own) and
 * {@link #NOT_EVIDENCE} (content for a term cloud, no reason for a reading), always by the token's
 * standard form, so "pung" is judged as "punya". Negators are stop words, but a negation is often the
 * reason a post reads negative ("sonde dapa air"): {@link #load} names them, {@link #withoutNegators}
 * does not. Nor is a place of the gazetteer a reason ({@link #explaining}): a kecamatan, kelurahan or landmark
 * weighs for whatever its posts said in training ("Kolhua" for a complaint about its road), but one post's
 * place explains no reading; a name of several words is left out where it stands as that name ("Kelapa Lima"),
 * its words elsewhere are judged alone ("kelapa muda"). Immutable.
 */
public final class EvidenceWords {
    public static final String NOT_EVIDENCE = "sasando/text/classify/not-evidence.txt";

    /** Stop words and words that explain no reading, negators among them. */
    private final Set<String> never;
    /** Named despite {@link #never}: the negators, or none. */
    private final Set<String> negators;
    private final Gazetteer places;

    private EvidenceWords(Set<String> never, Set<String> negators, Gazetteer places) {
        this.never = Set.copyOf(never);
        this.negators = Set.copyOf(negators);
        this.places = places;
    }

    /**
     * Negators named, as a sentiment explanation needs ("sonde" in "sonde dapa air"); the places are the
     * tagger's own gazetteer, not a second one loaded.
     */
    public static EvidenceWords load(ResourceDigest digest, Normalizer normalizer, Gazetteer places) {
        Set<String> never = new HashSet<>(WordSet.patterns(digest.read(Normalizer.STOPWORDS)));
        never.addAll(WordSet.patterns(digest.read(NOT_EVIDENCE)));
        never.addAll(normalizer.negators());
        return new EvidenceWords(never, normalizer.negators(), places);
    }

    /**
     * The same without negators, for a reading that every post it fires on says no in: the intolerance
     * model alerts only where its gate saw a refusal, so "jangan" or "sonde" there would tell nothing.
     */
    public EvidenceWords withoutNegators() {
        return new EvidenceWords(never, Set.of(), places);
    }

    /**
     * Which tokens of {@code text} may be named as a reason: {@link #explains} each, and none that stands in a
     * place name of the gazetteer.
     */
    public boolean[] explaining(NormalizedText text) {
        boolean[] may = places.nameTokens(text);
        for (int i = 0; i < may.length; i++) {
            may[i] = !may[i] && explains(text.tokens().get(i));
        }
        return may;
    }

    /**
     * Whether {@code token} may be named as a reason, judged alone (a place name needs its text:
     * {@link #explaining}): a word (not a number) that says something.
     */
    public boolean explains(Token token) {
        String word = token.norm();
        if (word.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return !never.contains(word) || negators.contains(word);
    }
}

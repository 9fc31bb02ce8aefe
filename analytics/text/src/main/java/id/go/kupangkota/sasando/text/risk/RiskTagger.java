package id.go.kupangkota.sasando.text.risk;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.lexicon.ContextRules;
import id.go.kupangkota.sasando.text.lexicon.Lexicon;
import id.go.kupangkota.sasando.text.lexicon.Match;
import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.resource.DataFile;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Risk tagging with stance. Each category of {@link Vocabulary#RISK_CATEGORIES} has a lexicon file
 * {@code sasando/text/risk/<category>.txt} of weighted phrases; weight 0 marks a subject word
 * ("radikalisme", "hoaks") that makes the category a topic but is no risk by itself.
 *
 * <ol>
 *   <li>Matches in a harmless context ("bom ikan", "teror nyamuk") are dropped entirely.</li>
 *   <li>A risk phrase under negation ("jangan serang") counts towards countering, not risk.</li>
 *   <li>A category's score is the noisy-or of its distinct phrases' weights; it is raised when it reaches
 *       {@link #ALERT_THRESHOLD}. A half (a phrase with a concept, such as a call to share or an
 *       alarming claim) counts, as risk, topic or evidence, only beside another risk phrase of its
 *       category that is not of its concept: "sebarkan" and "tercemar" together, neither alone. The lead of
 *       a rule of several concepts ({@code concept>a+b}) counts, with its parts, only when one sentence
 *       holds after it a half of each concept it names: "katanya", then "listrik padam" and "seluruh
 *       Kupang" ({@link #completeRules}).</li>
 *   <li>A post that talks about a risk subject with enough reporting cues ("polisi menangkap
 *       terduga") or countering cues ("sosialisasi pencegahan", "cek fakta ... tidak benar") gets
 *       that stance and <em>no</em> risk: a post about radicalism is not a radical post. Otherwise a
 *       post with a raised category is {@code promoting}.</li>
 * </ol>
 * Precision matters more than recall for alerts: weights are set so one weak word never alerts.
 */
public final class RiskTagger {
    /** Noisy-or score at which a category is raised (tuned on the dev halves, see EVALUATION.md). */
    public static final double ALERT_THRESHOLD = 0.5;
    /** Summed cue weight from which a post is reporting on or countering a risk subject. */
    public static final double STANCE_THRESHOLD = 1.0;
    /**
     * At most this many words between a half with a partner concept and its partner, in one clause:
     * "kafir semua harus dibasmi" is one call, while a long forum post that says "kafir" in one paragraph
     * and "dibunuh" in another is not (those pairs raised Netifier alerts at a third's precision, 30 Nov).
     */
    static final int PARTNER_WINDOW = 5;
    /** What a negated risk phrase ("jangan terprovokasi") adds to the countering cues. */
    private static final double NEGATED_RISK_CUE = 0.5;

    /**
     * The concept of a half that names a group of people ("orang Sabu", "orang kristen"): negated through a
     * word of liking, it is not negated ({@link #negated}).
     */
    static final String TARGET = "target";
    static final String LIKING = "sasando/text/risk/liking-words.txt";

    private static final String REPORTING = "reporting";
    private static final String COUNTERING = "countering";

    private final Lexicon categories;
    private final ContextRules harmless;
    private final Lexicon cues;
    private final WordSet liking;

    private RiskTagger(Lexicon categories, ContextRules harmless, Lexicon cues, WordSet liking) {
        this.categories = categories;
        this.harmless = harmless;
        this.cues = cues;
        this.liking = liking;
    }

    public static RiskTagger load(ResourceDigest digest) {
        Map<String, DataFile> files = new LinkedHashMap<>();
        for (String category : Vocabulary.RISK_CATEGORIES) {
            files.put(category, digest.read("sasando/text/risk/" + category + ".txt"));
        }
        return new RiskTagger(Lexicon.of(files, true),
                ContextRules.of(digest.read("sasando/text/risk/harmless-contexts.txt")),
                Lexicon.of(Map.of(REPORTING, digest.read("sasando/text/risk/stance-reporting.txt"),
                        COUNTERING, digest.read("sasando/text/risk/stance-countering.txt")), true),
                WordSet.of(WordSet.patterns(digest.read(LIKING))));
    }

    /**
     * Assesses {@code text}; {@code title} (may be {@link NormalizedText#EMPTY}) adds topics and stance
     * cues but never risk or evidence, because evidence spans must index into the text.
     */
    public RiskAssessment assess(NormalizedText text, NormalizedText title) {
        return assess(text, title, null);
    }

    /**
     * As above, with a model's alert on the text (null for none): its category becomes a topic and scores
     * the model's probability, and the stance rules apply to it as to the lexicon's phrases, so a
     * report on an intolerance incident stays a report.
     */
    public RiskAssessment assess(NormalizedText text, NormalizedText title, ModelAlert alert) {
        Set<String> topics = new LinkedHashSet<>();
        Map<String, List<Match>> riskMatches = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        double counteringCues = 0;
        for (Match m : pairedHalves(categories.find(text), text)) {
            if (harmless.harmlessContext(m, text) != null) {
                continue;
            }
            topics.add(m.category());
            if (m.weight() > 0 && negated(m, text)) {
                counteringCues += NEGATED_RISK_CUE;
                evidence.add(evidenceOf(COUNTERING, m, text));
            } else if (m.weight() > 0) {
                riskMatches.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
            } else {
                evidence.add(evidenceOf(m.category(), m, text));
            }
        }
        for (Match m : pairedHalves(categories.find(title), title)) {
            if (harmless.harmlessContext(m, title) == null) {
                topics.add(m.category());
            }
        }
        if (alert != null) {
            topics.add(alert.category());
            evidence.addAll(alert.evidence());
        }
        if (topics.isEmpty()) {
            return new RiskAssessment(List.of(), 0, List.of(), "none", List.of());
        }
        Map<String, Double> cueSums = cues(text, title, evidence);
        double reportingCues = cueSums.getOrDefault(REPORTING, 0.0);
        counteringCues += cueSums.getOrDefault(COUNTERING, 0.0);

        Map<String, Double> scores = new LinkedHashMap<>();
        riskMatches.forEach((category, matches) -> {
            // each phrase counts once: repeating one swear word five times is still one swear word
            Set<String> counted = new HashSet<>();
            double keep = 1;
            for (Match m : matches) {
                if (counted.add(m.entry().phrase())) {
                    keep *= 1 - Math.min(1, m.weight());
                }
            }
            scores.put(category, 1 - keep);
        });
        if (alert != null) {
            scores.merge(alert.category(), alert.probability(), Math::max);
        }
        List<String> raised = new ArrayList<>();
        double top = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() >= ALERT_THRESHOLD) {
                raised.add(e.getKey());
                top = Math.max(top, e.getValue());
            }
        }
        String stance;
        if (Math.max(reportingCues, counteringCues) >= STANCE_THRESHOLD) {
            stance = counteringCues >= reportingCues ? COUNTERING : REPORTING;
            raised.clear();
            top = 0;
        } else if (!raised.isEmpty()) {
            stance = "promoting";
        } else {
            stance = "none";
        }
        // risk phrases are evidence of the category when raised, of the topic otherwise
        riskMatches.forEach((category, matches) -> matches.forEach(m -> evidence.add(evidenceOf(category, m, text))));
        // one piece of evidence per category and span ("terprovokasi" matches by word and by stem)
        List<Evidence> distinct = new ArrayList<>(new LinkedHashSet<>(evidence));
        distinct.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.category().compareTo(b.category()));
        return new RiskAssessment(List.copyOf(raised), top, List.copyOf(topics), stance, List.copyOf(distinct));
    }

    /**
     * The matches without the halves that have no partner. A half counts only when the text also holds
     * another risk phrase of its category, on other words and not of the same concept: a half of another
     * concept or a weighted phrase of its own (a weak "bakar" partners a call "ayo"), or, for a half with
     * a partner concept ("target>act"), a half of that concept in the same clause (sentence, for
     * "vigil>>suspect"), at most {@link #PARTNER_WINDOW} words away; neither in a
     * harmless context nor negated. A negated half ("jangan sebarkan") is dropped, not counted towards
     * countering: halves are common words, and "air tidak tercemar" is no appeal. The halves of a rule of
     * several concepts count only as {@link #completeRules} finds them, and partner no other half: "katanya"
     * beside "bagikan" is no chain message.
     */
    private List<Match> pairedHalves(List<Match> matches, NormalizedText text) {
        if (matches.stream().allMatch(m -> m.entry().concept() == null)) {
            return matches; // most posts: no half, nothing to pair, no context rules run twice
        }
        List<Match> partners = new ArrayList<>();
        for (Match m : matches) {
            if (m.weight() > 0 && harmless.harmlessContext(m, text) == null && !negated(m, text)) {
                partners.add(m);
            }
        }
        Set<Match> ruled = completeRules(partners, text);
        // the partners outside rules by category and concept ("" for none), in token order: a half looks only
        // at the other concepts' lists, and near itself, not at every partner (a page of "kafir dibunuh" took
        // minutes: every half scanned every partner)
        Map<String, Map<String, List<Match>>> byConcept = new HashMap<>();
        int longest = 0;
        for (Match p : partners) {
            if (!categories.inRule(p.entry())) {
                byConcept.computeIfAbsent(p.category(), k -> new HashMap<>())
                        .computeIfAbsent(Objects.requireNonNullElse(p.entry().concept(), ""), k -> new ArrayList<>())
                        .add(p);
                longest = Math.max(longest, p.endToken() - p.firstToken());
            }
        }
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (m.entry().concept() == null) {
                kept.add(m);
            } else if (categories.inRule(m.entry())) {
                if (ruled.contains(m)) {
                    kept.add(m);
                }
            } else if (!negated(m, text) && hasPartner(m, byConcept.getOrDefault(m.category(), Map.of()), longest, text)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * Whether some partner of {@code byConcept} (its category's, by concept) {@link #pairsWith} the half. Of a
     * concept's list only a bounded run is read: partners that overlap the half are few (they start within a
     * phrase's length of it), and for a half with a partner concept only those within {@link #PARTNER_WINDOW}
     * words can pair; so a half costs about constant time however long the text.
     */
    private static boolean hasPartner(Match half, Map<String, List<Match>> byConcept, int longest, NormalizedText text) {
        List<String> partner = half.entry().partners();
        for (Map.Entry<String, List<Match>> e : byConcept.entrySet()) {
            if (e.getKey().equals(half.entry().concept()) || (!partner.isEmpty() && !partner.contains(e.getKey()))) {
                continue;
            }
            List<Match> list = e.getValue();
            // partners before the half end at least its first word minus the window: start from there
            int from = partner.isEmpty() ? 0 : firstAtOrAfter(list, half.firstToken() - PARTNER_WINDOW - longest);
            for (int i = from; i < list.size(); i++) {
                Match p = list.get(i);
                if (!partner.isEmpty() && p.firstToken() > half.endToken() + PARTNER_WINDOW) {
                    break;
                }
                if (pairsWith(half, p, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first match of {@code list} (in token order) that starts at or after {@code token}. */
    private static int firstAtOrAfter(List<Match> list, int token) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The leads of rules of several concepts ({@code concept>a+b}) that are complete, with their parts: a
     * lead counts when, after it in its sentence, stands a half of each concept it names. After it: what
     * follows "katanya" is what is said; a complaint that adds hearsay about something else ("air mati
     * berhari-hari, katanya pipa bocor") or an official quoted ("...," katanya) is no rumour. In its
     * sentence, not its clause: "Info dari grup WA: besok listrik padam" is one claim. {@code partners}: the
     * halves neither negated nor in a harmless context.
     */
    private static Set<Match> completeRules(List<Match> partners, NormalizedText text) {
        // the halves by category, concept and sentence, in token order; a lead is complete when the last half
        // of each concept it names starts after it, and its parts are the halves from its end on. The leads
        // of one category, partner list and sentence that are complete together take every half after the
        // earliest one's end: one pass instead of every lead reading every half (quadratic on a long page)
        Map<String, List<Match>> halves = new HashMap<>();
        for (Match p : partners) {
            if (p.entry().concept() != null) {
                halves.computeIfAbsent(halfKey(p.category(), p.entry().concept(), text.sentence(p.firstToken())),
                        k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Integer> partsFrom = new HashMap<>();
        Set<Match> found = new HashSet<>();
        for (Match lead : partners) {
            if (!lead.entry().leadsRule()) {
                continue;
            }
            int sentence = text.sentence(lead.firstToken());
            boolean complete = true;
            for (String c : lead.entry().partners()) {
                List<Match> list = halves.get(halfKey(lead.category(), c, sentence));
                complete &= list != null && list.get(list.size() - 1).firstToken() >= lead.endToken();
            }
            if (complete) {
                found.add(lead);
                for (String c : lead.entry().partners()) {
                    partsFrom.merge(halfKey(lead.category(), c, sentence), lead.endToken(), Math::min);
                }
            }
        }
        partsFrom.forEach((key, from) -> {
            for (Match p : halves.get(key)) {
                if (p.firstToken() >= from) {
                    found.add(p);
                }
            }
        });
        return found;
    }

    private static String halfKey(String category, String concept, int sentence) {
        return category + '/' + concept + '/' + sentence;
    }

    /**
     * Whether a match stands under a negation. A group of people named ({@link #TARGET}) after a word of
     * liking in the negation's scope is not: "sonde suka orang Sabu" is dislike of the group, not a denial.
     * The words between the negator and the match are the negated tokens before it.
     */
    private boolean negated(Match m, NormalizedText text) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(m.firstToken()).negated()) {
            return false;
        }
        if (!TARGET.equals(m.entry().concept())) {
            return true;
        }
        for (int i = m.firstToken() - 1; i >= 0 && tokens.get(i).negated(); i--) {
            if (liking.matches(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code p} is a partner for the half {@code half}: see {@link #pairedHalves}. */
    private static boolean pairsWith(Match half, Match p, NormalizedText text) {
        boolean apart = p.endToken() <= half.firstToken() || half.endToken() <= p.firstToken();
        if (!apart || !p.category().equals(half.category()) || half.entry().concept().equals(p.entry().concept())) {
            return false;
        }
        List<String> partner = half.entry().partners();
        return partner.isEmpty() || (p.entry().concept() != null && partner.contains(p.entry().concept())
                && gap(half, p) <= PARTNER_WINDOW
                && (half.entry().inSentence() ? text.sentence(half.firstToken()) == text.sentence(p.firstToken())
                : text.clause(half.firstToken()) == text.clause(p.firstToken())));
    }

    /** Words between two matches that do not overlap. */
    private static int gap(Match a, Match b) {
        return Math.max(b.firstToken() - a.endToken(), a.firstToken() - b.endToken());
    }

    /** Summed cue weights per stance, text and title together; the text's cues become evidence. */
    private Map<String, Double> cues(NormalizedText text, NormalizedText title, List<Evidence> evidence) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Match m : distinctCues(cues.find(text))) {
            sums.merge(m.category(), m.weight(), Double::sum);
            evidence.add(evidenceOf(m.category(), m, text));
        }
        for (Match m : distinctCues(cues.find(title))) {
            sums.merge(m.category(), m.weight(), Double::sum);
        }
        return sums;
    }

    /**
     * Each cue counts once. One cue per stance and starting word, the strongest: "pencegahan" matches
     * both "pencegahan" and its stem "cegah". And a cue inside a longer cue of the same stance does not
     * count beside it: "jaga toleransi" weighs what its line says, not that plus "toleransi".
     */
    private static Collection<Match> distinctCues(List<Match> matches) {
        Map<String, Match> best = new LinkedHashMap<>();
        for (Match m : matches) {
            best.merge(m.category() + "@" + m.firstToken(), m, (a, b) -> b.weight() > a.weight() ? b : a);
        }
        // an outer cue starts at most (longest cue - 1) words before the inner one, and holds the one key of
        // its stance and start: look those keys up instead of every cue (a page of "cek fakta" was quadratic)
        int longest = 0;
        for (Match m : best.values()) {
            longest = Math.max(longest, m.endToken() - m.firstToken());
        }
        List<Match> kept = new ArrayList<>(best.size());
        for (Match inner : best.values()) {
            boolean contained = false;
            for (int start = inner.firstToken() - 1; start > inner.firstToken() - longest && !contained; start--) {
                Match outer = best.get(inner.category() + "@" + start);
                contained = outer != null && inner.endToken() <= outer.endToken();
            }
            if (!contained) {
                kept.add(inner);
            }
        }
        return kept;
    }

    static Evidence evidenceOf(String category, Match m, NormalizedText text) {
        return new Evidence(category, text.original().substring(m.start(), m.end()), m.start(), m.end());
    }
}

package id.go.kupangkota.sasando.text;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.text.classify.EvidenceWords;
import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModels;
import id.go.kupangkota.sasando.text.classify.Polarity;
import id.go.kupangkota.sasando.text.classify.Prediction;
import id.go.kupangkota.sasando.text.classify.TextClassifier;
import id.go.kupangkota.sasando.text.lexicon.WordSet;
import id.go.kupangkota.sasando.text.normalize.NormalizedText;
import id.go.kupangkota.sasando.text.normalize.Normalizer;
import id.go.kupangkota.sasando.text.normalize.Token;
import id.go.kupangkota.sasando.text.place.Gazetteer;
import id.go.kupangkota.sasando.text.resource.ResourceDigest;
import id.go.kupangkota.sasando.text.risk.IntoleranceGate;
import id.go.kupangkota.sasando.text.risk.IntoleranceModel;
import id.go.kupangkota.sasando.text.risk.ModelAlert;
import id.go.kupangkota.sasando.text.risk.RiskAssessment;
import id.go.kupangkota.sasando.text.risk.RiskTagger;
import id.go.kupangkota.sasando.text.topic.TopicTagger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The one entry point of the text analytics: normalise, then sentiment, emotion, risk with stance,
 * topics, kecamatan and terms. Thread-safe and immutable after loading; {@link #shared()} loads
 * every resource once per JVM (Spark executors, the CLI and the dashboard all call it).
 *
 * <p>Title and text: in {@link #enrich} the title only adds signal for topics, stance and kecamatan.
 * Risk and evidence come from the text alone, so every evidence span indexes into
 * {@code post.text()} and the dashboard can highlight it; a risk word that occurs only in a title
 * makes a topic, never an alert.
 */
public final class Tagger {
    /** Evidence spans kept per category and term (see {@link #firstSpans}). */
    static final int SPANS_PER_TERM = 5;
    /**
     * Bumped by hand when tagging logic (not data) changes; the resource hash follows the data.
     * 2: a handle with dots ("@agus.maulafa") is one mention, so its words are no longer text.
     * 3: halves of pairs in the risk lexicons ({@code weight concept | phrase}).
     * 4: intolerance read by a trained model beside the lexicon ({@link IntoleranceModel}).
     * 5: halves that pair with one concept only ({@code weight concept>partner | phrase}).
     * 6: the intolerance model alerts only on a post that says no ({@link IntoleranceGate}); a hashtag's
     * words are also split where digits start or end ("#Pilkada2024").
     * 7: at most {@link #SPANS_PER_TERM} evidence spans per category and term.
     * 8: a model's evidence names words of meaning only, judged by their standard form
     * ({@link EvidenceWords}: not "pung", "katong", "kampung"); an intolerance score no such word weighed for
     * is no alert; a group of people named after a word of liking under negation ("sonde suka orang Sabu")
     * is not negated ({@link RiskTagger}).
     * 9: rules of several concepts in one sentence ({@code weight concept>a+b | phrase}: a rumour of a city-wide
     * outage, "katanya besok listrik padam satu minggu di seluruh Kupang", is a hoax); a model's evidence
     * never names a place of the gazetteer ("Oebobo", "Kelapa Lima" as that name: {@link EvidenceWords}).
     * 10: a word written to get past keyword filters is read as its plain letters (zero-width characters
     * inside it, accents, full-width and mathematical styled letters: "b\u200Bom", "ｂｏｍ", "𝐛𝐨𝐦"), a hashtag
     * too ("#ｂｏｍ" is "bom"), also one the source sent; full-width punctuation ends clauses; the evidence span
     * stays the word as written.
     * 11: small capitals ("ʙᴏᴍ") and circled or squared letters ("ⓑⓞⓜ", "🄱🄾🄼", "🅑🅞🅜") are read as their
     * letters, and the Cyrillic and Greek letters that look Latin as Latin in a word that mixes them with Latin
     * ("kаfir" with a Cyrillic а); a word wholly in Cyrillic or Greek stays as written.
     * 12: digits for letters ("b0m", "k4fir") are read, but only when they spell a one-word risk term
     * ({@link Normalizer}); "anak2", "se7", "covid19" stay as they were.
     * 13: a place name of the gazetteer is one term ("kelapa lima", not "kelapa" and "lima"), and the words
     * every post is about ("kupang", "kota", "ntt": {@link #NOT_TERMS}) are no term.
     * 14: a half written {@code weight concept>>partner} pairs anywhere in its sentence, a comma between
     * ("itu maling, tembak saja"), not only in its clause.
     */
    static final String LOGIC_VERSION = "text-14";
    /** Words of no post's terms besides the stop words: the city and province every post is about. */
    static final String NOT_TERMS = "sasando/text/normalize/not-terms.txt";
    /**
     * Below this probability the emotion is "none" too: the model learns "none" only from the few
     * Kupang posts (EmoT has no neutral class), so an unsure pick is not trusted either.
     */
    static final double EMOTION_MIN_CONFIDENCE = 0.45;

    private final Normalizer normalizer;
    private final Polarity polarity;
    private final TextClassifier sentiment;
    private final TextClassifier emotion;
    private final RiskTagger risk;
    private final IntoleranceModel intolerance;
    /** The sentiment, emotion and intolerance models, in that order, scored together. */
    private final LinearModels models;
    private final TopicTagger topics;
    private final Gazetteer gazetteer;
    private final Set<String> notTerms;
    /** The words a model's explanation may name (sentiment: negators included). */
    private final EvidenceWords evidenceWords;
    private final String pipelineVersion;

    private Tagger() {
        ResourceDigest digest = new ResourceDigest();
        normalizer = Normalizer.load(digest);
        polarity = Polarity.load(digest);
        sentiment = TextClassifier.load(digest, TextClassifier.SENTIMENT_MODEL, polarity);
        emotion = TextClassifier.load(digest, TextClassifier.EMOTION_MODEL, polarity);
        risk = RiskTagger.load(digest);
        topics = TopicTagger.load(digest);
        gazetteer = Gazetteer.load(digest, normalizer);
        Set<String> words = new HashSet<>(WordSet.patterns(digest.read(Normalizer.STOPWORDS)));
        words.addAll(WordSet.patterns(digest.read(NOT_TERMS)));
        notTerms = Set.copyOf(words);
        evidenceWords = EvidenceWords.load(digest, normalizer, gazetteer);
        intolerance = IntoleranceModel.load(digest, polarity, evidenceWords);
        // one feature vector and one pass over it for all three models (LinearModels: why)
        models = LinearModels.of(sentiment.model(), emotion.model(), intolerance.model());
        pipelineVersion = LOGIC_VERSION + "+" + digest.shortHash();
    }

    private static final class Holder {
        static final Tagger INSTANCE = new Tagger();
    }

    /** The tagger of this JVM, loaded on first use. */
    public static Tagger shared() {
        return Holder.INSTANCE;
    }

    /** Tags one text; null or blank gives {@link TagResult#neutral()}. */
    public TagResult tag(String text) {
        return tag(text, null);
    }

    /** Tags {@code text} with {@code title} (may be null) as extra signal for topics, stance and place. */
    public TagResult tag(String text, String title) {
        NormalizedText body = normalizer.normalize(text);
        NormalizedText head = normalizer.normalize(title);
        if (body.tokens().isEmpty() && body.emoji().isEmpty() && head.tokens().isEmpty()) {
            return TagResult.neutral();
        }
        // a post of a title and no words (a link, a photo) is judged by its title
        NormalizedText input = body.tokens().isEmpty() && !head.tokens().isEmpty() ? head : body;
        Features.Vector features = sentiment.features(input);
        double[][] p = models.probabilities(features);
        Prediction feeling = sentiment.model().prediction(p[0]);
        if (input.tokens().isEmpty()) {
            // emoji only ("😡😡"): SmSA taught the model almost no emoji, the emoji lexicon knows them
            feeling = polarity.predict(input);
        }
        Prediction emotionPrediction = emotion.model().prediction(p[1]);
        String emotionLabel = emotionPrediction.confidence() >= EMOTION_MIN_CONFIDENCE
                ? emotionPrediction.label() : "none";

        // risk is read from the text alone (see the class comment): no model alert on a title
        ModelAlert alert = input == body ? intolerance.assess(body, p[2]) : null;
        RiskAssessment assessment = risk.assess(body, head, alert);
        List<Evidence> evidence = new ArrayList<>(assessment.evidence());
        Set<String> allTopics = new LinkedHashSet<>(assessment.topics());
        allTopics.addAll(topics.topics(body, head, evidence));
        List<String> orderedTopics = Vocabulary.TOPICS.stream().filter(allTopics::contains).toList();
        // the text's place names found once: its kecamatan, and its terms (a place is one term)
        Gazetteer.Places places = gazetteer.places(body);
        String kecamatan = gazetteer.kecamatan(places, head, evidence);

        return new TagResult(feeling.label(), round(feeling.confidence()), emotionLabel, assessment.risk(),
                round(assessment.riskScore()), orderedTopics, assessment.stance(), kecamatan, firstSpans(evidence),
                body.hashtags(), body.mentions(), terms(body, places.nameTokens()));
    }

    /**
     * Why a text reads as {@code sentiment} (the label stored for it; null for the model's own):
     * the words that weighed most for it, at most {@code max}, as evidence of that category: words of
     * meaning and negators ("sonde"), never particles or places ("lai", "Kupang"; {@link EvidenceWords}).
     * Run on demand (the dashboard asks for one post at a time), never in the tagging hot path.
     */
    public List<Evidence> sentimentEvidence(String text, String sentiment, int max) {
        NormalizedText input = normalizer.normalize(text);
        String label = sentiment != null ? sentiment : this.sentiment.classify(input).label();
        return this.sentiment.evidence(input, label, max, evidenceWords);
    }

    /** The post with every enrichment field filled (see the class comment for title vs text). */
    public Post enrich(Post post, Instant taggedAt) {
        TagResult r = tag(post.text(), post.title());
        Instant when = post.createdAt() != null ? post.createdAt() : taggedAt;
        return post.toBuilder()
                .sentiment(r.sentiment())
                .sentimentScore(r.sentimentScore())
                .emotion(r.emotion())
                .risk(r.risk())
                .riskScore(r.riskScore())
                .evidence(r.evidence())
                .topics(r.topics())
                .stance(r.stance())
                .kecamatan(r.kecamatan())
                .terms(r.terms())
                .hashtags(union(post.hashtags(), r.hashtags(), '#', Normalizer::hashtag))
                .mentions(union(post.mentions(), r.mentions(), '@', s -> s.toLowerCase(Locale.ROOT)))
                .day(when == null ? null : Wita.dayKey(when))
                .week(when == null ? null : Wita.weekKey(when))
                .pipelineVersion(pipelineVersion)
                .taggedAt(taggedAt)
                .build();
    }

    /** {@link #LOGIC_VERSION}, "+" and a short hash of every lexicon and model: changes when any of them does. */
    public String pipelineVersion() {
        return pipelineVersion;
    }

    /** The normaliser the tagger uses (for tools that need the tokens themselves). */
    public Normalizer normalizer() {
        return normalizer;
    }

    /**
     * The words a post is about, for term clouds and bursts: no stop words, no {@link #NOT_TERMS}, no
     * numbers; a place name of the gazetteer as one term, its words joined ("kelapa lima", "pantai lasiana"),
     * since its pieces ("lima", "pantai") say nothing alone.
     */
    private List<String> terms(NormalizedText text, boolean[] inPlace) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (inPlace[i]) {
                int end = i + 1;
                while (end < tokens.size() && inPlace[end]) {
                    end++;
                }
                out.add(tokens.subList(i, end).stream().map(Token::norm).collect(Collectors.joining(" ")));
                i = end - 1;
                continue;
            }
            String w = tokens.get(i).norm();
            if (w.length() >= 3 && !notTerms.contains(w) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The source's own hashtags or mentions (markers stripped, in the form the text's get: {@code form})
     * and those found in the text: a source's "#ｂｏｍ" and the text's "#bom" are one hashtag.
     */
    private static List<String> union(List<String> own, List<String> found, char marker,
                                      UnaryOperator<String> form) {
        Set<String> out = new LinkedHashSet<>();
        if (own != null) {
            for (String s : own) {
                if (s != null) {
                    String clean = s.strip();
                    while (!clean.isEmpty() && (clean.charAt(0) == marker || clean.charAt(0) == marker + 0xFEE0)) {
                        clean = clean.substring(1);
                    }
                    clean = form.apply(clean);
                    if (!clean.isEmpty()) {
                        out.add(clean);
                    }
                }
            }
        }
        out.addAll(found);
        return List.copyOf(out);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * At most {@link #SPANS_PER_TERM} spans of each category and term, the first in the text: a long
     * page that says "air" a thousand times is tagged by the first few, and its document stays small
     * (a 315 KB post once carried 25,000 evidence entries into the index).
     */
    static List<Evidence> firstSpans(List<Evidence> evidence) {
        if (evidence.size() <= SPANS_PER_TERM) {
            return evidence; // the usual post: nothing to count
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Evidence> kept = new ArrayList<>(Math.min(evidence.size(), 64));
        for (Evidence e : evidence) {
            String key = e.category() + '\u0000' + e.term().toLowerCase(Locale.ROOT);
            if (seen.merge(key, 1, Integer::sum) <= SPANS_PER_TERM) {
                kept.add(e);
            }
        }
        return kept;
    }
}

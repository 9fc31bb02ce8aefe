package id.go.kupangkota.sasando.core.post;

import java.util.List;

/**
 * The closed sets of values the taggers emit and the dashboard filters on. Codes are Indonesian,
 * as analysts use them; labels for display come from the dashboard's translation bundles.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    public static final List<String> EMOTIONS = List.of("anger", "happy", "sadness", "fear", "love", "none");
    /** Risk categories: each has a commented lexicon file in analytics/text. */
    public static final List<String> RISK_CATEGORIES =
            List.of("radikalisme", "terorisme", "intoleransi", "ujaran_kebencian", "hoaks", "provokasi");
    /** Topics: the risk codes (as subjects talked about) plus the civic ones. */
    public static final List<String> TOPICS = List.of("radikalisme", "terorisme", "intoleransi",
            "ujaran_kebencian", "hoaks", "provokasi", "politik", "layanan_publik", "bencana", "ekonomi", "keamanan");
    /** How a post relates to a risk topic: a post about radicalism is not a radical post. */
    public static final List<String> STANCES = List.of("promoting", "reporting", "countering", "none");
    /** The six kecamatan of Kota Kupang. */
    public static final List<String> KECAMATAN =
            List.of("Alak", "Kelapa Lima", "Kota Lama", "Kota Raja", "Maulafa", "Oebobo");
    /**
     * The sources posts come from, by the {@code source} field: X, news portals (RSS/Atom feeds), file
     * imports. Ingest's source contract test keeps it in step with the discovered sources.
     */
    public static final List<String> SOURCES = List.of("x", "news", "file");
    public static final List<String> TRIAGE_STATUSES = List.of("confirmed", "false_alarm", "escalated");
    /**
     * The triage history's line for a decision taken back: the post is undecided again (no status on
     * it), so it returns to the queue and leaves the labelled export, while its history keeps every line.
     */
    public static final String TRIAGE_REOPENED = "reopened";
}

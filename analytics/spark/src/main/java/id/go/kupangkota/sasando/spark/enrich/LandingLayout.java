package id.go.kupangkota.sasando.spark.enrich;

/**
 * Where a landing line's own post starts, found by searching the text instead of parsing it. Ingest
 * writes the source's raw payload as a JSON string (escaped), so no unescaped quote can occur inside
 * it and {@code "post":{} can only match a key of the record itself; ingest writes the post after
 * the raw payload, and the post's own nested objects have no such key, so the first match after
 * {@code "raw":} is the record's post. Lines of any other shape (no post after a text payload) are
 * left to the parser. The tagging step ({@link EnrichPartition}) parses from there, so the raw
 * payload, often half the line, is never tokenised.
 */
final class LandingLayout {
    private static final String RAW_KEY = "\"raw\":";
    private static final String POST_KEY = "\"post\":{";

    private LandingLayout() {
    }

    /**
     * The index of the {@code '{'} that opens the record's own post, or -1 when the line has no post or
     * its raw payload is not text (or null): then parse the line.
     */
    static int ownPost(String line) {
        int raw = line.indexOf(RAW_KEY);
        if (raw < 0 || !(line.startsWith("\"", raw + RAW_KEY.length())
                || line.startsWith("null", raw + RAW_KEY.length()))) {
            return -1;
        }
        // forwards from the payload: String.indexOf is a vectorised intrinsic, lastIndexOf a plain
        // loop that was a quarter of the landing parse (the same JVM, variants alternating, 30 Nov)
        int post = line.indexOf(POST_KEY, raw + RAW_KEY.length());
        return post < 0 ? -1 : post + POST_KEY.length() - 1;
    }
}

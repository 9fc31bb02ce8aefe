package id.go.kupangkota.sasando.ingest.source;

/**
 * Input a source could not even turn into a {@link RawItem} (a broken JSON line, an unclosed CSV
 * quote). The runner keeps it verbatim in the rejects folder with its reason: nothing is lost.
 *
 * @param location file and line ({@code export.csv:17}) or URL
 * @param raw      the input text, verbatim
 * @param reason   a message a person can act on
 */
public record Rejected(String location, String raw, String reason) {
}

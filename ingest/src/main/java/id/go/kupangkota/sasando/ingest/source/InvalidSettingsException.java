package id.go.kupangkota.sasando.ingest.source;

/** A source setting is missing or invalid; the message names the setting and says what is expected. */
public class InvalidSettingsException extends RuntimeException {
    public InvalidSettingsException(String message) {
        super(message);
    }
}

package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorCode;

/**
 * A source setting is missing or invalid; the message names the setting and says what is expected.
 * Its {@link #code()} is {@link ErrorCode#SOURCE_SETTINGS} unless a more telling one applies (a missing
 * X token).
 */
public class InvalidSettingsException extends RuntimeException {
    private final ErrorCode code;

    public InvalidSettingsException(String message) {
        this(ErrorCode.SOURCE_SETTINGS, message);
    }

    public InvalidSettingsException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}

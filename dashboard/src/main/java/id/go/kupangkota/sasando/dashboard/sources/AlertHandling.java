package id.go.kupangkota.sasando.dashboard.sources;

import java.time.Instant;

/**
 * What a person did on an alert in a streak before the one it is open for now: ingest keeps it in the alert's
 * {@code history} when it opens a resolved alert again, so the view can say who handled it before and why.
 *
 * @param action {@code acknowledged} or {@code resolved} (as {@link SourceAlert#status()})
 * @param by     who did it
 * @param at     when; null if the alert did not record it
 * @param note   their note; null if they gave none (an acknowledgement's is optional)
 */
public record AlertHandling(String action, String by, Instant at, String note) {
}

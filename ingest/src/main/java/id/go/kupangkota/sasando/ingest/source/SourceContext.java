package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlists;

import java.time.Clock;
import java.util.Objects;

/**
 * What a source gets in {@link Source#configure}: the shared settings, its own section of the
 * sources settings file, the current watchlists, the clock and the web client. Tests build one with
 * recorded payloads behind {@link WebClient} and a fixed clock.
 *
 * @param settings   Sasando's shared settings (data home, Elasticsearch)
 * @param config     this source's settings section
 * @param watchlists the topics to collect (read at every run: the admin edits them live)
 * @param clock      the clock to read "now" from
 * @param web        HTTP GET with Sasando's error conventions
 */
public record SourceContext(SasandoSettings settings, SourceConfig config, Watchlists watchlists,
                            Clock clock, WebClient web) {
    public SourceContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(watchlists, "watchlists");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(web, "web");
    }
}

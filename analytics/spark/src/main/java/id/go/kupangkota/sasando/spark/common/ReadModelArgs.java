package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.config.SasandoSettings;

import java.util.List;

/**
 * Arguments of a job that recomputes a read model from the curated zone (roll-ups, accounts):
 * {@code [--landing URI] [--curated URI] [--checkpoints URI] [--no-es]}.
 *
 * @param es where the read model is indexed, or null for {@code --no-es}
 */
public record ReadModelArgs(Zones zones, EsTarget es) {
    public static ReadModelArgs parse(String[] argv, SasandoSettings settings) {
        Options o = Options.parse(argv, Zones.OPTIONS, List.of(EsTarget.NO_ES));
        return new ReadModelArgs(Zones.of(settings, o), EsTarget.unlessNoEs(o, settings));
    }
}

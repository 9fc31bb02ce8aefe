package id.go.kupangkota.sasando.dashboard.base.es;

import id.go.kupangkota.sasando.core.es.SasandoIndex;

/** Index aliases with the prefix this dashboard runs with. */
public record Indexes(String prefix) {
    public String alias(SasandoIndex index) {
        return index.alias(prefix);
    }
}

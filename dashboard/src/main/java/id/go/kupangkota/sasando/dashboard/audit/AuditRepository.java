package id.go.kupangkota.sasando.dashboard.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Appends to and reads the audit index. */
@Repository
class AuditRepository {
    private final ElasticsearchClient client;
    private final String index;

    AuditRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.AUDIT);
    }

    void append(AuditEvent event) {
        try {
            client.index(i -> i.index(index).document(event));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log", e);
        }
    }

    List<AuditEvent> latest(int size) {
        try {
            client.indices().refresh(r -> r.index(index));
            return client.search(s -> s.index(index).size(size)
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))), AuditEvent.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log", e);
        }
    }
}

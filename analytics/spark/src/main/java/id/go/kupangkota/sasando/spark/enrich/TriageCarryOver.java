package id.go.kupangkota.sasando.spark.enrich;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.PostFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps analysts' decisions when posts are indexed again. A post document carries the latest
 * triage decision denormalised ({@link PostFields#TRIAGE_STATUS}, written by the dashboard); an
 * index operation replaces the whole document, so the job reads the decided posts first (few:
 * only triaged ones, paged with search_after) and puts their status back afterwards. The triage
 * index stays the record of every decision.
 */
public final class TriageCarryOver {
    private static final Logger log = LoggerFactory.getLogger(TriageCarryOver.class);
    private static final int PAGE = 1_000;

    private TriageCarryOver() {
    }

    /** Post id to triage status of every post in the index or alias that has one. */
    public static Map<String, String> read(ElasticsearchClient client, String index) {
        Map<String, String> statuses = new HashMap<>();
        try {
            client.indices().refresh(r -> r.index(index));
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<JsonNode> page = client.search(s -> {
                    s.index(index).size(PAGE)
                            .query(q -> q.exists(e -> e.field(PostFields.TRIAGE_STATUS)))
                            .source(src -> src.filter(f -> f.includes(PostFields.TRIAGE_STATUS)))
                            .sort(o -> o.field(f -> f.field(PostFields.ID).order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, JsonNode.class);
                List<Hit<JsonNode>> hits = page.hits().hits();
                for (Hit<JsonNode> hit : hits) {
                    statuses.put(hit.id(), hit.source().path(PostFields.TRIAGE_STATUS).asText());
                }
                if (hits.size() < PAGE) {
                    return statuses;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triage statuses from " + index, e);
        }
    }

    /** Puts the statuses back on the posts of {@code index} (a post no longer there is skipped). */
    public static void restore(ElasticsearchClient client, String index, Map<String, String> statuses) {
        List<BulkOperation> ops = new ArrayList<>();
        for (Map.Entry<String, String> e : statuses.entrySet()) {
            Map<String, String> doc = Map.of(PostFields.TRIAGE_STATUS, e.getValue());
            ops.add(BulkOperation.of(b -> b.update(u -> u.index(index).id(e.getKey()).action(a -> a.doc(doc)))));
            if (ops.size() == PAGE) {
                send(client, ops);
                ops = new ArrayList<>();
            }
        }
        if (!ops.isEmpty()) {
            send(client, ops);
        }
        if (!statuses.isEmpty()) {
            log.info("kept the triage status of {} posts in {}", statuses.size(), index);
        }
    }

    private static void send(ElasticsearchClient client, List<BulkOperation> ops) {
        try {
            BulkResponse response = client.bulk(b -> b.operations(ops));
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !"document_missing_exception".equals(item.error().type())) {
                    throw new IllegalStateException("triage status of " + item.id() + " not kept: "
                            + item.error().reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore triage statuses", e);
        }
    }
}

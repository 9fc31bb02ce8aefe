package id.go.kupangkota.sasando.ingest.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How ingest writes alerts without undoing what people recorded on them in the dashboard: each alert
 * is merged into the stored one and written back only if nobody changed it meanwhile (its sequence
 * number; a conflict leaves it pending for the next flush, which merges again). Merging:
 * <ul>
 *   <li>a failing run updates the streak's figures (failures, last error with its code and arguments,
 *   message, severity, raised_at) but not the status, so an acknowledged alert stays acknowledged, with who,
 *   when and their note;</li>
 *   <li>except that a resolved alert raised again is open again: its source or query fails anew (a new
 *   streak the same WITA day, or a fix that did not work), and someone has to look at it again. What
 *   people did on it before (acknowledged, resolved: who, when, their note) moves to its {@code history},
 *   so whoever looks at it again reads who handled it and why without searching the audit log;</li>
 *   <li>a resolution sets the status, resolved_at and the message ("works again"), acknowledged or
 *   not, and keeps the rest (the last error's code, what people noted); one that someone resolved by hand
 *   already keeps their name, time and note.</li>
 * </ul>
 * A missing alert is created as sent. (Not an update script: the Elasticsearch of the tests, like a
 * minimal install, has no scripting.)
 */
final class AlertWrites implements EsOutbox.Write {
    static final AlertWrites INSTANCE = new AlertWrites();

    private static final String STATUS = "status";
    private static final String HISTORY = "history";
    /** What a person does on an alert; each is stored as {@code <action>_by}, {@code _at}, {@code _note}. */
    private static final List<String> HANDLING = List.of(Alert.ACKNOWLEDGED, Alert.RESOLVED);
    /**
     * The last error's code and arguments: a failing run's replace the stored ones, or remove them when it has none.
     */
    private static final List<String> ERROR_CODE_FIELDS = List.of("error_code", "error_args");

    private AlertWrites() {
    }

    /** The stored alert and its sequence number. */
    private record Stored(ObjectNode doc, long seqNo, long primaryTerm) {
    }

    @Override
    public List<EsOutbox.Envelope> write(ElasticsearchClient client, String index, List<EsOutbox.Envelope> pending)
            throws IOException {
        Map<String, List<EsOutbox.Envelope>> byId = new LinkedHashMap<>();
        for (EsOutbox.Envelope e : pending) {
            byId.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(e);
        }
        Map<String, Stored> stored = stored(client, index, List.copyOf(byId.keySet()));
        List<EsOutbox.Op> ops = new ArrayList<>();
        for (Map.Entry<String, List<EsOutbox.Envelope>> alert : byId.entrySet()) {
            String id = alert.getKey();
            Stored before = stored.get(id);
            ObjectNode merged = before == null ? null : before.doc();
            for (EsOutbox.Envelope e : alert.getValue()) {
                merged = merge(merged, (ObjectNode) e.doc());
            }
            if (before == null) {
                ObjectNode created = merged;
                ops.add(new EsOutbox.Op(BulkOperation.of(b -> b.create(c -> c.index(index).id(id).document(created))),
                        alert.getValue()));
            } else if (!merged.equals(before.doc())) {
                ObjectNode updated = merged;
                ops.add(new EsOutbox.Op(BulkOperation.of(b -> b.index(i -> i.index(index).id(id)
                        .ifSeqNo(before.seqNo()).ifPrimaryTerm(before.primaryTerm()).document(updated))),
                        alert.getValue()));
            }
        }
        return EsOutbox.bulk(client, index, ops);
    }

    /**
     * {@code alert} (raised or resolved, as ingest sends it) applied to the stored alert (null for none);
     * a new node, the arguments unchanged.
     */
    static ObjectNode merge(ObjectNode stored, ObjectNode alert) {
        if (stored == null) {
            return alert.deepCopy();
        }
        boolean wasResolved = Alert.RESOLVED.equals(stored.path(STATUS).asText());
        ObjectNode merged = stored.deepCopy();
        if (Alert.RESOLVED.equals(alert.path(STATUS).asText())) {
            if (!wasResolved) {
                merged.put(STATUS, Alert.RESOLVED);
                merged.set("resolved_at", alert.get("resolved_at"));
                merged.set("message", alert.get("message"));
            }
            return merged;
        }
        if (wasResolved) {
            ObjectNode reopened = alert.deepCopy(); // open again, for someone to handle anew
            ArrayNode history = history(stored);
            if (!history.isEmpty()) {
                reopened.set(HISTORY, history);
            }
            return reopened;
        }
        for (String field : ERROR_CODE_FIELDS) {
            if (!alert.has(field)) {
                merged.remove(field); // an error without a code must not keep the code of the one before
            }
        }
        alert.properties().forEach(field -> {
            if (!field.getKey().equals(STATUS)) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /**
     * The stored alert's history with what people did on it since (its acknowledgement, then its resolution by
     * hand), oldest first: entries {@code action}, {@code by}, {@code at}, {@code note} (the last two as stored,
     * missing when the alert has none). A resolution by ingest (no one's name) is left out: a source that keeps
     * failing and recovering would fill the alert with them, and the coverage index has every run.
     */
    static ArrayNode history(ObjectNode stored) {
        ArrayNode history = stored.path(HISTORY).isArray() ? (ArrayNode) stored.get(HISTORY).deepCopy()
                : stored.arrayNode();
        for (String action : HANDLING) {
            if (stored.hasNonNull(action + "_by")) {
                ObjectNode entry = history.addObject().put("action", action);
                for (String field : List.of("by", "at", "note")) {
                    if (stored.hasNonNull(action + "_" + field)) {
                        entry.set(field, stored.get(action + "_" + field));
                    }
                }
            }
        }
        return history;
    }

    private static Map<String, Stored> stored(ElasticsearchClient client, String index, List<String> ids)
            throws IOException {
        Map<String, Stored> out = new HashMap<>();
        var response = client.mget(m -> m.index(index).ids(ids), ObjectNode.class);
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("cannot read alert " + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            GetResult<ObjectNode> doc = item.result();
            if (doc.found() && doc.source() != null) {
                out.put(doc.id(), new Stored(doc.source(), doc.seqNo(), doc.primaryTerm()));
            }
        }
        return out;
    }
}

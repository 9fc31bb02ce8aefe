package id.go.kupangkota.sasando.ingest.watchlist;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watchlists as ingest reads them: from the watchlists index (where the admin edits them), or from
 * the seed file {@code config/watchlists.json} when Elasticsearch cannot be reached or holds none
 * yet. {@link #seed()} adds the file's watchlists whose id the index does not have, so the admin's
 * edits are never overwritten; a watchlist the admin deleted stays in the index as a tombstone
 * ({@link Watchlist#deleted()}), so it is neither seeded again nor collected.
 */
public final class WatchlistRepository implements Watchlists {
    private static final Logger log = LoggerFactory.getLogger(WatchlistRepository.class);
    public static final String FILE_NAME = "watchlists.json";

    private final ElasticsearchClient client;
    private final String index;
    private final Path seedFile;
    private final Clock clock;

    /** @param client the client, or null to read the seed file only */
    public WatchlistRepository(ElasticsearchClient client, String indexPrefix, Path seedFile, Clock clock) {
        this.client = client;
        this.index = SasandoIndex.WATCHLISTS.alias(indexPrefix);
        this.seedFile = seedFile;
        this.clock = clock;
    }

    @Override
    public List<Watchlist> all() {
        if (client != null) {
            try {
                List<Watchlist> stored = fromIndex();
                if (!stored.isEmpty()) {
                    // tombstones count as the admin's lists: with every watchlist deleted, none is collected
                    return stored.stream().filter(w -> !w.deleted()).toList();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("watchlists index {} unavailable ({}); using {}", index, e.toString(), seedFile);
            }
        }
        return fromFile(seedFile);
    }

    /** Indexes the seed file's watchlists that are not in the index yet; returns how many were added. */
    public int seed() throws IOException {
        List<Watchlist> file = fromFile(seedFile);
        if (file.isEmpty()) {
            return 0;
        }
        List<BulkOperation> ops = new ArrayList<>();
        for (Watchlist w : file) {
            Watchlist stamped = new Watchlist(w.id(), w.name(), w.description(), w.keywords(), w.hashtags(), w.accounts(),
                    w.topics(), w.sources(), w.enabled(), w.updatedAt() == null ? clock.instant() : w.updatedAt(),
                    w.updatedBy() == null ? "seed" : w.updatedBy(), w.deleted());
            ops.add(BulkOperation.of(b -> b.create(c -> c.index(index).id(stamped.id()).document(stamped))));
        }
        BulkResponse response = client.bulk(b -> b.operations(ops).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        int added = 0;
        for (var item : response.items()) {
            if (item.error() == null) {
                added++;
            } else if (!"version_conflict_engine_exception".equals(item.error().type())) {
                throw new IOException("cannot seed watchlist " + item.id() + ": " + item.error().reason());
            }
        }
        log.info("seeded {} new watchlist(s) into {} from {}", added, index, seedFile);
        return added;
    }

    private List<Watchlist> fromIndex() throws IOException {
        SearchResponse<Watchlist> response = client.search(s -> s.index(index).size(1000), Watchlist.class);
        return response.hits().hits().stream().map(Hit::source)
                .sorted(Comparator.comparing(Watchlist::id)).toList();
    }

    /** The watchlists of a seed file ({@code {"watchlists": [...]}}); none when the file is missing. */
    public static List<Watchlist> fromFile(Path file) {
        if (!Files.exists(file)) {
            log.warn("no watchlists file at {}", file);
            return List.of();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            List<Watchlist> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode node : root.path("watchlists")) {
                Watchlist w;
                try {
                    w = Json.MAPPER.treeToValue(node, Watchlist.class);
                } catch (IOException | IllegalArgumentException e) {
                    throw new InvalidSettingsException(file + ": watchlist " + node.path("id") + " is invalid: " + e.getMessage());
                }
                if (!ids.add(w.id())) {
                    throw new InvalidSettingsException(file + ": watchlist id '" + w.id() + "' appears twice");
                }
                out.add(w);
            }
            return out;
        } catch (IOException e) {
            throw new InvalidSettingsException("cannot read " + file + ": " + e.getMessage());
        }
    }
}

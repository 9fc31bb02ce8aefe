package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A full rebuild without downtime: write into a new concrete index that matches the template's
 * pattern ({@code <prefix><name>-v<N>-<timestamp>}), then move the alias to it in ONE
 * update-aliases request and delete what the alias pointed at before. Readers see the old index
 * until the swap and the new one after. (This Elasticsearch has no _reindex or _delete_by_query,
 * so rebuilding into a fresh index is also how stale documents disappear.)
 */
public final class IndexSwap {
    private static final Logger log = LoggerFactory.getLogger(IndexSwap.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String prefix;
    private final Clock clock;

    public IndexSwap(ElasticsearchClient client, String prefix, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
    }

    /**
     * Creates the new concrete index (settings and mappings from the template) and returns its name, after
     * removing the indices that earlier rebuilds of this index left unfinished ({@link #removeUnfinished}).
     */
    public String create(SasandoIndex index) {
        int version = new IndexBootstrap(client, prefix).ensure(index);
        removeUnfinished(index);
        String name = index.versioned(prefix, version) + "-" + STAMP.format(clock.instant());
        try {
            client.indices().create(c -> c.index(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index " + name, e);
        }
    }

    /**
     * Deletes every concrete index of {@code index} that its alias does not point at: what a rebuild that
     * failed or was killed before its swap left, a partial copy of the data that nobody reads and that would
     * take the disk again at every retry. Safe because one pipeline runs at a time ({@link PipelineLock}) and
     * every index Sasando serves from is behind its alias ({@code IndexBootstrap} creates them with it).
     *
     * @return the indices deleted
     */
    public List<String> removeUnfinished(SasandoIndex index) {
        try {
            Set<String> serving = current(index);
            List<String> removed = new ArrayList<>();
            for (String name : client.indices().get(g -> g.index(index.pattern(prefix))).result().keySet()) {
                if (!serving.contains(name)) {
                    client.indices().delete(d -> d.index(name));
                    removed.add(name);
                }
            }
            if (!removed.isEmpty()) {
                log.warn("removed {} left by a rebuild of {} that did not finish (the alias points at {})",
                        removed, index.alias(prefix), serving);
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the indices of " + index.alias(prefix), e);
        }
    }

    /**
     * Deletes {@code fresh} after its rebuild failed, so the partial copy does not wait for the next rebuild;
     * a failure to delete (Elasticsearch gone, the likely reason the rebuild failed) is logged, and the next
     * {@link #create} removes it.
     */
    public void discard(SasandoIndex index, String fresh) {
        try {
            if (current(index).contains(fresh)) {
                return; // the swap went through and failed after it, removing the old index: fresh serves
            }
            client.indices().delete(d -> d.index(fresh));
            log.info("removed {}, the index of a rebuild that failed", fresh);
        } catch (Exception e) {
            log.warn("could not remove {} after its rebuild failed ({}); the next rebuild removes it", fresh,
                    e.toString());
        }
    }

    /** The concrete indices the alias points at now. */
    public Set<String> current(SasandoIndex index) {
        String alias = index.alias(prefix);
        try {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                return Set.of();
            }
            return client.indices().getAlias(g -> g.name(alias)).result().keySet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias " + alias, e);
        }
    }

    /** Points the alias at {@code fresh} alone, atomically, then deletes the indices it left. */
    public void swap(SasandoIndex index, String fresh) {
        String alias = index.alias(prefix);
        try {
            client.indices().refresh(r -> r.index(fresh));
            Set<String> old = current(index);
            List<Action> actions = new ArrayList<>();
            for (String o : old) {
                if (!o.equals(fresh)) {
                    actions.add(Action.of(a -> a.remove(r -> r.index(o).alias(alias))));
                }
            }
            actions.add(Action.of(a -> a.add(ad -> ad.index(fresh).alias(alias).isWriteIndex(true))));
            client.indices().updateAliases(u -> u.actions(actions));
            log.info("alias {} now points at {} (was {})", alias, fresh, old);
            for (String o : old) {
                if (!o.equals(fresh)) {
                    client.indices().delete(d -> d.index(o));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap alias " + alias + " to " + fresh, e);
        }
    }
}

package id.go.kupangkota.sasando.spark.common;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.es.IndexBootstrap;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilds that did not finish leave nothing behind, against the real test node. */
@ExtendWith(ElasticsearchExtension.class)
class IndexSwapIT {
    private final ElasticsearchClient client = ElasticsearchExtension.client();
    private final String prefix = ElasticsearchExtension.freshPrefix();

    private IndexSwap swapAt(String instant) {
        return new IndexSwap(client, prefix, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void aNewRebuildRemovesTheIndicesOfRebuildsThatDidNotFinishAndNothingElse() throws IOException {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.TRENDS);
        Set<String> serving = swapAt("2024-07-11T00:00:00Z").current(SasandoIndex.POSTS);
        // two re-tags killed before their swap, one with posts in it
        String killed = swapAt("2024-07-11T01:00:00Z").create(SasandoIndex.POSTS);
        client.index(i -> i.index(killed).id("x:1").document(Map.of("text", "separuh")));
        String killedAgain = swapAt("2024-07-11T02:00:00Z").create(SasandoIndex.POSTS);
        assertThat(indices(SasandoIndex.POSTS)).as("each create removed the one before it").containsExactlyInAnyOrder(
                serving.iterator().next(), killedAgain);
        String trendsRebuild = swapAt("2024-07-11T02:30:00Z").create(SasandoIndex.TRENDS);

        IndexSwap swap = swapAt("2024-07-11T03:00:00Z");
        String fresh = swap.create(SasandoIndex.POSTS);
        assertThat(indices(SasandoIndex.POSTS)).containsExactlyInAnyOrder(serving.iterator().next(), fresh);
        assertThat(indices(SasandoIndex.TRENDS)).as("another index's rebuild is its own business")
                .contains(trendsRebuild);
        assertThat(client.indices().exists(e -> e.index(killed)).value()).isFalse();

        swap.swap(SasandoIndex.POSTS, fresh);
        assertThat(indices(SasandoIndex.POSTS)).containsExactly(fresh);
        assertThat(swap.removeUnfinished(SasandoIndex.POSTS)).as("the serving index is never removed").isEmpty();
    }

    @Test
    void aFailedRebuildDiscardsItsIndexButNeverOneThatServes() throws IOException {
        new IndexBootstrap(client, prefix).ensure(SasandoIndex.POSTS);
        IndexSwap swap = swapAt("2024-07-11T01:00:00Z");
        String failed = swap.create(SasandoIndex.POSTS);
        swap.discard(SasandoIndex.POSTS, failed);
        assertThat(client.indices().exists(e -> e.index(failed)).value()).isFalse();

        String swapped = swapAt("2024-07-11T02:00:00Z").create(SasandoIndex.POSTS);
        swap.swap(SasandoIndex.POSTS, swapped);
        swap.discard(SasandoIndex.POSTS, swapped); // a failure after the swap: the alias already points there
        assertThat(indices(SasandoIndex.POSTS)).containsExactly(swapped);
    }

    private Set<String> indices(SasandoIndex index) throws IOException {
        return client.indices().get(g -> g.index(index.pattern(prefix))).result().keySet();
    }
}

package id.go.kupangkota.sasando.ingest.watchlist;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.EsClients;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import id.go.kupangkota.sasando.ingest.testing.TestIndices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ElasticsearchExtension.class)
class WatchlistRepositoryIT {
    @TempDir
    Path dir;

    private Path seedFile() throws Exception {
        Path f = dir.resolve("watchlists.json");
        Files.writeString(f, """
                {"watchlists": [
                  {"id": "banjir", "name": "Banjir", "keywords": ["banjir Kupang"], "hashtags": ["#BanjirKupang"], "enabled": true},
                  {"id": "pilkada", "name": "Pilkada", "keywords": ["pilkada"], "sources": ["x"], "enabled": true}
                ]}
                """);
        return f;
    }

    @Test
    void seeding_fills_the_index_and_never_overwrites_the_admins_edits() throws Exception {
        TestIndices es = TestIndices.with(SasandoIndex.WATCHLISTS);
        WatchlistRepository repository = repository(es);
        assertThat(repository.seed()).isEqualTo(2);

        Watchlist edited = new Watchlist("banjir", "Banjir & genangan", null, List.of("banjir", "genangan"), List.of(),
                List.of(), List.of("bencana"), List.of(), true, Instant.parse("2024-07-11T02:00:00Z"), "admin", false);
        store(es, edited);

        assertThat(repository.seed()).isZero();
        assertThat(repository.all()).extracting(Watchlist::id).containsExactly("banjir", "pilkada");
        assertThat(repository.all().get(0)).isEqualTo(edited);
        assertThat(repository.all().get(1).updatedBy()).isEqualTo("seed");
        assertThat(repository.forSource("news")).extracting(Watchlist::id).containsExactly("banjir");
    }

    /** The dashboard's admin deletes a watchlist by leaving a tombstone under its id (dashboard AdminService). */
    @Test
    void a_deleted_watchlist_is_neither_seeded_again_nor_collected_nor_replaced_by_the_file() throws Exception {
        TestIndices es = TestIndices.with(SasandoIndex.WATCHLISTS);
        WatchlistRepository repository = repository(es);
        repository.seed();

        delete(es, "banjir");
        assertThat(repository.seed()).as("the tombstone keeps the seed file's banjir out").isZero();
        assertThat(repository.all()).extracting(Watchlist::id).containsExactly("pilkada");
        assertThat(repository.forSource("x")).extracting(Watchlist::id).containsExactly("pilkada");

        delete(es, "pilkada");
        assertThat(repository.seed()).isZero();
        assertThat(repository.all()).as("every watchlist deleted: none, not the seed file's").isEmpty();
    }

    private WatchlistRepository repository(TestIndices es) throws Exception {
        return new WatchlistRepository(es.client(), es.prefix(), seedFile(), Clock.systemUTC());
    }

    private static void delete(TestIndices es, String id) throws Exception {
        store(es, new Watchlist(id, id, null, List.of(), List.of(), List.of(), List.of(), List.of(), false,
                Instant.parse("2024-07-12T02:00:00Z"), "admin", true));
    }

    /** Writes a watchlist as the dashboard's admin does, visible at once. */
    private static void store(TestIndices es, Watchlist watchlist) throws Exception {
        es.client().index(i -> i.index(es.alias(SasandoIndex.WATCHLISTS)).id(watchlist.id()).document(watchlist)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    @Test
    void without_elasticsearch_the_watchlists_come_from_the_file() throws Exception {
        SasandoSettings down = ElasticsearchExtension.settings().withEsUrl("http://127.0.0.1:1");
        ElasticsearchClient client = EsClients.create(down);
        try {
            WatchlistRepository repository = new WatchlistRepository(client, down.indexPrefix(), seedFile(), Clock.systemUTC());
            assertThat(repository.all()).extracting(Watchlist::id).containsExactly("banjir", "pilkada");
        } finally {
            EsClients.close(client);
        }
    }

    @Test
    void the_repository_seed_file_is_valid() {
        Path shipped = Path.of(System.getProperty("user.dir")).resolveSibling("config").resolve("watchlists.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shipped), "run from the ingest module directory");
        assertThat(WatchlistRepository.fromFile(shipped)).hasSizeGreaterThan(5).allMatch(Watchlist::enabled);
    }
}

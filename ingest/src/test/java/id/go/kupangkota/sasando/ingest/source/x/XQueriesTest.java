package id.go.kupangkota.sasando.ingest.source.x;

import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.watchlist.Watchlist;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How watchlists become X searches, and how the X settings are validated. */
class XQueriesTest {

    @Test
    void aWatchlistBecomesOneSearchWithQuotedPhrasesAndHashtags() {
        List<SourceQuery> queries = XSource.searchQueries(watchlist(List.of("air bersih", "PDAM"), List.of("#AirBersih")),
                "lang:id");

        assertThat(queries).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("search.banjir");
            assertThat(q.value()).isEqualTo("(\"air bersih\" OR PDAM OR #AirBersih) lang:id");
            assertThat(q.attribute("watchlist")).isEqualTo("banjir");
        });
    }

    @Test
    void aWatchlistTooLongForOneSearchIsSplitIntoSeveral() {
        List<String> many = IntStream.range(0, 80).mapToObj(i -> "kelurahan nomor " + i).toList();

        List<SourceQuery> queries = XSource.searchQueries(watchlist(many, List.of()), "");

        assertThat(queries).hasSizeGreaterThan(1)
                .allSatisfy(q -> assertThat(q.value().length()).isLessThanOrEqualTo(XSource.MAX_QUERY_LENGTH));
        assertThat(queries).extracting(SourceQuery::key).startsWith("search.banjir.1", "search.banjir.2");
        assertThat(String.join(" ", queries.stream().map(SourceQuery::value).toList()))
                .contains("\"kelurahan nomor 0\"", "\"kelurahan nomor 79\"");
    }

    @Test
    void settingsWithoutATokenSayWhereToPutIt() {
        SourceConfig config = SourceConfig.of("x", Map.of("enabled", true));

        assertThatThrownBy(() -> XSettings.from(config, name -> null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining(XSettings.TOKEN_ENV).hasMessageContaining(XSettings.TOKEN_FILE_ENV);
    }

    @Test
    void settingsRejectAPageSizeTheApiDoesNotAccept() {
        SourceConfig config = SourceConfig.of("x", Map.of("max_results", 500));

        assertThatThrownBy(() -> XSettings.from(config, name -> "token"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("max_results");
    }

    @Test
    void settingsHaveDefaultsAndHideTheToken() {
        XSettings settings = XSettings.from(SourceConfig.of("x", Map.of("accounts", List.of("@warta_kupang_demo"))),
                name -> XSettings.TOKEN_ENV.equals(name) ? "rahasia-token" : null);

        assertThat(settings.baseUrl()).hasToString(XSettings.DEFAULT_BASE_URL);
        assertThat(settings.maxResults()).isEqualTo(100);
        assertThat(settings.accounts()).containsExactly("warta_kupang_demo");
        assertThat(settings.toString()).doesNotContain("rahasia-token");
    }

    private static Watchlist watchlist(List<String> keywords, List<String> hashtags) {
        return new Watchlist("banjir", "Banjir", "", keywords, hashtags, List.of(), List.of(), List.of(), true,
                Instant.EPOCH, "test", false);
    }
}

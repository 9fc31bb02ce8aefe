package id.go.kupangkota.sasando.ingest.source.news;

import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The news settings: the bundled feeds list and validation with messages that name the problem. */
class NewsSettingsTest {

    @Test
    void withoutFeedsInTheSettingsTheBundledKupangFeedsAreRead() {
        NewsSettings settings = NewsSettings.from(SourceConfig.of("news", Map.of("enabled", true)));

        assertThat(settings.feeds()).extracting(NewsSettings.Feed::id)
                .contains("pos-kupang", "victorynews", "antara-ntt", "nusaflobamora", "gnews-kota-kupang");
        assertThat(settings.feeds()).filteredOn(f -> f.id().startsWith("gnews"))
                .allSatisfy(f -> assertThat(f.fullText()).isFalse());
        assertThat(settings.minTextChars()).isEqualTo(200);
        assertThat(settings.maxArticles()).isEqualTo(50);
    }

    @Test
    void aFeedIdUsedTwiceIsRejected() {
        Map<String, Object> feed = Map.of("id", "pos-kupang", "url", "https://kupang.tribunnews.com/rss");
        SourceConfig config = SourceConfig.of("news", Map.of("feeds", List.of(feed, feed)));

        assertThatThrownBy(() -> NewsSettings.from(config))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("'pos-kupang' is used twice");
    }

    @Test
    void aFeedWithoutAnHttpUrlIsRejected() {
        SourceConfig config = SourceConfig.of("news", Map.of("feeds", List.of(Map.of("id", "lokal", "url", "file:///etc/passwd"))));

        assertThatThrownBy(() -> NewsSettings.from(config))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("lokal").hasMessageContaining("http(s) url");
    }
}

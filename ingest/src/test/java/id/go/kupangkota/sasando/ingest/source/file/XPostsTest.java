package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XPostsTest {
    private static final String ID = "1811192428753915905";

    @Test
    void status_urls_of_twitter_x_and_mobile_twitter_give_the_tweet_id() {
        assertThat(XPosts.statusId("https://twitter.com/nona_oebobo/status/" + ID)).isEqualTo(ID);
        assertThat(XPosts.statusId("https://x.com/nona_oebobo/status/" + ID + "?s=20&t=abc")).isEqualTo(ID);
        assertThat(XPosts.statusId("https://mobile.twitter.com/nona_oebobo/status/" + ID + "/photo/1")).isEqualTo(ID);
        assertThat(XPosts.statusId("http://www.twitter.com/nona_oebobo/statuses/" + ID)).isEqualTo(ID);
        assertThat(XPosts.statusId(" https://X.com/i/web/status/" + ID + "#m ")).isEqualTo(ID);
    }

    @Test
    void malformed_or_foreign_urls_give_no_tweet_id() {
        assertThat(XPosts.statusId("https://twitter.com/salah_ketik/status/18111924287539x5905")).isNull();
        assertThat(XPosts.statusId("https://x.com/salah/status/")).isNull();
        assertThat(XPosts.statusId("https://notx.com/bukan_x/status/" + ID)).isNull();
        assertThat(XPosts.statusId("https://twitter.com.evil.example/a/status/" + ID)).isNull();
        assertThat(XPosts.statusId("https://facebook.com/kupang_info/posts/" + ID)).isNull();
        assertThat(XPosts.statusId("https://x.com/nona_oebobo")).isNull();
        assertThat(XPosts.statusId("https://x.com/a_handle_far_too_long/status/" + ID)).isNull();
        assertThat(XPosts.statusId("https://x.com/a/status/99999999999999999999")).as("beyond 64 bits").isNull();
        assertThat(XPosts.statusId(null)).isNull();
    }

    @Test
    void a_platform_saying_x_takes_a_unique_numeric_id_or_else_the_status_url() {
        assertThat(XPosts.isX(" Twitter ")).isTrue();
        assertThat(XPosts.isX("X (Twitter)")).isTrue();
        assertThat(XPosts.isX("Facebook")).isFalse();
        assertThat(XPosts.of("twitter", ID, null)).isEqualTo(ID);
        assertThat(XPosts.of("x", "1.81119E+18", "https://x.com/a/status/42")).isEqualTo("42");
        assertThat(XPosts.of("x", "007", null)).as("no tweet id has leading zeros").isNull();
        assertThat(XPosts.of("x", null, null)).isNull();
    }

    @Test
    void another_platform_wins_over_a_status_url_and_no_platform_lets_the_url_decide() {
        assertThat(XPosts.of("Facebook", ID, "https://twitter.com/a/status/" + ID)).isNull();
        assertThat(XPosts.of(null, ID, null)).as("an id alone says nothing about the platform").isNull();
        assertThat(XPosts.of(null, null, "https://twitter.com/a/status/" + ID)).isEqualTo(ID);
        assertThat(XPosts.of(" ", null, "https://twitter.com/a/status/" + ID)).isEqualTo(ID);
    }

    @Test
    void a_mapping_names_a_platform_column_or_the_platform_of_every_row() throws Exception {
        ColumnMapping column = ColumnMapping.parse("m", Json.MAPPER.readTree(
                "{\"columns\": {\"text\": \"t\", \"created_at\": \"c\", \"platform\": \"Platform\"}}"));
        assertThat(column.column(ColumnMapping.PLATFORM)).isEqualTo("Platform");
        assertThat(column.platform()).isNull();
        assertThat(ColumnMapping.load("twitter-csv").platform()).isEqualTo("x");
        assertThat(ColumnMapping.load("sasando").platform()).isNull();
        assertThatThrownBy(() -> ColumnMapping.parse("m", Json.MAPPER.readTree(
                "{\"columns\": {\"text\": \"t\", \"created_at\": \"c\"}, \"platform\": 3}")))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("'platform' must name the network");
    }
}

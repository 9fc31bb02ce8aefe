package id.go.kupangkota.sasando.ingest.source;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceConfigTest {

    @Test
    void shared_settings_have_defaults() {
        SourceConfig config = SourceConfig.of("x", Map.of());

        assertThat(config.enabled()).isFalse();
        assertThat(config.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.maxRetries()).isEqualTo(4);
        assertThat(config.failureAlertAfter()).isEqualTo(3);
    }

    @Test
    void values_are_read_with_their_types() {
        SourceConfig config = SourceConfig.of("news", Map.of("enabled", true, "interval", "PT30M", "page_size", "250"));

        assertThat(config.enabled()).isTrue();
        assertThat(config.interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.integer("page_size", 10)).isEqualTo(250);
    }

    @Test
    void a_bad_value_names_the_source_and_the_key() {
        SourceConfig config = SourceConfig.of("news", Map.of("interval", "15 minutes", "max_retries", "many"));

        assertThatThrownBy(config::interval).isInstanceOf(InvalidSettingsException.class)
                .hasMessage("setting 'interval' of source 'news' must be an ISO-8601 duration like PT15M, was 15 minutes");
        assertThatThrownBy(config::maxRetries).hasMessageContaining("'max_retries' of source 'news' must be a whole number");
    }

    @Test
    void secrets_come_from_the_variable_the_settings_name() {
        SourceConfig config = new SourceConfig("x", SourceConfig.of("x", Map.of("bearer_token_env", "TOKEN_VAR")).node(),
                name -> name.equals("TOKEN_VAR") ? "s3cret" : null);

        assertThat(config.secret("bearer_token")).isEqualTo("s3cret");
        assertThat(config.secret("other")).isNull();
    }
}

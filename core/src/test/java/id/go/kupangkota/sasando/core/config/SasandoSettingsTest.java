package id.go.kupangkota.sasando.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SasandoSettingsTest {

    @Test
    void defaultsServeALocalRun() {
        SasandoSettings s = SasandoSettings.from(Map.of());
        assertThat(s.esUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(s.indexPrefix()).isEqualTo("sasando-");
        assertThat(s.home()).isEqualTo(Path.of(".sasando").toAbsolutePath().normalize());
        assertThat(s.landingDir()).isEqualTo(s.home().resolve("landing"));
    }

    @Test
    void environmentOverridesDefaults() {
        SasandoSettings s = SasandoSettings.from(Map.of("SASANDO_HOME", "/srv/sasando",
                "SASANDO_ES_URL", "https://es:9200", "SASANDO_ES_USER", "elastic", "SASANDO_INDEX_PREFIX", "kupang-"));
        assertThat(s.home()).isEqualTo(Path.of("/srv/sasando"));
        assertThat(s.esUrl()).isEqualTo("https://es:9200");
        assertThat(s.esUser()).isEqualTo("elastic");
        assertThat(s.indexPrefix()).isEqualTo("kupang-");
    }

    @Test
    void thePasswordComesFromAFileAndNeverReachesToString() throws Exception {
        Path file = Files.createTempFile("es-password", ".txt");
        Files.writeString(file, "rahasia-sekali\n");
        SasandoSettings s = SasandoSettings.from(Map.of("SASANDO_ES_PASSWORD_FILE", file.toString()));
        assertThat(s.esPassword()).isEqualTo("rahasia-sekali");
        assertThat(s.toString()).doesNotContain("rahasia").contains("esPassword=***");
    }

    @Test
    void anUpperCaseOrWildcardPrefixIsRefused() {
        assertThatThrownBy(() -> SasandoSettings.from(Map.of("SASANDO_INDEX_PREFIX", "Sasando-")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SasandoSettings.from(Map.of("SASANDO_INDEX_PREFIX", "s*")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

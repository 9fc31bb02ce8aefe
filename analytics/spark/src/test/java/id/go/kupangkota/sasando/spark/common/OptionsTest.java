package id.go.kupangkota.sasando.spark.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {
    private static Options parse(String... args) {
        return Options.parse(args, List.of("interval", "max-files"), List.of("continuous", "no-es"));
    }

    @Test
    void readsSwitchesAndValuesInBothSpellings() {
        Options o = parse("--continuous", "--interval", "30s", "--max-files=20");
        assertThat(o.has("continuous")).isTrue();
        assertThat(o.has("no-es")).isFalse();
        assertThat(o.getDuration("interval", null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.getInt("max-files", 1)).isEqualTo(20);
        assertThat(o.getInt("missing", 7)).isEqualTo(7);
    }

    @Test
    void readsMinutesHoursAndIsoDurations() {
        assertThat(parse("--interval", "5m").getDuration("interval", null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(parse("--interval", "PT2H").getDuration("interval", null)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void rejectsAnUnknownOptionByName() {
        assertThatThrownBy(() -> parse("--contiuous"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--contiuous");
    }

    @Test
    void rejectsAMissingOrMalformedValue() {
        assertThatThrownBy(() -> parse("--interval")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--max-files", "many").getInt("max-files", 1)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--interval", "soon").getDuration("interval", null)).hasMessageContaining("30s");
    }
}

package id.go.kupangkota.sasando.core.post;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdHashTest {
    @Test
    void anIdInsideALongerTextHashesAsTheIdAlone() {
        String line = "{\"post\":{\"id\":\"x:1800000000000000001\"}}";
        int start = line.indexOf("x:");

        assertThat(IdHash.of(line, start, line.indexOf('"', start))).isEqualTo(IdHash.of("x:1800000000000000001"))
                .isNotEqualTo(IdHash.of("x:1800000000000000002"));
    }
}

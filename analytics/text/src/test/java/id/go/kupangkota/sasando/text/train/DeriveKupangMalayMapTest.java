package id.go.kupangkota.sasando.text.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeriveKupangMalayMapTest {

    @Test
    void aKupangWordIsPairedWithTheIndonesianWordItReplaces() {
        List<String[]> pairs = List.of(
                new String[]{"Saya tidak tahu.", "Beta sonde tau."},
                new String[]{"Saya makan nasi.", "Beta makan nasi."},
                new String[]{"Dia tidak datang.", "Dia sonde datang."},
                new String[]{"Saya pulang.", "Beta pulang."});
        List<String> lines = DeriveKupangMalayMap.derive(pairs);
        assertThat(lines).anyMatch(l -> l.startsWith("beta | saya"));
        assertThat(lines).anyMatch(l -> l.startsWith("sonde | tidak"));
        // words both languages share are not proposed
        assertThat(lines).noneMatch(l -> l.startsWith("makan |") || l.startsWith("dia |"));
    }
}

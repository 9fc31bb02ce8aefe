package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.text.Tagger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo corpus (ingest) and the gazetteer (analytics/text) each list Kupang's places; a demo post
 * whose kelurahan the two put in different kecamatan would score the tagger against a wrong truth.
 * Here, at the one module that sees both, every demo kelurahan must land in its kecamatan, and every
 * demo landmark the gazetteer knows must land there too.
 */
class DemoPlacesAgreeWithGazetteerTest {

    @Test
    void everyDemoPlaceTheGazetteerKnowsIsInTheSameKecamatan() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/id/go/kupangkota/sasando/ingest/demo/places.txt")) {
            assertThat(in).isNotNull();
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(rows).hasSize(Vocabulary.KECAMATAN.size());
        Tagger tagger = Tagger.shared();
        int kelurahan = 0;
        for (String row : rows) {
            String[] f = row.split("\\|");
            String kecamatan = f[0].strip();
            assertThat(Vocabulary.KECAMATAN).contains(kecamatan);
            for (String name : names(f[1])) {
                // "Kelurahan X": the gazetteer wants a qualifier for names that are also words (Merdeka)
                assertThat(tagger.tag("Banjir di Kelurahan " + name).kecamatan()).as(name).isEqualTo(kecamatan);
                kelurahan++;
            }
            for (String landmark : names(f[2]).stream().map(l -> l.substring(0, l.lastIndexOf(':'))).toList()) {
                assertThat(tagger.tag("Macet dekat " + landmark).kecamatan()).as(landmark).isIn(kecamatan, null);
            }
        }
        assertThat(kelurahan).as("Kota Kupang's kelurahan").isEqualTo(51);
    }

    private static List<String> names(String field) {
        return Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

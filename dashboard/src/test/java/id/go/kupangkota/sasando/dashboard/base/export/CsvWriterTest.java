package id.go.kupangkota.sasando.dashboard.base.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("a,b", "say \"hi\"", "=HYPERLINK(\"x\")", 5));
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertThat(s).isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",5\r\n");
    }
}

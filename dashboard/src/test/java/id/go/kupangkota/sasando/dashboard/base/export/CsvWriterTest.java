package id.go.kupangkota.sasando.dashboard.base.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    @Test
    void anInstantIsWitaTimeWithItsOffset() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            // shown in the dashboard as 29 Nov 2026 19:29 WITA; was exported as 2026-11-29T11:29:35Z
            csv.row(List.of("x:1", Instant.parse("2026-11-29T11:29:35Z")));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFx:1,2026-11-29T19:29:35+08:00\r\n");
        assertThat(OffsetDateTime.parse(CsvWriter.wita(Instant.parse("2026-11-29T11:29:35Z"))).toInstant())
                .as("the same instant for a program reading it back").isEqualTo(Instant.parse("2026-11-29T11:29:35Z"));
    }
}

package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.text.TagResult;
import id.go.kupangkota.sasando.text.Tagger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo corpus (ingest) says which of its templates are risky; the risk queue an analyst sees in
 * the demo is only as full as the tagger (analytics/text) makes it. Here, at the one module that sees
 * both: the tagger flags nearly every promoting template with its own category, and nearly none of
 * the rest (news, KIM campaigns, complaints, the alarming-but-harmless posts).
 */
class DemoRiskTemplatesTest {
    /** One value per slot of templates.txt; which kelurahan or price does not matter to risk. */
    private static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("{kel}", "Oebobo"),
            Map.entry("{kec}", "Maulafa"),
            Map.entry("{lm}", "Pasar Kasih Naikoten"),
            Map.entry("{pasar}", "Pasar Oeba"),
            Map.entry("{pantai}", "Pantai Lasiana"),
            Map.entry("{santai}", "Taman Nostalgia"),
            Map.entry("{n}", "3"),
            Map.entry("{jam}", "06.00"),
            Map.entry("{brg}", "beras"),
            Map.entry("{harga}", "50.000"),
            Map.entry("{nama}", "Yanti"),
            Map.entry("{paslon}", "Paslon 2"),
            Map.entry("{off}", "@PemkotKupang"));

    private record Template(String risk, String stance, String text) {
    }

    @Test
    void theTaggerFlagsTheDemosRiskyTemplatesAndLeavesTheRest() throws IOException {
        List<Template> templates = templates();
        Tagger tagger = Tagger.shared();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int risky = 0;
        for (Template t : templates) {
            TagResult r = tagger.tag(t.text());
            if (t.risk() != null && t.stance().equals("promoting")) {
                risky++;
                if (!r.risk().contains(t.risk())) {
                    missed.add(t.risk() + ": " + t.text());
                }
            } else if (!r.risk().isEmpty()) {
                falseAlarms.add(r.risk() + ": " + t.text());
            }
        }
        assertThat(risky).isEqualTo(17);
        // left for precision: "harus lawan" is worded like an ordinary post (the rumoured week-long outage is
        // caught since text-9, by the rumour rule of hoaks.txt)
        assertThat(missed).as("risky templates not flagged").hasSizeLessThanOrEqualTo(1);
        // the one allowed: the bot's "Sebarkan ke semua grup sebelum dihapus", a chain-message push
        assertThat(falseAlarms).as("other templates flagged").hasSizeLessThanOrEqualTo(1);
        assertThat(templates.size() - risky).isGreaterThan(80);
    }

    private static List<Template> templates() throws IOException {
        String text;
        try (InputStream in = DemoRiskTemplatesTest.class.getResourceAsStream(
                "/id/go/kupangkota/sasando/ingest/demo/templates.txt")) {
            assertThat(in).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Template> out = new ArrayList<>();
        String risk = null;
        String stance = null;
        for (String line : text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
            if (line.startsWith("@category")) {
                String[] h = line.split("\\s+"); // @category name weight topic risk stance role ...
                risk = h[4].equals("-") ? null : h[4];
                stance = h[5];
                continue;
            }
            String body = line.split("\\|", 2)[1].strip();
            for (Map.Entry<String, String> slot : SLOTS.entrySet()) {
                body = body.replace(slot.getKey(), slot.getValue());
            }
            assertThat(body).as("a slot without a value").doesNotContain("{");
            out.add(new Template(risk, stance, body));
        }
        return out;
    }
}

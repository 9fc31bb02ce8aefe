package id.go.kupangkota.sasando.ingest.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCorpusTest {
    private static final Instant END = Instant.parse("2024-07-31T16:00:00Z"); // midnight WITA
    private static byte[] bytes;
    private static List<JsonNode> rows;

    @BeforeAll
    static void generate() throws IOException {
        bytes = corpus(42);
        rows = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(bytes)) {
            it.forEachRemaining(rows::add);
        }
    }

    private static byte[] corpus(long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoCorpus(seed, END, 8).write(20_000, out);
        return out.toByteArray();
    }

    private static LocalDate day(JsonNode row) {
        return Wita.day(java.time.OffsetDateTime.parse(row.get("created_at").asText()).toInstant());
    }

    @Test
    void has_twenty_thousand_posts_with_unique_ids() {
        assertThat(rows).hasSize(20_000);
        assertThat(rows.stream().map(r -> r.get("id").asText()).collect(Collectors.toSet())).hasSize(20_000);
    }

    @Test
    void covers_eight_weeks_ending_on_the_last_day() {
        Set<LocalDate> days = rows.stream().map(DemoCorpusTest::day).collect(Collectors.toSet());
        assertThat(days).hasSize(56);
        assertThat(days).contains(LocalDate.parse("2024-06-06"), LocalDate.parse("2024-07-31"));
    }

    @Test
    void the_same_seed_gives_the_same_corpus_and_another_seed_another() throws IOException {
        assertThat(corpus(42)).isEqualTo(bytes);
        assertThat(corpus(7)).isNotEqualTo(bytes);
    }

    @Test
    void speaks_kupang_malay_as_well_as_indonesian() {
        Pattern kupang = Pattern.compile("\\b(beta|lu|katong|sonde|su|pi|deng|pung)\\b", Pattern.CASE_INSENSITIVE);
        long malay = rows.stream().filter(r -> kupang.matcher(r.get("text").asText()).find()).count();
        assertThat(malay).isBetween(1_000L, 15_000L);
        assertThat(rows.stream().map(r -> r.get("demo_lang").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("id", "mkn");
    }

    @Test
    void mentions_every_kecamatan() {
        assertThat(rows.stream().filter(r -> r.has("demo_kecamatan")).map(r -> r.get("demo_kecamatan").asText())
                .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(Vocabulary.KECAMATAN);
    }

    @Test
    void markets_and_beaches_are_named_only_where_a_market_or_beach_is_meant() {
        List<String> texts = rows.stream().map(r -> r.get("text").asText()).toList();
        // "Harga beras di Pasar TPA Alak", "Pedagang di Gereja Kota Raja": the old template slots
        assertThat(texts).noneMatch(t -> t.matches("(?s).*\\bPasar (TPA|Pantai|Jalan|Gereja|Kantor|Bandara|RSUD|Terminal"
                + "|Kampus|Bendungan|Pelabuhan|Taman|Kampung|Pasar)\\b.*"));
        assertThat(texts).noneMatch(t -> t.matches("(?s).*Pedagang di (?!Pasar).*"));
        List<JsonNode> sunsets = rows.stream().filter(r -> r.get("text").asText().startsWith("Sunset di ")).toList();
        assertThat(sunsets).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("text").asText()).startsWith("Sunset di Pantai ");
            // the beach is in the post's own kecamatan, so the place truth still holds
            assertThat(r.get("demo_kecamatan").asText()).isIn("Alak", "Kelapa Lima", "Kota Lama");
        });
    }

    @Test
    void the_flood_day_is_a_spike_of_flood_posts() {
        Map<LocalDate, Long> floodsPerDay = new HashMap<>();
        rows.stream().filter(r -> r.get("demo_category").asText().contains("banjir"))
                .forEach(r -> floodsPerDay.merge(day(r), 1L, Long::sum));
        LocalDate floodDay = LocalDate.parse("2024-07-31").minusDays(20);
        long ordinary = floodsPerDay.getOrDefault(LocalDate.parse("2024-07-01"), 0L);
        assertThat(floodsPerDay.get(floodDay)).isGreaterThan(5 * Math.max(ordinary, 1));
    }

    @Test
    void holds_risky_posts_their_harmless_look_alikes_news_and_kim_campaigns() {
        Map<String, Long> categories = rows.stream().collect(Collectors.groupingBy(r -> r.get("demo_category").asText(), Collectors.counting()));
        assertThat(categories).containsKeys("radikalisme", "intoleransi", "ujaran_kebencian", "hoaks", "provokasi",
                "alarm_palsu", "kim", "news_umum");
        assertThat(rows).anyMatch(r -> r.get("text").asText().contains("bom ikan"));
        assertThat(rows).anyMatch(r -> r.has("title"));
    }

    @Test
    void replies_quotes_and_reposts_point_at_earlier_posts() {
        Set<String> seen = new HashSet<>();
        int references = 0;
        for (JsonNode r : rows) {
            for (String field : List.of("reply_to", "quote_of", "repost_of")) {
                if (r.has(field)) {
                    assertThat(seen).contains(r.get(field).asText());
                    references++;
                }
            }
            seen.add(r.get("id").asText());
        }
        assertThat(references).isGreaterThan(2_000);
    }

    @Test
    void bots_post_the_same_text_many_times() {
        Map<String, Long> botTexts = rows.stream().filter(r -> r.get("demo_category").asText().equals("bot"))
                .collect(Collectors.groupingBy(r -> r.get("author_handle").asText() + "|" + r.get("text").asText(), Collectors.counting()));
        assertThat(botTexts.values()).anyMatch(n -> n >= 20);
    }

    @Test
    void hashtags_and_mentions_are_listed() {
        assertThat(rows).anyMatch(r -> r.has("hashtags") && r.get("hashtags").toString().contains("KotaKupang"));
        assertThat(rows).anyMatch(r -> r.has("mentions"));
    }
}

package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.time.IsoInstants;
import id.go.kupangkota.sasando.core.time.Wita;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ISO fast path reads what the full ISO parser reads, and leaves every other form to it. */
class DateParserTest {
    private final DateParser iso = new DateParser(List.of("iso"), Wita.ZONE);

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-04T04:03:49+08:00", "2024-07-11T00:00:00Z", "2024-02-29T23:59:59-05:30",
            "2024-07-11T08:00:00.5Z", "2024-07-11T08:00:00.123456789+08:00", "1999-12-31T23:59:59.000+14:00"})
    void the_common_iso_form_is_read_by_position_to_the_same_instant(String value) {
        Instant expected = OffsetDateTime.parse(value).toInstant();

        assertThat(IsoInstants.parse(value)).isEqualTo(expected);
        assertThat(iso.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-11T08:00:00", "2024-07-11t08:00:00Z", "2024-07-11T08:00Z",
            "2024-07-11T08:00:00+08:00[Asia/Makassar]", "2024-07-11T08:00:00+0800", "2024-07-11T08:00:00.Z",
            "2024-13-11T08:00:00Z", "2024-04-31T08:00:00Z", "2024-07-11T08:00:60Z", "2024-07-11T08:00:00+19:00",
            "2024-07-11T08:00:00.1234567890Z", "２０２４-07-11T08:00:00Z"})
    void other_forms_are_left_to_the_full_parser(String value) {
        assertThat(IsoInstants.parse(value)).isNull();
    }

    @Test
    void forms_the_fast_path_leaves_are_still_read() {
        assertThat(iso.parse("2024-07-11T08:00:00")).isEqualTo(Instant.parse("2024-07-11T00:00:00Z")); // WITA
        assertThat(iso.parse("2024-07-11T08:00:00+08:00[Asia/Makassar]")).isEqualTo(Instant.parse("2024-07-11T00:00:00Z"));
        assertThat(iso.parse("2024-07-11T08:00Z")).isEqualTo(Instant.parse("2024-07-11T08:00:00Z"));
        assertThat(iso.parse("2024-13-11T08:00:00Z")).isNull();
    }

    /** The patterns of the tester's tool-x mapping (recorded in resources/file/mapping-tool-x.json). */
    private final DateParser toolX = new DateParser(List.of("dd MMM yyyy HH:mm", "EEEE, dd MMMM yyyy HH:mm",
            "dd MMMM yyyy HH.mm", "dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm"), Wita.ZONE);
    private final DateParser defaults = new DateParser(ColumnMapping.DEFAULT_DATE_FORMATS, Wita.ZONE);

    @Test
    void indonesian_day_and_month_names_are_read_with_an_explicit_pattern() {
        assertThat(toolX.parse("Sabtu, 28 November 2026 15:00")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(toolX.parse("29 Agustus 2026 08.15")).isEqualTo(Instant.parse("2026-08-29T00:15:00Z"));
        assertThat(toolX.parse("28 Nov 2026 14:30")).isEqualTo(Instant.parse("2026-11-28T06:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05 Mei 2026 10:00", "05 Agu 2026 10:00", "05 Okt 2026 10:00", "05 Des 2026 10:00",
            "05 MEI 2026 10:00", "05 May 2026 10:00", "05 Dec 2026 10:00"})
    void short_indonesian_and_english_month_names_are_both_read(String value) {
        assertThat(toolX.parse(value)).isNotNull();
    }

    @Test
    void the_default_formats_read_the_common_indonesian_forms() {
        assertThat(defaults.parse("Sabtu, 28 November 2026 15:00")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(defaults.parse("29 Agustus 2026 08.15")).isEqualTo(Instant.parse("2026-08-29T00:15:00Z"));
        assertThat(defaults.parse("3 Mei 2026")).isEqualTo(Instant.parse("2026-05-02T16:00:00Z"));
        assertThat(defaults.parse("Jumat, 4 Des 2026 19.30")).isEqualTo(Instant.parse("2026-12-04T11:30:00Z"));
        assertThat(defaults.parse("29/11/2026 09:00")).isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
    }

    /** The forms spreadsheets and scrapers write, one instant: 30 Nov 2026 14:05 in Kupang. */
    @ParameterizedTest
    @ValueSource(strings = {"30/11/2026 14:05", "30-11-2026 14:05", "2026-11-30 14:05:00", "2026-11-30T14:05:00",
            "2026-11-30T06:05:00Z", "1796018700000", "1796018700", "Mon Nov 30 06:05:00 +0000 2026"})
    void local_times_without_a_zone_are_wita_and_epochs_are_utc(String value) {
        assertThat(defaults.parse(value)).isEqualTo(Instant.parse("2026-11-30T06:05:00Z"));
    }

    @Test
    void a_date_alone_is_the_start_of_its_wita_day_in_either_separator() {
        assertThat(defaults.parse("30/11/2026")).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(defaults.parse("30-11-2026")).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
    }

    @Test
    void a_month_first_us_date_is_refused_rather_than_guessed() {
        assertThat(defaults.parse("11/30/2026 14:05")).isNull();
    }

    @Test
    void a_wib_wita_or_wit_suffix_is_the_zone_of_the_value() {
        assertThat(defaults.parse("28 November 2026 15.00 WIB")).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(defaults.parse("28 November 2026 15:00 WITA")).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(defaults.parse("Sabtu, 28 November 2026 15:00 WIT")).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
    }

    @Test
    void a_mapping_may_name_the_language_of_its_dates() {
        ColumnMapping mapping = ColumnMapping.parse("m", id.go.kupangkota.sasando.core.post.Json.MAPPER.createObjectNode()
                .put("locale", "id").set("columns", id.go.kupangkota.sasando.core.post.Json.MAPPER.createObjectNode()
                        .put("text", "t").put("created_at", "c")));

        assertThat(mapping.dates().parse("Minggu, 29 Nov 2026 08.00")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void what_no_pattern_fits_is_still_refused() {
        assertThat(toolX.parse("Sabtu, 32 November 2026 15:00")).isNull();
        assertThat(toolX.parse("kemarin 15.00")).isNull();
        assertThat(defaults.parse("28.11.2026")).isNull();
    }
}

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
}

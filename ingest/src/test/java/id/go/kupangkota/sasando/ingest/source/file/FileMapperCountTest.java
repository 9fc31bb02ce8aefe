package id.go.kupangkota.sasando.ingest.source.file;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts as exports write them: thousands separators are dropped, anything else is not a count. */
class FileMapperCountTest {
    @Test
    void counts_with_thousands_separators_and_spaces_around_are_read() {
        assertThat(FileMapper.countDigits("0")).isEqualTo("0");
        assertThat(FileMapper.countDigits(" 1.234 ")).isEqualTo("1234");
        assertThat(FileMapper.countDigits("1,234,567")).isEqualTo("1234567");
        assertThat(FileMapper.countDigits("999999999999999999")).isEqualTo("999999999999999999");
    }

    @Test
    void anything_else_is_not_a_count() {
        assertThat(FileMapper.countDigits("banyak")).isNull();
        assertThat(FileMapper.countDigits("1.2k")).isNull();
        assertThat(FileMapper.countDigits("-5")).isNull();
        assertThat(FileMapper.countDigits("1 234")).isNull();
        assertThat(FileMapper.countDigits(".,")).isNull();
        assertThat(FileMapper.countDigits("1234567890123456789")).isNull(); // 19 digits: beyond a long's safe range
        assertThat(FileMapper.countDigits("١٢٣")).isNull(); // Arabic-Indic digits, as \d did not match them either
    }
}

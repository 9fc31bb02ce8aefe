package id.go.kupangkota.sasando.ingest.source.news;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication times as Indonesian and international feeds write them. */
class NewsDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 11 Jul 2024 07:30:00 +0800 | 2024-07-10T23:30:00Z",
            "Thu, 11 Jul 2024 07:30:00 WITA  | 2024-07-10T23:30:00Z",
            "Thu, 11 Jul 2024 07:30:00 WIB   | 2024-07-11T00:30:00Z",
            "Thu, 11 Jul 2024 07:30:00 WIT   | 2024-07-10T22:30:00Z",
            "Thu, 11 Jul 2024 07:30:00 GMT   | 2024-07-11T07:30:00Z",
            "11 Jul 2024 07:30 +0800         | 2024-07-10T23:30:00Z",
            "2024-07-11T07:30:00+08:00       | 2024-07-10T23:30:00Z",
            "2024-07-10T23:30:00Z            | 2024-07-10T23:30:00Z"})
    void readsTheZoneTheOutletWrote(String text, String instant) {
        assertThat(NewsDates.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({"kemarin sore", "Thu, 11 Jul 2024 07:30:00 XYZ", "''"})
    void unknownTextIsNoDate(String text) {
        assertThat(NewsDates.parse(text)).isNull();
    }
}

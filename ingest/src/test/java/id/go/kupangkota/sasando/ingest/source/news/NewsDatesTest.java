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

    /** WordPress and local CMSs in an Indonesian locale write day and month names in Indonesian. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sen, 30 Nov 2026 14:05:00 +0800         | 2026-11-30T06:05:00Z",
            "Sel, 01 Des 2026 08:00:00 WITA          | 2026-12-01T00:00:00Z",
            "Jum, 28 Agu 2026 09:15:00 +0700         | 2026-08-28T02:15:00Z",
            "Rab, 13 Mei 2026 10:00 WIB              | 2026-05-13T03:00:00Z",
            "Kamis, 03 Desember 2026 09:15:00 WITA   | 2026-12-03T01:15:00Z",
            "03 Okt 2026 07:30:00 +0800              | 2026-10-02T23:30:00Z",
            "SEN, 30 NOV 2026 14:05:00 +0800         | 2026-11-30T06:05:00Z"})
    void readsIndonesianDayAndMonthNames(String text, String instant) {
        assertThat(NewsDates.parse(text)).isEqualTo(Instant.parse(instant));
    }

    /** A time without zone in a feed of Kupang's portals is the city's time, WITA (as the file import assumes). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-30T14:05:00              | 2026-11-30T06:05:00Z",
            "Mon, 30 Nov 2026 14:05:00        | 2026-11-30T06:05:00Z",
            "Sen, 30 Nov 2026 14:05           | 2026-11-30T06:05:00Z"})
    void aTimeWithoutZoneIsWita(String text, String instant) {
        assertThat(NewsDates.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({"kemarin sore", "Thu, 11 Jul 2024 07:30:00 XYZ", "''"})
    void unknownTextIsNoDate(String text) {
        assertThat(NewsDates.parse(text)).isNull();
    }
}

package id.go.kupangkota.sasando.dashboard.base.filter;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostFilterTest {
    // 16:30 UTC on 13 July is already 14 July in Kupang
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-13T16:30:00Z"), ZoneOffset.UTC);

    @Test
    void theDefaultIsTheLastSevenWitaDays() {
        PostFilter f = PostFilter.fromQuery(QueryParameters.empty(), CLOCK);
        assertThat(f.from()).isEqualTo(LocalDate.parse("2024-07-08"));
        assertThat(f.to()).isEqualTo(LocalDate.parse("2024-07-14"));
    }

    @Test
    void aFilterSurvivesTheRoundTripThroughTheUrl() {
        PostFilter f = new PostFilter(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-14"), "hoaks", "x",
                "negative", "anger", "hoaks", "promoting", "Kota Lama", "akun1", "air mati");
        assertThat(PostFilter.fromQuery(QueryParameters.fromString(f.toQuery().getQueryString()), CLOCK)).isEqualTo(f);
    }

    @Test
    void aValueTypedByHandIsTheVocabularysOwnSpellingAndAnUnknownOneStaysAsTyped() {
        PostFilter f = PostFilter.fromQuery(QueryParameters.simple(Map.of("kecamatan", "kelapa-lima", "risk", "Hoaks",
                "topic", "layanan publik", "source", "X", "sentiment", " NEGATIVE ", "stance", "Countering")), CLOCK);
        assertThat(f.kecamatan()).isEqualTo("Kelapa Lima");
        assertThat(f.risk()).isEqualTo("hoaks");
        assertThat(f.topic()).isEqualTo("layanan_publik");
        assertThat(f.source()).isEqualTo("x");
        assertThat(f.sentiment()).isEqualTo("negative");
        assertThat(f.stance()).isEqualTo("countering");
        PostFilter unknown = PostFilter.fromQuery(QueryParameters.simple(Map.of("topic", "foo", "kecamatan", "alakk")), CLOCK);
        assertThat(unknown.topic()).isEqualTo("foo");
        assertThat(unknown.kecamatan()).isEqualTo("alakk");
    }

    @Test
    void badDatesFallBackAndReversedRangesAreSwapped() {
        PostFilter bad = PostFilter.fromQuery(QueryParameters.simple(Map.of("from", "kemarin")), CLOCK);
        assertThat(bad.from()).isEqualTo(LocalDate.parse("2024-07-08"));
        PostFilter reversed = PostFilter.fromQuery(QueryParameters.simple(Map.of("from", "2024-07-10", "to", "2024-07-01")), CLOCK);
        assertThat(reversed.from()).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(reversed.to()).isEqualTo(LocalDate.parse("2024-07-10"));
    }

    @Test
    void daysAfterTodayAreCutOff() {
        // today is 14 July in Kupang: a range into the future ends today, one wholly in it is today alone
        PostFilter into = PostFilter.fromQuery(QueryParameters.simple(Map.of("from", "2024-07-08", "to", "2024-07-20")), CLOCK);
        assertThat(into.to()).isEqualTo(LocalDate.parse("2024-07-14"));
        assertThat(into.days()).isEqualTo(7);
        PostFilter future = PostFilter.fromQuery(QueryParameters.simple(Map.of("from", "2024-08-01", "to", "2024-08-07")), CLOCK);
        assertThat(future.from()).isEqualTo(LocalDate.parse("2024-07-14"));
        assertThat(future.to()).isEqualTo(LocalDate.parse("2024-07-14"));
    }

    @Test
    void thePreviousPeriodHasTheSameLength() {
        PostFilter week = PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
        assertThat(week.previousPeriod().from()).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(week.previousPeriod().to()).isEqualTo(LocalDate.parse("2024-07-07"));
    }

    @Test
    void theYearEndIsJustMoreDays() {
        // 31 December 16:30 UTC is New Year's Day in Kupang: the default week runs from 26 December
        PostFilter newYear = PostFilter.lastWeek(Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneOffset.UTC));
        assertThat(newYear.from()).isEqualTo(LocalDate.parse("2026-12-26"));
        assertThat(newYear.to()).isEqualTo(LocalDate.parse("2027-01-01"));
        // 2026-W53 (28 December to 3 January) against the seven days before it
        PostFilter w53 = PostFilter.range(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-03"));
        assertThat(w53.days()).isEqualTo(7);
        assertThat(w53.previousPeriod().from()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(w53.previousPeriod().to()).isEqualTo(LocalDate.parse("2026-12-27"));
        PostFilter january = PostFilter.range(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31"));
        assertThat(january.previousPeriod().from()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(january.previousPeriod().to()).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void settingAFacetKeepsTheRange() {
        // the range was cut at today when it was read, with the application's clock; setting a facet must not
        // cut it again at the machine's own today (a fixed clock at the year end stands after it)
        PostFilter w53 = PostFilter.range(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-03"));
        assertThat(w53.with(PostFilter.SOURCE, "x").from()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(w53.with(PostFilter.SOURCE, "x").to()).isEqualTo(LocalDate.parse("2027-01-03"));
        assertThat(w53.with(PostFilter.SOURCE, "x").with(PostFilter.SOURCE, null)).isEqualTo(w53);
        // the same for a range far after any machine's today, so the test still bites once 2026-W53 has passed
        PostFilter later = PostFilter.range(LocalDate.parse("2100-12-27"), LocalDate.parse("2101-01-02"));
        assertThat(later.with(PostFilter.SOURCE, "x").to()).isEqualTo(LocalDate.parse("2101-01-02"));
    }

    @Test
    void blankFacetsMeanAny() {
        PostFilter f = PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14")).with("topic", " ");
        assertThat(f.topic()).isNull();
        assertThat(f.toQuery().getParameters()).containsOnlyKeys("from", "to");
    }
}

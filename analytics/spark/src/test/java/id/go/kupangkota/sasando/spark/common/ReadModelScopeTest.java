package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.common.ReadModelScope.DayTagging;
import id.go.kupangkota.sasando.spark.common.ReadModelScope.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelScopeTest {
    private static final Instant RUN_1 = Instant.parse("2024-08-01T00:00:00Z");
    private static final Instant RUN_2 = Instant.parse("2024-08-02T00:00:00Z");
    private static final Optional<State> AFTER_RUN_1 = Optional.of(new State("v1", RUN_1));

    private static DayTagging day(String day, Instant first, Instant last) {
        return new DayTagging(day, first, last);
    }

    private static final List<DayTagging> HISTORY = List.of(
            day("2024-06-01", RUN_1, RUN_1), day("2024-07-10", RUN_1, RUN_1), day("2024-07-11", RUN_1, RUN_1));

    @Test
    void theFirstRunRecomputesEverything() {
        ReadModelScope scope = ReadModelScope.plan(HISTORY, Optional.empty(), "v1", false);

        assertThat(scope.full()).isTrue();
        assertThat(scope.taggedThrough()).isEqualTo(RUN_1);
    }

    @Test
    void onlyTheDaysWithRowsTaggedSinceThePreviousRunAreTouched() {
        List<DayTagging> days = List.of(day("2024-06-01", RUN_1, RUN_1), day("2024-07-10", RUN_1, RUN_2),
                day("2024-07-11", RUN_1, RUN_1), day("2024-07-12", RUN_2, RUN_2));

        ReadModelScope scope = ReadModelScope.plan(days, AFTER_RUN_1, "v1", false);

        assertThat(scope.full()).isFalse();
        assertThat(scope.touched().dayKeys()).containsExactly("2024-07-10", "2024-07-12");
        assertThat(scope.since()).isEqualTo(RUN_1);
        assertThat(scope.taggedThrough()).isEqualTo(RUN_2);
        assertThat(scope.firstDay()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(scope.lastDay()).isEqualTo(LocalDate.parse("2024-07-12"));
        assertThat(scope.trendsFull()).isFalse();
    }

    @Test
    void aLatePostForAnOldDayTouchesThatDay() {
        List<DayTagging> days = List.of(day("2024-06-01", RUN_1, RUN_2), day("2024-07-10", RUN_1, RUN_1));

        assertThat(ReadModelScope.plan(days, AFTER_RUN_1, "v1", false).touched().dayKeys())
                .containsExactly("2024-06-01");
    }

    @Test
    void postsBeforeTheFirstDayOfHistoryRecomputeTheTrendsWhole() {
        List<DayTagging> days = List.of(day("2024-05-20", RUN_2, RUN_2), day("2024-06-01", RUN_1, RUN_1));

        ReadModelScope scope = ReadModelScope.plan(days, AFTER_RUN_1, "v1", false);

        assertThat(scope.full()).isFalse();
        assertThat(scope.trendsFull()).isTrue();
    }

    @Test
    void nothingTaggedSinceLeavesEverythingAsItIs() {
        ReadModelScope scope = ReadModelScope.plan(HISTORY, AFTER_RUN_1, "v1", false);

        assertThat(scope.nothingNew()).isTrue();
        assertThat(scope.taggedThrough()).isEqualTo(RUN_1);
    }

    @Test
    void askedNewTaggersOrARewrittenZoneRecomputeEverything() {
        List<DayTagging> rewritten = List.of(day("2024-06-01", RUN_2, RUN_2), day("2024-07-10", RUN_2, RUN_2));

        assertThat(ReadModelScope.plan(HISTORY, AFTER_RUN_1, "v1", true).fullReason()).contains("--full");
        assertThat(ReadModelScope.plan(HISTORY, AFTER_RUN_1, "v2", false).fullReason()).contains("v1 -> v2");
        assertThat(ReadModelScope.plan(rewritten, AFTER_RUN_1, "v1", false).fullReason()).contains("rewritten");
    }

    @Test
    void theStateReadsBackWhatItWrote() {
        State state = new State("v1", RUN_1);

        assertThat(State.parse(Optional.of(state.format()))).contains(state);
        assertThat(State.parse(Optional.of("garbage"))).isEmpty();
    }
}

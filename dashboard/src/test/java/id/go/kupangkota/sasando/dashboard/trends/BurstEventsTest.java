package id.go.kupangkota.sasando.dashboard.trends;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BurstEventsTest {
    private static Burst burst(String term, String kind, String day, String kecamatan, double z, String... posts) {
        return new Burst(kind + "|" + term + "|" + day, kind, term, kecamatan, day, 40, 1, 1, z, List.of(posts));
    }

    @Test
    void wordsOfOneEventFromTheSamePostsBecomeOneRow() {
        List<Burst> merged = BurstEvents.merge(List.of(
                burst("racun", "term", "2024-07-12", null, 9.0, "a", "b", "c", "d", "e"),
                burst("dicampur", "term", "2024-07-12", null, 8.5, "a", "b", "c", "d", "f"),
                burst("sebarkan", "hashtag", "2024-07-12", null, 7.0, "a", "b", "c", "g", "h"),
                // another event the same day, from other posts
                burst("banjir", "term", "2024-07-12", null, 12.0, "p", "q", "r", "s", "t")));
        assertThat(merged).extracting(Burst::term).containsExactly("banjir", "racun · dicampur · #sebarkan");
        Burst hoax = merged.get(1);
        assertThat(hoax.z()).isEqualTo(9.0);
        assertThat(hoax.samplePostIds()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void anotherDayOrKecamatanIsAnotherEvent() {
        List<Burst> merged = BurstEvents.merge(List.of(
                burst("racun", "term", "2024-07-12", null, 9.0, "a", "b", "c"),
                burst("racun", "term", "2024-07-12", "Oebobo", 6.0, "a", "b", "c"),
                burst("racun", "term", "2024-07-13", null, 5.0, "a", "b", "c")));
        assertThat(merged).hasSize(3).extracting(Burst::term).containsOnly("racun");
    }

    @Test
    void aSingleSharedPostIsNotEnough() {
        List<Burst> merged = BurstEvents.merge(List.of(
                burst("air", "term", "2024-07-12", null, 5.0, "a", "b", "c", "d", "e"),
                burst("jalan", "term", "2024-07-12", null, 4.0, "a", "x", "y", "z", "w")));
        assertThat(merged).extracting(Burst::term).containsExactly("air", "jalan");
    }
}

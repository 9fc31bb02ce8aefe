package id.go.kupangkota.sasando.dashboard.risk;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

/** The risk queue pages lazily through every flagged post of the period, not just the first 200. */
class RiskQueuePagingIT extends KaribuTest {
    /** 250 flagged posts over two days, scores spread so that each day has its own severity order. */
    static final int FLAGGED = 250;
    @Autowired
    RiskService service;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            seed(IntStream.range(0, FLAGGED).mapToObj(RiskQueuePagingIT::flaggedPost).toList());
            seeded = true;
        }
    }

    private static Post flaggedPost(int i) {
        // even posts on 12 July, odd ones on 13 July; scores repeat every 7 posts so ties meet the time order
        Instant at = wita(i % 2 == 0 ? "2024-07-12T08:00:00" : "2024-07-13T08:00:00").plusSeconds(60L * i);
        return flagged(String.format("p%03d", i), "ini hoaks nomor " + i, "hoaks", "hoaks", at, (i % 7) / 10.0)
                .build();
    }

    private static PostFilter week() {
        return PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
    }

    /** The queue order: newest day first, then most severe, then newest. */
    private static final Comparator<Post> QUEUE_ORDER = Comparator.comparing(Post::day).reversed()
            .thenComparing(Comparator.comparing(Post::riskScore).reversed())
            .thenComparing(Comparator.comparing(Post::createdAt).reversed());

    @Test
    void theGridCountsEveryFlaggedPostAndReachesTheOnesBeyond200InQueueOrder() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(RiskView.class, week().toQuery());
        RiskView view = LocatorJ._get(RiskView.class);

        assertThat(GridKt._size(view.queue)).isEqualTo(FLAGGED);
        assertThat(view.total.getText()).isEqualTo("250 unggahan dalam antrean. Ada 250 teks berbeda.");
        // the order the rows follow is said, as by their times alone a day's rows look shuffled
        assertThat(view.order.getText()).isEqualTo("Urutan: hari terbaru dulu, lalu skor risiko tertinggi dalam hari itu.");
        List<Post> expected = new ArrayList<>(IntStream.range(0, FLAGGED).mapToObj(RiskQueuePagingIT::flaggedPost).toList());
        expected.sort(QUEUE_ORDER);
        assertThat(GridKt._get(view.queue, 201).post().id()).isEqualTo(expected.get(201).id());
        assertThat(GridKt._get(view.queue, FLAGGED - 1).post().id()).isEqualTo(expected.get(FLAGGED - 1).id());
        List<Post> shown = GridKt._findAll(view.queue).stream().map(RiskPost::post).toList();
        assertThat(shown).extracting(Post::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(expected.stream().map(Post::id).toList());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrOverlap() {
        login("analis", "ANALYST");
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < FLAGGED; offset += 60) {
            service.page(week(), false, offset, 60).forEach(r -> pages.add(r.post().id()));
        }
        assertThat(pages).hasSize(FLAGGED).doesNotHaveDuplicates();
        assertThat(service.count(week(), false)).isEqualTo(FLAGGED);
        assertThat(service.page(week(), false, 240, 60)).hasSize(10);
    }
}

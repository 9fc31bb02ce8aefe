package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.dashboard.PostFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;

/**
 * A reported week with numbers known by heart: week 2024-W28 (8–14 July 2024 WITA) has 12 posts,
 * up 50% from the 8 of 2024-W27; 4 are negative (33,3%); 4 are flagged, 2 of them confirmed by
 * analysts and 1 not reviewed. Two posts sit on the WITA week boundary, and two sources had trouble.
 */
final class ReportFixtures {
    static final ReportWeek WEEK = ReportWeek.parse("2024-W28");
    static final long POSTS = 12;
    static final long PREVIOUS_POSTS = 8;
    static final long FLAGGED = 4;
    static final long CONFIRMED = 2;

    private ReportFixtures() {
    }

    /** Posts of both weeks and of the boundaries around them. */
    static List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        // 2024-W28. Monday 8 July 00:30 WITA is Sunday 7 July 16:30 UTC: it belongs to W28.
        posts.add(post("w28-boundary", "air mati sejak tengah malam", Instant.parse("2024-07-07T16:30:00Z")).build());
        for (int i = 1; i <= 5; i++) {
            posts.add(post("w28-n" + i, "antrean air bersih di oebobo " + i, wita(String.format("2024-07-%02dT09:00:00", 8 + i % 5)))
                    .build());
        }
        for (int i = 1; i <= 2; i++) {
            posts.add(post("w28-p" + i, "pasar malam ramai, umkm laris " + i, wita("2024-07-12T19:00:00"))
                    .sentiment("positive").topics(List.of("ekonomi")).kecamatan("Maulafa")
                    .hashtags(List.of("umkm", "kupang")).build());
        }
        posts.add(flagged("w28-hoaks-1", "hoaks air beracun di alak", "hoaks", "hoaks", wita("2024-07-10T08:00:00"), 0.8)
                .kecamatan("Alak").build());
        posts.add(flagged("w28-hoaks-2", "katanya hoaks banjir besar", "hoaks", "hoaks", wita("2024-07-11T08:00:00"), 0.6)
                .kecamatan("Alak").build());
        posts.add(flagged("w28-provokasi", "ayo serbu kantor itu", "provokasi", "serbu", wita("2024-07-13T21:00:00"), 0.9)
                .kecamatan("Alak").build());
        posts.add(flagged("w28-radikal", "ajakan jihad di kota", "radikalisme", "jihad", wita("2024-07-14T10:00:00"), 0.9)
                .kecamatan("Alak").build());
        // 2024-W27: 8 posts, 2 positive, 2 negative (one flagged, not reviewed)
        for (int i = 1; i <= 4; i++) {
            posts.add(post("w27-n" + i, "jalan rusak di kelapa lima " + i, wita("2024-07-0" + i + "T09:00:00"))
                    .kecamatan("Kelapa Lima").build());
        }
        for (int i = 1; i <= 2; i++) {
            posts.add(post("w27-p" + i, "terima kasih pemkot " + i, wita("2024-07-05T10:00:00"))
                    .sentiment("positive").build());
        }
        posts.add(post("w27-neg", "sampah menumpuk lagi", wita("2024-07-06T10:00:00")).sentiment("negative").build());
        // Sunday 7 July 23:59:59 WITA is still W27
        posts.add(flagged("w27-hoaks", "hoaks listrik padam seminggu", "hoaks", "hoaks",
                Instant.parse("2024-07-07T15:59:59Z"), 0.7).build());
        // Sunday 14 July 16:30 UTC is Monday 15 July 00:30 WITA: the NEXT week, not W28
        posts.add(post("w29-boundary", "pagi ini air mengalir", Instant.parse("2024-07-14T16:30:00Z")).build());
        return posts;
    }

    /** Indexes the posts and the analysts' decisions (denormalised on the posts as triage_status). */
    static void seed(ElasticsearchClient client, String prefix) {
        PostFixtures.index(client, prefix, posts());
        triage(client, prefix, "x:w28-hoaks-1", "confirmed");
        triage(client, prefix, "x:w28-provokasi", "confirmed");
        triage(client, prefix, "x:w28-hoaks-2", "false_alarm");
        coverage(client, prefix);
    }

    /** A week whose flagged posts are in every triage state: 2 confirmed, 1 false alarm, 1 escalated, 3 pending. */
    static final ReportWeek TRIAGE_WEEK = ReportWeek.parse("2024-W30");
    static final Map<String, Long> TRIAGE_WEEK_STATES = Map.of("confirmed", 2L, "false_alarm", 1L,
            "escalated", 1L, WeeklyFigures.PENDING, 3L);

    /** Posts of {@link #TRIAGE_WEEK} (22–28 July 2024 WITA) and the analysts' decisions on them. */
    static void seedTriageWeek(ElasticsearchClient client, String prefix) {
        List<Post> posts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            posts.add(flagged("w30-hoaks-" + i, "hoaks air beracun nomor " + i, "hoaks", "hoaks",
                    wita("2024-07-2" + (i % 7 + 2) + "T08:00:00"), 0.7).build());
        }
        posts.add(post("w30-ok", "jalan sudah diperbaiki", wita("2024-07-24T09:00:00")).build());
        PostFixtures.index(client, prefix, posts);
        triage(client, prefix, "x:w30-hoaks-1", "confirmed");
        triage(client, prefix, "x:w30-hoaks-2", "confirmed");
        triage(client, prefix, "x:w30-hoaks-3", "false_alarm");
        triage(client, prefix, "x:w30-hoaks-4", "escalated");
    }

    /** The year end: 2026 has 53 ISO weeks, and 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027. */
    static final ReportWeek W52 = ReportWeek.parse("2026-W52");
    static final ReportWeek W53 = ReportWeek.parse("2026-W53");
    static final ReportWeek W01 = ReportWeek.parse("2027-W01");
    static final long W52_POSTS = 4;
    static final long W53_POSTS = 6;
    static final long W01_POSTS = 3;

    /**
     * Posts of {@link #W52} (4), {@link #W53} (6, three in each year) and {@link #W01} (3), with a post on each
     * WITA midnight between them and one at 16:30 UTC on New Year's Eve, which is New Year's Day in Kupang.
     */
    static void seedYearEnd(ElasticsearchClient client, String prefix) {
        List<Post> posts = new ArrayList<>();
        for (String day : List.of("2026-12-21", "2026-12-24", "2026-12-25")) {
            posts.add(post("w52-" + day, "jalan macet jelang natal", wita(day + "T09:00:00")).build());
        }
        // Sunday 27 December 23:59:59 WITA: the last instant of W52
        posts.add(post("w52-last", "malam minggu terakhir", Instant.parse("2026-12-27T15:59:59Z")).build());
        // Monday 28 December 00:30 WITA (27 December in UTC): the first post of W53
        posts.add(post("w53-first", "air mati lagi", Instant.parse("2026-12-27T16:30:00Z")).build());
        posts.add(post("w53-1230", "lampu jalan padam", wita("2026-12-30T09:00:00")).build());
        posts.add(post("w53-1231", "persiapan malam tahun baru", wita("2026-12-31T10:00:00")).build());
        // New Year's Eve 16:30 UTC is 1 January 2027 00:30 WITA
        posts.add(post("w53-newyear", "selamat tahun baru kupang", Instant.parse("2026-12-31T16:30:00Z"))
                .sentiment("positive").build());
        posts.add(post("w53-0102", "sampah sisa pesta", wita("2027-01-02T09:00:00")).sentiment("negative").build());
        posts.add(post("w53-last", "libur usai", wita("2027-01-03T23:00:00")).build());
        // Monday 4 January 00:30 WITA (3 January in UTC): 2027-W01
        posts.add(post("w01-first", "kerja lagi", Instant.parse("2027-01-03T16:30:00Z")).build());
        posts.add(post("w01-0105", "antrean air bersih", wita("2027-01-05T09:00:00")).build());
        posts.add(post("w01-0108", "jalan rusak lagi", wita("2027-01-08T09:00:00")).build());
        PostFixtures.index(client, prefix, posts);
    }

    static void triage(ElasticsearchClient client, String prefix, String postId, String status) {
        try {
            client.update(u -> u.index(SasandoIndex.POSTS.alias(prefix)).id(postId)
                    .doc(Map.of(PostFields.TRIAGE_STATUS, status)).refresh(Refresh.True), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Coverage records as ingest writes them: trouble for x and news in W28, none for youtube, telegram silent. */
    static void coverage(ElasticsearchClient client, String prefix) {
        run(client, prefix, "r1", "x", "2024-07-10T03:00:00Z", "failed", 0, List.of(), "HTTP 503 dari API");
        run(client, prefix, "r2", "news", "2024-07-12T01:00:00Z", "partial", 3,
                List.of(Map.of("from", "2024-07-11T16:00:00Z", "to", "2024-07-12T00:00:00Z", "reason", "rate limit")),
                null);
        run(client, prefix, "r3", "youtube", "2024-07-12T01:00:00Z", "ok", 0, List.of(), null);
        // W27's trouble is not W28's caveat
        run(client, prefix, "r4", "x", "2024-07-03T03:00:00Z", "failed", 0, List.of(), "timeout");
        // a source that ran in W27 and not once in W28: its silence is a caveat of W28
        run(client, prefix, "r5", "telegram", "2024-07-04T02:00:00Z", "ok", 0, List.of(), null);
        // every source runs in the triage week W30, so it has no caveat
        for (String source : List.of("x", "news", "youtube", "telegram")) {
            run(client, prefix, "w30-" + source, source, "2024-07-23T02:00:00Z", "ok", 0, List.of(), null);
        }
        try {
            client.indices().refresh(r -> r.index(SasandoIndex.COVERAGE.alias(prefix)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(ElasticsearchClient client, String prefix, String id, String source, String startedAt,
                            String status, long waits, List<Map<String, String>> gaps, String error) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("run_id", id);
        doc.put("source", source);
        doc.put("query", "kupang");
        doc.put("mode", "poll");
        doc.put("started_at", startedAt);
        doc.put("finished_at", startedAt);
        doc.put("fetched", 10);
        doc.put("written", 10);
        doc.put("errors", "ok".equals(status) ? 0 : 1);
        doc.put("rate_limit_waits", waits);
        doc.put("rate_limit_wait_seconds", waits * 60);
        doc.put("gaps", gaps);
        doc.put("status", status);
        if (error != null) {
            doc.put("error", error);
        }
        try {
            client.index(i -> i.index(SasandoIndex.COVERAGE.alias(prefix)).id(id).document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

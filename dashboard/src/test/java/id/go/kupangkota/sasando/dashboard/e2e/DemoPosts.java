package id.go.kupangkota.sasando.dashboard.e2e;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.PostFixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo-like posts for two weeks, 1–14 July 2024 (WITA): everyday talk about water, roads, markets
 * and floods across the kecamatan, with a risky post every twentieth. Deterministic, so a test can
 * tell what any week holds from the list itself.
 */
final class DemoPosts {
    static final int COUNT = 300;
    static final LocalDate FIRST_DAY = LocalDate.parse("2024-07-01");

    private static final String[] TALK = {
            "air PDAM sonde mengalir dari pagi di %s",
            "jalan berlubang di %s, katong su lapor",
            "pasar malam di %s ramai, UMKM laris",
            "banjir kecil di %s setelah hujan deras",
            "lampu jalan di %s mati lagi",
            "terima kasih pemkot, sampah di %s su diangkut"};
    private static final String[] SENTIMENT = {"negative", "negative", "positive", "negative", "negative", "positive"};
    private static final String[] TOPIC = {"layanan_publik", "layanan_publik", "ekonomi", "bencana", "layanan_publik",
            "layanan_publik"};
    private static final String[][] RISKY = {
            {"hoaks", "hoaks", "hoaks: air PDAM beracun, jangan minum"},
            {"provokasi", "serbu", "ayo serbu kantor lurah malam ini"},
            {"ujaran_kebencian", "usir", "usir saja pendatang dari kampung"}};

    private DemoPosts() {
    }

    static List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String kecamatan = Vocabulary.KECAMATAN.get(i % Vocabulary.KECAMATAN.size());
            Instant at = LocalDateTime.of(FIRST_DAY.plusDays(i % 14), LocalTime.of(7 + i % 12, i % 60))
                    .atZone(Wita.ZONE).toInstant();
            String id = "demo-" + i;
            if (i % 20 == 7) {
                String[] risky = RISKY[(i / 20) % RISKY.length];
                posts.add(PostFixtures.flagged(id, risky[2] + " (" + i + ")", risky[0], risky[1], at, 0.7 + (i % 3) / 10.0)
                        .kecamatan(kecamatan).build());
            } else {
                int t = i % TALK.length;
                posts.add(PostFixtures.post(id, String.format(TALK[t], kecamatan) + " (" + i + ")", at)
                        .sentiment(SENTIMENT[t]).topics(List.of(TOPIC[t])).kecamatan(kecamatan)
                        .hashtags(List.of("kupang", TOPIC[t].replace("_", ""))).build());
            }
        }
        return posts;
    }
}

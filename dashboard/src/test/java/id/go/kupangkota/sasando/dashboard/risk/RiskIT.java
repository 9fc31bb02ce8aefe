package id.go.kupangkota.sasando.dashboard.risk;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.audit.AuditService;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.flagged;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskIT extends KaribuTest {
    @Autowired
    RiskService service;
    @Autowired
    AuditService audit;
    @Autowired
    TriageRepository triage;
    @Autowired
    Indexes indexes;
    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (!seeded) {
            seed(List.of(
                    flagged("old-severe", "ayo jihad bersama", "radikalisme", "jihad", wita("2024-07-09T10:00:00"), 0.95).build(),
                    flagged("new-mild", "itu hoaks banjir", "hoaks", "hoaks", wita("2024-07-12T10:00:00"), 0.4).build(),
                    flagged("new-severe", "<script>alert(1)</script> bom kota", "terorisme", "bom",
                            wita("2024-07-12T09:00:00"), 0.9).build(),
                    post("calm", "air lancar", wita("2024-07-12T11:00:00")).build(),
                    // a week of its own: one chain message posted three times, another text once, and a
                    // flagged post too long to group
                    flagged("chain-1", CHAIN, "hoaks", "Sebarkan", wita("2024-06-11T08:00:00"), 0.8).build(),
                    flagged("chain-2", CHAIN, "hoaks", "Sebarkan", wita("2024-06-11T09:00:00"), 0.8).build(),
                    flagged("chain-3", CHAIN, "hoaks", "Sebarkan", wita("2024-06-12T09:00:00"), 0.8).build(),
                    flagged("single", "Awas penculikan anak, bagikan ke semua grup", "hoaks", "penculikan",
                            wita("2024-06-12T10:00:00"), 0.7).build(),
                    flagged("long", "Sebarkan! " + "kabar panjang ".repeat(700), "hoaks", "Sebarkan",
                            wita("2024-06-12T11:00:00"), 0.6).build(),
                    // a week of its own: a decision taken back
                    flagged("again-1", AGAIN, "provokasi", "serbu", wita("2024-05-14T08:00:00"), 0.7).build(),
                    flagged("again-2", AGAIN, "provokasi", "serbu", wita("2024-05-15T08:00:00"), 0.7).build(),
                    // a week of its own: decisions taken while the indices do not refresh by themselves
                    flagged("at-once", "Ayo serbu kantor camat", "provokasi", "serbu", wita("2024-04-09T08:00:00"), 0.7)
                            .build(),
                    flagged("at-once-1", AT_ONCE, "hoaks", "Sebarkan", wita("2024-04-10T08:00:00"), 0.8).build(),
                    flagged("at-once-2", AT_ONCE, "hoaks", "Sebarkan", wita("2024-04-11T08:00:00"), 0.8).build()));
            seeded = true;
        }
    }

    private static final String CHAIN = "Info dari grup sebelah: air PDAM sudah dicampur racun. Sebarkan!";

    private static final String AGAIN = "Ayo serbu kantor lurah besok pagi";

    private static final String AT_ONCE = "Bendungan jebol malam ini, segera mengungsi! Sebarkan!";

    private static PostFilter aprilWeek() {
        return PostFilter.range(LocalDate.parse("2024-04-08"), LocalDate.parse("2024-04-14"));
    }

    private static PostFilter mayWeek() {
        return PostFilter.range(LocalDate.parse("2024-05-13"), LocalDate.parse("2024-05-19"));
    }

    @Test
    void aDecisionTakenBackReturnsEveryCopyToTheQueueAndLeavesTheExport() throws Exception {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(RiskView.class, mayWeek().toQuery());
        RiskView view = LocatorJ._get(RiskView.class);
        RiskPost row = GridKt._get(view.queue, 0);
        view.queue.select(row);
        assertThat(view.reopen.isVisible()).isFalse(); // nothing to take back yet
        view.status.setValue("confirmed");
        view.decide.click();
        assertThat(service.page(mayWeek(), true, true, 0, 50)).isEmpty();
        assertThat(view.reopen.isVisible()).isTrue();

        view.note.setValue("salah klik, ini kutipan berita");
        view.reopen.click();
        for (String id : List.of("again-1", "again-2")) {
            assertThat(service.history(Post.idOf("x", id))).extracting(TriageDecision::status)
                    .containsExactly("reopened", "confirmed");
        }
        assertThat(service.history(Post.idOf("x", "again-1")).get(0).note()).isEqualTo("salah klik, ini kutipan berita");
        // undecided again: back in the undecided queue, no status on the posts, nothing to export
        assertThat(service.page(mayWeek(), true, false, 0, 50)).extracting(r -> r.post().nativeId())
                .containsExactlyInAnyOrder("again-1", "again-2");
        assertThat(service.page(mayWeek(), false, false, 0, 50)).allSatisfy(r -> assertThat(r.triageStatus()).isNull());
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(view.detail.getElement().getTextRecursively()).contains("analis · Dibuka kembali · salah klik");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain("again-");
        assertThat(audit.latest(100)).anySatisfy(e -> { // the test clock stands: every line has one time
            assertThat(e.detailKind()).isEqualTo("TRIAGE_REOPENED");
            assertThat(e.detailArgs()).containsExactly(row.post().id(), "2");
        });
    }

    private static PostFilter juneWeek() {
        return PostFilter.range(LocalDate.parse("2024-06-10"), LocalDate.parse("2024-06-16"));
    }

    @Test
    void copiesOfATextAreOneRowAndOneDecisionCoversThemAll() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(RiskView.class, juneWeek().toQuery());
        RiskView view = LocatorJ._get(RiskView.class);
        assertThat(view.grouped.getValue()).isTrue();
        // five flagged posts, two texts shown, and the one too long to group is counted, not hidden
        assertThat(GridKt._size(view.queue)).isEqualTo(2);
        assertThat(view.total.getText()).startsWith("5 unggahan dalam antrean. Ada 2 teks berbeda. 1 unggahan tidak dapat");
        RiskPost chain = GridKt._findAll(view.queue).stream().filter(r -> r.post().text().equals(CHAIN))
                .findFirst().orElseThrow();
        assertThat(chain.copies()).isEqualTo(3);
        assertThat(chain.post().nativeId()).isEqualTo("chain-3"); // the newest day first, as in the queue
        assertThat(GridKt._getFormattedRow(view.queue, 0)).contains("×3");

        view.queue.select(chain);
        assertThat(view.detail.getElement().getTextRecursively()).contains("Teks ini muncul 3 kali dalam antrean");
        // saving before choosing says what is missing, and saves nothing
        view.status.clear();
        view.decide.click();
        assertThat(view.status.isInvalid()).isTrue();
        assertThat(view.status.getErrorMessage()).isEqualTo("Pilih keputusan dulu: Terkonfirmasi, Alarm palsu atau "
                + "Dieskalasi.");
        assertThat(service.history(Post.idOf("x", "chain-3"))).isEmpty();
        view.status.setValue("false_alarm");
        view.note.setValue("pesan berantai, sudah dibantah PDAM");
        view.decide.click();
        for (String id : List.of("chain-1", "chain-2", "chain-3")) {
            assertThat(service.history(Post.idOf("x", id))).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo("false_alarm");
                assertThat(d.note()).isEqualTo("pesan berantai, sudah dibantah PDAM");
                assertThat(d.analyst()).isEqualTo("analis");
            });
        }
        // decided, so gone from the undecided queue all three; the other text stays
        assertThat(service.page(juneWeek(), true, true, 0, 50)).extracting(r -> r.post().nativeId())
                .containsExactly("single");
        assertThat(service.history(Post.idOf("x", "single"))).isEmpty();
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.detailKind()).isEqualTo("TRIAGE_COPIES_DECIDED");
            assertThat(e.detailArgs()).endsWith("false_alarm", "3");
            assertThat(e.detail()).endsWith("and its copies (3 posts): False alarm");
        });

        // ungrouped, every post is its own row again, the long one included
        view.grouped.setValue(false);
        view.undecidedOnly.setValue(false);
        assertThat(GridKt._findAll(view.queue)).extracting(r -> r.post().nativeId())
                .containsExactlyInAnyOrder("chain-1", "chain-2", "chain-3", "single", "long");
    }

    private static PostFilter week() {
        return PostFilter.range(LocalDate.parse("2024-07-08"), LocalDate.parse("2024-07-14"));
    }

    @Test
    void theQueueHasFlaggedPostsNewestDayFirstThenMostSevere() {
        login("analis", "ANALYST");
        List<String> ids = service.page(week(), false, 0, 50).stream().map(r -> r.post().nativeId()).toList();
        assertThat(ids).containsExactly("new-severe", "new-mild", "old-severe");
    }

    @Test
    void aDecisionIsKeptWithWhoWhenWhyAndCopiedOntoThePost() {
        login("analis", "ANALYST");
        TriageDecision d = service.decide(Post.idOf("x", "new-mild"), "false_alarm", "berita klarifikasi");
        assertThat(d.analyst()).isEqualTo("analis");
        assertThat(d.decidedAt()).isEqualTo(NOW);
        assertThat(d.week()).isEqualTo("2024-W28");
        assertThat(service.history(Post.idOf("x", "new-mild"))).singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("berita klarifikasi"));
        assertThat(service.page(week(), false, 0, 50)).filteredOn(r -> r.post().nativeId().equals("new-mild"))
                .singleElement().satisfies(r -> assertThat(r.triageStatus()).isEqualTo("false_alarm"));
        assertThat(service.page(week(), true, 0, 50)).extracting(r -> r.post().nativeId()).doesNotContain("new-mild");
        assertThat(audit.latest(10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TRIAGE);
            assertThat(e.username()).isEqualTo("analis");
        });
    }

    @Test
    void aDecisionIsSavedAndSeenAtOnceNotAtTheIndicesNextRefresh() throws Exception {
        // the posts index refreshes every 5 s (bulk loads): "Simpan keputusan" waited for that refresh and
        // kept the analyst 4.5 to 7 s; with the periodic refresh off such a wait never ends
        login("analis", "ANALYST");
        SecurityContext signedIn = SecurityContextHolder.getContext();
        List<String> indices = List.of(indexes.alias(SasandoIndex.POSTS), indexes.alias(SasandoIndex.TRIAGE));
        Map<String, String> intervals = new HashMap<>();
        for (String index : indices) {
            IndexSettings set = client.indices().getSettings(g -> g.index(index)).result().values().iterator().next()
                    .settings().index();
            // unset is Elasticsearch's default, 1 s
            intervals.put(index, set == null || set.refreshInterval() == null ? "1s" : set.refreshInterval().time());
        }
        ExecutorService analyst = Executors.newSingleThreadExecutor();
        try {
            for (String index : indices) {
                client.indices().putSettings(p -> p.index(index).settings(st -> st.refreshInterval(t -> t.time("-1"))));
            }
            RiskPost single = service.page(aprilWeek(), true, false, 0, 50).stream()
                    .filter(r -> r.post().nativeId().equals("at-once")).findFirst().orElseThrow();
            RiskPost copy = service.page(aprilWeek(), true, false, 0, 50).stream()
                    .filter(r -> r.post().nativeId().equals("at-once-1")).findFirst().orElseThrow();
            analyst.submit(() -> {
                SecurityContextHolder.setContext(signedIn);
                service.decide(single.post().id(), "confirmed", "ajakan nyata");
                service.decideCopies(copy, aprilWeek(), true, "false_alarm", "sudah dibantah");
                return null;
            }).get(20, TimeUnit.SECONDS);
            // the queue, read at once, has none of them left, and each has its decision
            assertThat(service.page(aprilWeek(), true, false, 0, 50)).isEmpty();
            assertThat(service.history(single.post().id())).extracting(TriageDecision::status)
                    .containsExactly("confirmed");
            assertThat(service.history(Post.idOf("x", "at-once-2"))).extracting(TriageDecision::note)
                    .containsExactly("sudah dibantah");
        } finally {
            analyst.shutdownNow();
            for (String index : indices) {
                client.indices().putSettings(p -> p.index(index)
                        .settings(st -> st.refreshInterval(t -> t.time(intervals.get(index)))));
            }
        }
    }

    @Test
    void leadershipNeitherReadsTheQueueNorDecidesNorExportsEvenCallingTheServiceDirectly() throws Exception {
        login("analis", "ANALYST");
        RiskPost chain = service.page(juneWeek(), false, true, 0, 50).stream()
                .filter(r -> r.post().text().equals(CHAIN)).findFirst().orElseThrow();
        String id = Post.idOf("x", "old-severe");

        login("pimpinan", "LEADERSHIP");
        assertThatThrownBy(() -> service.page(week(), false, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decide(id, "false_alarm", "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.decideCopies(chain, juneWeek(), true, "false_alarm", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reopen(chain, juneWeek(), "")).isInstanceOf(AccessDeniedException.class);
        // labelled data carries citizens' texts
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> service.exportCsv(out)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.exportJsonl(out)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();

        login("analis", "ANALYST");
        assertThat(service.history(id)).noneMatch(d -> d.analyst().equals("pimpinan"));
        assertThat(service.history(Post.idOf("x", "chain-1"))).noneMatch(d -> d.analyst().equals("pimpinan"));
    }

    @Test
    void anUnknownStatusOrPostIsRefused() {
        login("analis", "ANALYST");
        assertThatThrownBy(() -> service.decide(Post.idOf("x", "old-severe"), "maybe", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.decide("x:nope", "confirmed", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionsExportAsLabelledData() throws Exception {
        login("analis", "ANALYST");
        service.decide(Post.idOf("x", "old-severe"), "confirmed", "ajakan, \"nyata\"");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFpost_id,status,risk,text,note,analyst,decided_at\r\n")
                .contains("x:old-severe,confirmed,radikalisme,ayo jihad bersama,\"ajakan, \"\"nyata\"\"\",analis,");
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        service.exportJsonl(jsonl);
        assertThat(jsonl.toString(StandardCharsets.UTF_8)).contains("\"post_id\":\"x:old-severe\"")
                .contains("\"status\":\"confirmed\"");
        assertThat(client.count(c -> c.index(SasandoIndex.TRIAGE.alias(settings.indexPrefix()))).count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theExportHasOnePostDecidedTwiceOnceWithItsLatestDecisionWhileTheHistoryKeepsBoth() throws Exception {
        login("analis", "ANALYST");
        String id = Post.idOf("x", "twice");
        triage.append(decision(id, "confirmed", "pertama", wita("2024-07-13T08:00:00")));
        triage.append(decision(id, "false_alarm", "ternyata berita", wita("2024-07-13T09:30:00")));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(id + ",")))
                .singleElement().asString()
                .isEqualTo(id + ",false_alarm,hoaks|provokasi,kabar bohong,ternyata berita,analis,"
                        + "2024-07-13T09:30:00+08:00");
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        service.exportJsonl(jsonl);
        assertThat(jsonl.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"post_id\":\"" + id + "\"")))
                .singleElement().asString().contains("\"status\":\"false_alarm\"")
                .contains("\"decided_at\":\"2024-07-13T09:30:00+08:00\"");
        assertThat(service.history(id)).extracting(TriageDecision::status).containsExactly("false_alarm", "confirmed");
    }

    private static TriageDecision decision(String postId, String status, String note, java.time.Instant at) {
        return new TriageDecision(postId, status, note, "analis", at, List.of("hoaks", "provokasi"), "kabar bohong",
                "2024-07-13", "2024-W28");
    }

    @Test
    void theViewShowsEvidenceAsMarkedTextAndSavesADecision() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(RiskView.class, week().toQuery());
        RiskView view = LocatorJ._get(RiskView.class);
        RiskPost severe = GridKt._findAll(view.queue).stream()
                .filter(r -> r.post().nativeId().equals("new-severe")).findFirst().orElseThrow();
        view.queue.select(severe);
        String html = view.detail.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("data-category=\"terorisme\"");
        // what the analyst decides on: when, where from, how severe, the stance, the place, and the words
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("2024-07-12 09:00 WITA · X · Skor risiko 0,90 · Mendukung Terorisme · Oebobo")
                .contains("Bukti: bom (Terorisme)");
        assertThat(view.status.getLabel()).isEqualTo("Keputusan");
        view.status.setValue("escalated");
        view.note.setValue("teruskan ke polisi");
        view.decide.click();
        assertThat(service.history(severe.post().id())).extracting(TriageDecision::status).contains("escalated");
    }

    @Test
    void theUndecidedOnlySwitchIsKeptInTheAddressSoALinkOrAReloadShowsTheSameQueue() {
        // a week of its own: one post decided, one not
        seed(List.of(flagged("march-decided", "ayo serbu pasar", "provokasi", "serbu", wita("2024-03-12T08:00:00"), 0.7)
                        .build(),
                flagged("march-open", "itu hoaks gempa", "hoaks", "hoaks", wita("2024-03-13T08:00:00"), 0.5).build()));
        login("analis", "ANALYST");
        service.decide(Post.idOf("x", "march-decided"), "false_alarm", "berita lama");
        PostFilter march = PostFilter.range(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-17"));

        Map<String, List<String>> all = new HashMap<>(march.toQuery().getParameters());
        all.put(RiskView.UNREVIEWED, List.of("false"));
        UI.getCurrent().navigate(RiskView.class, new QueryParameters(all));
        RiskView view = LocatorJ._get(RiskView.class);
        assertThat(view.undecidedOnly.getValue()).isFalse();
        assertThat(GridKt._findAll(view.queue)).extracting(r -> r.post().nativeId())
                .containsExactlyInAnyOrder("march-decided", "march-open");

        // without the parameter: the default, the undecided only
        UI.getCurrent().navigate(RiskView.class, march.toQuery());
        view = LocatorJ._get(RiskView.class);
        assertThat(view.undecidedOnly.getValue()).isTrue();
        assertThat(GridKt._findAll(view.queue)).extracting(r -> r.post().nativeId()).containsExactly("march-open");

        // switched off by hand: the address says so, with the filter it had
        view.undecidedOnly.setValue(false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry(RiskView.UNREVIEWED, List.of("false"))
                .containsEntry(PostFilter.FROM, List.of("2024-03-11"));
        assertThat(GridKt._findAll(view.queue)).extracting(r -> r.post().nativeId())
                .containsExactlyInAnyOrder("march-decided", "march-open");
        // and on again: the parameter goes, the default needs none
        view.undecidedOnly.setValue(true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey(RiskView.UNREVIEWED);
    }

    @Test
    void theGroupCopiesSwitchIsKeptInTheAddressSoALinkOrAReloadShowsTheSameQueue() {
        // a week of its own: one text posted twice, and another
        String rumour = "Katanya jembatan Liliba runtuh, jangan lewat. Sebarkan!";
        seed(List.of(flagged("feb-1", rumour, "hoaks", "Sebarkan", wita("2024-02-06T08:00:00"), 0.6).build(),
                flagged("feb-2", rumour, "hoaks", "Sebarkan", wita("2024-02-07T08:00:00"), 0.6).build(),
                flagged("feb-3", "itu hoaks banjir Oesapa", "hoaks", "hoaks", wita("2024-02-08T08:00:00"), 0.5)
                        .build()));
        login("analis", "ANALYST");
        PostFilter february = PostFilter.range(LocalDate.parse("2024-02-05"), LocalDate.parse("2024-02-11"));

        // an old link, without the parameter: grouped, as before
        UI.getCurrent().navigate(RiskView.class, february.toQuery());
        RiskView view = LocatorJ._get(RiskView.class);
        assertThat(view.grouped.getValue()).isTrue();
        assertThat(GridKt._findAll(view.queue)).hasSize(2);

        // switched off by hand: the address says so, with the filter and the other switch it had
        view.undecidedOnly.setValue(false);
        view.grouped.setValue(false);
        Map<String, List<String>> address = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters();
        assertThat(address).containsEntry(RiskView.GROUPED, List.of("false"))
                .containsEntry(RiskView.UNREVIEWED, List.of("false"))
                .containsEntry(PostFilter.FROM, List.of("2024-02-05"));
        assertThat(GridKt._findAll(view.queue)).extracting(r -> r.post().nativeId())
                .containsExactlyInAnyOrder("feb-1", "feb-2", "feb-3");
        // a filter chosen next keeps it
        view.undecidedOnly.setValue(true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry(RiskView.GROUPED, List.of("false")).doesNotContainKey(RiskView.UNREVIEWED);

        // the link shared, or the page reloaded: the same queue, one row per post
        UI.getCurrent().navigate(RiskView.class, new QueryParameters(address));
        view = LocatorJ._get(RiskView.class);
        assertThat(view.grouped.getValue()).isFalse();
        assertThat(view.undecidedOnly.getValue()).isFalse();
        assertThat(GridKt._findAll(view.queue)).hasSize(3);

        // and on again: the parameter goes, the default needs none
        view.grouped.setValue(true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey(RiskView.GROUPED);
        assertThat(GridKt._findAll(view.queue)).hasSize(2);
    }

    @Test
    void urlFiltersNarrowTheQueue() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(RiskView.class, week().with(PostFilter.RISK, "radikalisme").toQuery());
        RiskView view = LocatorJ._get(RiskView.class);
        assertThat(GridKt._findAll(view.queue).stream().map(r -> r.post().nativeId()).toList())
                .isSubsetOf("old-severe");
    }
}

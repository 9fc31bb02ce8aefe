package id.go.kupangkota.sasando.dashboard.accounts;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.KaribuTest;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Basis;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Akun view counts the accounts from the posts of the period's own WITA days, adds the Spark
 * accounts job's weekly bot-likeness scores and its network summed over the period's days (in the shape
 * the job writes them), shows whole weeks (saying so) where an older job kept the edges per week, and
 * falls back to the posts index alone (saying so) for a period the job has not covered.
 */
class AccountsNetworkIT extends KaribuTest {
    @Autowired
    AccountsService service;
    private static boolean seeded;
    private static final List<String> ROBOT_REASONS = List.of("high_posting_rate", "duplicate_texts");

    /** Accounts are an analyst's view; a test that needs another role signs in again. */
    @BeforeEach
    void signInAsAnAnalyst() {
        login("analis", "ANALYST");
    }

    @Test
    void leadershipGetsNoAccountsEvenCallingTheServiceDirectly() {
        login("pimpinan", "LEADERSHIP");
        assertThatThrownBy(() -> service.load(week("2024-07-08", "2024-07-14")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @BeforeEach
    void seedOnce() throws Exception {
        if (!seeded) {
            // week 2024-W28 (8..14 July) has job output; W27 (1..7 July) edges and posts only; W25 (17..23
            // June) edges as an older job kept them, per week
            index(SasandoIndex.EDGES, List.of(
                    edge("2024-07-09", "mention", "budi", "pemkot", 2),
                    edge("2024-07-11", "mention", "budi", "pemkot", 1),
                    edge("2024-07-10", "reply", "ani", "budi", 2),
                    edge("2024-07-10", "quote", "ani", "pemkot", 1),
                    edge("2024-07-11", "repost", "robot01", "pemkot", 9),
                    // the weekend of W28: outside a Monday-to-Friday period
                    edge("2024-07-13", "mention", "ani", "pemkot", 5),
                    edge("2024-07-14", "reply", "ani", "budi", 1),
                    edge("2024-07-03", "mention", "budi", "pln", 4),
                    weekEdge("2024-W25", "mention", "warga", "pemkot", 7),
                    // W24: nona's mentions of 11 June, from her posts the X source fetched and an import delivered
                    edge("2024-06-11", "mention", "nona", "pemkot", 2, "file", "x"),
                    // the year end: 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027
                    edge("2026-12-27", "mention", "tahun", "pemkot", 6),
                    edge("2026-12-31", "mention", "tahun", "pemkot", 2),
                    edge("2027-01-01", "reply", "tahun", "budi", 1),
                    edge("2027-01-04", "mention", "tahun", "pemkot", 4)));
            index(SasandoIndex.ACCOUNTS, List.of(
                    account("2024-W28", "robot01", 300, 10, 0, 0.83, ROBOT_REASONS),
                    account("2024-W28", "budi", 4, 12, 800, 0.1, List.of()),
                    account("2024-W28", "ani", 2, 30, 1500, 0.0, List.of()),
                    // one X account whose posts came from the X source and from a file import: one document
                    account("2024-W24", "nona", 3, 6, 100, 0.4, List.of("duplicate_texts"), "file", "x"),
                    // tahun scores 0.5 in both weeks of the turn of the year, 0.9 in the week before
                    account("2026-W52", "tahun", 1, 1, 0, 0.9, List.of("young_account")),
                    account("2026-W53", "tahun", 3, 3, 0, 0.5, List.of("duplicate_texts")),
                    account("2027-W01", "tahun", 1, 1, 0, 0.5, List.of("high_posting_rate"))));
            // the job's counts above are whole weeks; the posts below are what the view counts, by WITA day
            // (each has one like unless it says otherwise)
            seed(List.of(by("budi", "1", "halo @pemkot", wita("2024-07-03T08:00:00"))
                            .mentions(List.of("pemkot")).build(),
                    by("robot01", "2", "info", wita("2024-07-09T08:00:00")).viewCount(10L).build(),
                    by("robot01", "3", "info", wita("2024-07-10T08:00:00")).viewCount(10L).build(),
                    by("robot01", "4", "info", wita("2024-07-11T08:00:00")).build(),
                    by("robot01", "11", "info", wita("2024-07-11T09:00:00")).build(),
                    by("budi", "5", "halo @pemkot", wita("2024-07-09T09:00:00")).likeCount(4L)
                            .replyCount(1L).viewCount(300L).build(),
                    by("budi", "6", "lagi", wita("2024-07-12T23:30:00")).viewCount(500L).build(),
                    by("ani", "7", "@budi betul", wita("2024-07-10T10:00:00")).repostCount(2L)
                            .viewCount(700L).build(),
                    // W28 too, but after Friday 12 July in WITA: outside a Monday-to-Friday period
                    by("ani", "8", "akhir pekan", wita("2024-07-13T00:30:00")).likeCount(20L)
                            .viewCount(800L).build(),
                    by("ani", "9", "akhir pekan", wita("2024-07-14T10:00:00")).likeCount(8L).build(),
                    // W27 has job edges but no account documents: an account without a score
                    by("warga_baru", "10", "baru", wita("2024-07-02T12:00:00")).build(),
                    // W24: nona's X posts, x:21 and x:23 fetched by the X source, x:22 delivered by a file import
                    // only (x:21 came in the import too: one post, the X source's copy indexed)
                    nona(post("21", "jalan rusak @pemkot", wita("2024-06-11T08:00:00"))),
                    nona(Post.builder("x", "22").deliveredBy("file").text("lampu mati @pemkot")
                            .createdAt(wita("2024-06-11T09:00:00")).day("2024-06-11").week("2024-W24").likeCount(2L)),
                    nona(post("23", "terima kasih", wita("2024-06-12T08:00:00"))),
                    by("tahun", "60", "tutup tahun @pemkot", wita("2026-12-27T20:00:00")).build(),
                    by("tahun", "61", "selamat tahun baru @pemkot", wita("2026-12-31T10:00:00")).build(),
                    // 31 December 16:30 UTC is New Year's Day in Kupang, still 2026-W53
                    by("tahun", "62", "@budi selamat tahun baru", java.time.Instant.parse("2026-12-31T16:30:00Z"))
                            .build(),
                    by("tahun", "63", "kerja lagi @pemkot", wita("2027-01-04T08:00:00")).build()));
            seeded = true;
        }
    }

    /** An X post by the account {@code handle}, keyed {@code k<handle>} as the job's documents below are. */
    private static Post.Builder by(String handle, String nativeId, String text, java.time.Instant at) {
        return post(nativeId, text, at).authorHandle(handle).authorKey("k" + handle);
    }

    private static Post nona(Post.Builder post) {
        return post.authorHandle("nona").authorKey("knona").mentions(List.of("pemkot")).viewCount(50L).build();
    }

    @Test
    void anXAccountWhosePostsCameFromTheXSourceAndAnImportIsOneRowWithItsOneScore() {
        AccountsData d = service.load(week("2024-06-10", "2024-06-16"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.top()).containsExactly(
                new AccountStat("knona", "nona", 3, 4, 150L, 0.4, List.of("duplicate_texts"), "2024-W24"));
        assertThat(d.edges()).containsExactly(new Edge("nona", "pemkot", "mention", 2));
        // either source picks her: the posts it delivered, the account's one score and the edges of its posts
        assertThat(service.load(week("2024-06-10", "2024-06-16").with(PostFilter.SOURCE, "file")).top())
                .containsExactly(
                        new AccountStat("knona", "nona", 1, 2, 50L, 0.4, List.of("duplicate_texts"), "2024-W24"));
        AccountsData fromX = service.load(week("2024-06-10", "2024-06-16").with(PostFilter.SOURCE, "x"));
        assertThat(fromX.top()).extracting(AccountStat::handle, AccountStat::posts, AccountStat::botScore)
                .containsExactly(tuple("nona", 2L, 0.4));
        assertThat(fromX.edges()).containsExactly(new Edge("nona", "pemkot", "mention", 2));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-06-10", "2024-06-16").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(GridKt._findAll(view.top)).hasSize(1);
        assertThat(GridKt._getFormattedRow(view.top, 0)).contains("nona", "3", "0,40", "2024-W24");
        assertThat(view.legend.getChildren().filter(Component::isVisible).count())
                .as("the job's edges have every kind: the whole legend").isEqualTo(AccountsData.KINDS.size());
    }

    /**
     * Until the pipeline rebuilds them, the accounts index behind the alias is one an older job wrote, keyed by
     * delivering source: lama's X account has a document for the X source and one for the file import.
     */
    @Test
    void documentsAnOlderJobKeptPerSourceStillGiveOneRowWithTheWorstScoreAndAnswerASource() throws Exception {
        String alias = SasandoIndex.ACCOUNTS.alias(settings.indexPrefix());
        String older = SasandoIndex.ACCOUNTS.versioned(settings.indexPrefix(), 1);
        // version 1 mapped source (today's template, which the name matches, gives the rest)
        client.indices().create(c -> c.index(older).aliases(alias, a -> a.isWriteIndex(false))
                .mappings(m -> m.properties("source", p -> p.keyword(k -> k))));
        for (String source : List.of("x", "file")) {
            Map<String, Object> d = account("2024-W23", "lama", 1, 1, 50, source.equals("x") ? 0.2 : 0.6, List.of());
            d.remove("platform");
            d.remove("sources");
            d.put("id", String.join("|", "2024-W23", source, "klama"));
            d.put("source", source);
            client.index(i -> i.index(older).id((String) d.get("id")).document(d)
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        }
        index(SasandoIndex.EDGES, List.of(edge("2024-06-05", "mention", "lama", "pemkot", 1)));
        seed(List.of(post("31", "halo", wita("2024-06-05T08:00:00")).authorHandle("lama").authorKey("klama").build(),
                post("file", "32", "halo lagi", wita("2024-06-05T09:00:00")).authorHandle("lama").authorKey("klama")
                        .build()));

        assertThat(service.load(week("2024-06-03", "2024-06-09")).top()).containsExactly(
                new AccountStat("klama", "lama", 2, 2, 0L, 0.6, List.of(), "2024-W23"));
        assertThat(service.load(week("2024-06-03", "2024-06-09").with(PostFilter.SOURCE, "x")).top())
                .containsExactly(new AccountStat("klama", "lama", 1, 1, 0L, 0.2, List.of(), "2024-W23"));
    }

    /**
     * An account is its author key, as the job keys it: dewi's posts spell her handle two ways (an export's
     * "Dewi") and are one row under her latest spelling, with her one score; two accounts that each went by
     * "rina" are two rows, each with its own score; a news feed's posts, which carry no key, are counted by
     * their handle, without a score.
     */
    @Test
    void anAccountIsItsAuthorKeyWhateverTheSpellingOfItsHandle() throws Exception {
        index(SasandoIndex.EDGES, List.of(edge("2024-05-27", "mention", "dewi", "pemkot", 1, "file", "x")));
        Map<String, Object> rinaA = account("2024-W22", "rina", 2, 2, 0, 0.2, List.of());
        Map<String, Object> rinaB = account("2024-W22", "rina", 1, 1, 0, 0.9, List.of("young_account"));
        rinaA.put("author_key", "krina.a");
        rinaA.put("id", "2024-W22|x|krina.a");
        rinaB.put("author_key", "krina.b");
        rinaB.put("id", "2024-W22|x|krina.b");
        index(SasandoIndex.ACCOUNTS, List.of(
                account("2024-W22", "dewi", 3, 3, 0, 0.7, List.of("bursty_posting"), "file", "x"), rinaA, rinaB));
        seed(List.of(by("dewi", "41", "halo @pemkot", wita("2024-05-27T08:00:00")).build(),
                by("dewi", "42", "lagi", wita("2024-05-28T08:00:00")).build(),
                // the same account in a file import of an X export, which spells the handle as the export does
                by("dewi", "43", "dan lagi", wita("2024-05-29T08:00:00")).deliveredBy("file").authorHandle("Dewi")
                        .build(),
                by("rina", "44", "satu", wita("2024-05-28T09:00:00")).authorKey("krina.a").build(),
                by("rina", "45", "dua", wita("2024-05-29T09:00:00")).authorKey("krina.a").build(),
                by("rina", "46", "tiga", wita("2024-05-29T10:00:00")).authorKey("krina.b").build(),
                post("news", "47", "berita", wita("2024-05-30T08:00:00")).authorHandle("Pos Kupang").authorKey(null)
                        .build()));

        AccountsData d = service.load(week("2024-05-27", "2024-06-02"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.top()).containsExactly(
                new AccountStat("kdewi", "Dewi", 3, 3, 0L, 0.7, List.of("bursty_posting"), "2024-W22"),
                new AccountStat("krina.a", "rina", 2, 2, 0L, 0.2, List.of(), "2024-W22"),
                new AccountStat(null, "Pos Kupang", 1, 1, 0L, null, List.of(), null),
                new AccountStat("krina.b", "rina", 1, 1, 0L, 0.9, List.of("young_account"), "2024-W22"));
        // the import alone: its one post, under the spelling it gave, and the account's one score
        assertThat(service.load(week("2024-05-27", "2024-06-02").with(PostFilter.SOURCE, "file")).top())
                .containsExactly(
                        new AccountStat("kdewi", "Dewi", 1, 1, 0L, 0.7, List.of("bursty_posting"), "2024-W22"));
        // from the posts index alone (a facet the job does not split by) the accounts are the same
        assertThat(service.load(week("2024-05-27", "2024-06-02").with(PostFilter.TOPIC, "layanan_publik")).top())
                .extracting(AccountStat::authorKey, AccountStat::handle, AccountStat::posts)
                .containsExactly(tuple("kdewi", "Dewi", 3L), tuple("krina.a", "rina", 2L),
                        tuple(null, "Pos Kupang", 1L), tuple("krina.b", "rina", 1L));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-05-27", "2024-06-02").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(GridKt._findAll(view.top)).hasSize(4);
        assertThat(GridKt._getFormattedRow(view.top, 0)).contains("Dewi", "3", "0,70", "2024-W22");
    }

    private static PostFilter week(String from, String to) {
        return PostFilter.range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void theNetworkHasEveryKindOfEdgeFromTheJobWeightedByItsCountSummedOverTheDays() {
        AccountsData d = service.load(week("2024-07-08", "2024-07-14"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.weeks()).containsExactly("2024-W28");
        assertThat(d.edges()).containsExactlyInAnyOrder(
                new Edge("budi", "pemkot", "mention", 3), new Edge("ani", "pemkot", "mention", 5),
                new Edge("ani", "budi", "reply", 3), new Edge("ani", "pemkot", "quote", 1),
                new Edge("robot01", "pemkot", "repost", 9));
    }

    @Test
    void aPeriodThatCutsAWeekShowsTheEdgesOfItsOwnWitaDaysOnly() {
        // Monday 8 to Friday 12 July: ani's weekend mention (13 July) and reply (14 July) are in W28, not here
        AccountsData d = service.load(week("2024-07-08", "2024-07-12"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.edges()).containsExactlyInAnyOrder(
                new Edge("budi", "pemkot", "mention", 3), new Edge("ani", "budi", "reply", 2),
                new Edge("ani", "pemkot", "quote", 1), new Edge("robot01", "pemkot", "repost", 9));
        assertThat(service.load(week("2024-07-09", "2024-07-09")).edges())
                .containsExactly(new Edge("budi", "pemkot", "mention", 2));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-07-08", "2024-07-12").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        List<String> links = new ArrayList<>();
        view.network.getOption().at("/series/0/links").forEach(l ->
                links.add(l.get("source").asText() + ">" + l.get("target").asText() + ":" + l.get("kind").asText()
                        + "=" + l.get("value").asLong()));
        assertThat(links).containsExactlyInAnyOrder("budi>pemkot:mention=3", "ani>budi:reply=2",
                "ani>pemkot:quote=1", "robot01>pemkot:repost=9");
        assertThat(view.basis.getText()).contains("hari demi hari").doesNotContain("minggu penuh");
    }

    @Test
    void daysWithoutEdgesInAWeekWithSomeShowNoneRatherThanTheWeeks() {
        // Sunday 7 July: W27's only edge is on 3 July
        AccountsData d = service.load(week("2024-07-07", "2024-07-07"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.edges()).isEmpty();
    }

    @Test
    void edgesAnOlderJobKeptPerWeekShowTheWholeWeeksAndTheViewSaysWhich() {
        AccountsData d = service.load(week("2024-06-18", "2024-06-19"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB_WHOLE_WEEKS);
        assertThat(d.weeks()).containsExactly("2024-W25");
        assertThat(d.edges()).containsExactly(new Edge("warga", "pemkot", "mention", 7));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-06-18", "2024-06-19").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(view.basis.getText()).contains("(2024-W25)").contains("minggu penuh");
        assertThat(view.botHint.isVisible()).isTrue();
    }

    @Test
    void edgesOfSeveralWeeksAddUp() {
        AccountsData d = service.load(week("2024-07-01", "2024-07-14"));
        assertThat(d.weeks()).containsExactly("2024-W27", "2024-W28");
        assertThat(d.edges()).contains(new Edge("budi", "pln", "mention", 4), new Edge("budi", "pemkot", "mention", 3));
    }

    @Test
    void topAccountsAreCountedFromThePostsAndCarryTheJobsBotLikenessScoreWithItsReasonsAndWeek() {
        AccountsData d = service.load(week("2024-07-08", "2024-07-14"));
        assertThat(d.top()).containsExactly(
                new AccountStat("krobot01", "robot01", 4, 4, 20L, 0.83, ROBOT_REASONS, "2024-W28"),
                new AccountStat("kani", "ani", 3, 31, 1500L, 0.0, List.of(), "2024-W28"),
                new AccountStat("kbudi", "budi", 2, 6, 800L, 0.1, List.of(), "2024-W28"));
    }

    @Test
    void aPeriodThatCutsAWeekCountsItsOwnWitaDaysOnly() {
        // "7 hari terakhir" or a custom range: Monday 8 to Friday 12 July (WITA) of week 2024-W28
        AccountsData d = service.load(week("2024-07-08", "2024-07-12"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.weeks()).containsExactly("2024-W28");
        // ani's weekend posts (13 July 00:30 WITA, still 12 July in UTC, and 14 July): in W28, not in the period
        assertThat(d.top()).containsExactly(
                new AccountStat("krobot01", "robot01", 4, 4, 20L, 0.83, ROBOT_REASONS, "2024-W28"),
                new AccountStat("kbudi", "budi", 2, 6, 800L, 0.1, List.of(), "2024-W28"),
                new AccountStat("kani", "ani", 1, 3, 700L, 0.0, List.of(), "2024-W28"));

        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-07-08", "2024-07-12").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(view.basis.getText()).contains("unggahan periode ini").contains("2024-W28")
                .doesNotContain("penuh");
        assertThat(GridKt._getFormattedRow(view.top, 2)).contains("ani", "700", "2024-W28");
    }

    @Test
    void week53OfTheYearEndIsAnsweredByTheJobWithItsOwnDaysAcrossBothYears() {
        // 2026-W53: the days of two calendar years are one week of the job
        AccountsData w53 = service.load(week("2026-12-28", "2027-01-03"));
        assertThat(w53.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(w53.weeks()).containsExactly("2026-W53");
        assertThat(w53.top()).containsExactly(
                new AccountStat("ktahun", "tahun", 2, 2, 0L, 0.5, List.of("duplicate_texts"), "2026-W53"));
        assertThat(w53.edges()).containsExactlyInAnyOrder(new Edge("tahun", "pemkot", "mention", 2),
                new Edge("tahun", "budi", "reply", 1));

        // New Year's Eve to the first Monday of 2027: W53 and 2027-W01, oldest first; of two equal scores the
        // later week's (2027-W01 after 2026-W53, as the keys sort)
        AccountsData turn = service.load(week("2026-12-31", "2027-01-04"));
        assertThat(turn.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(turn.weeks()).containsExactly("2026-W53", "2027-W01");
        assertThat(turn.top()).containsExactly(
                new AccountStat("ktahun", "tahun", 3, 3, 0L, 0.5, List.of("high_posting_rate"), "2027-W01"));
        assertThat(turn.edges()).containsExactlyInAnyOrder(new Edge("tahun", "pemkot", "mention", 6),
                new Edge("tahun", "budi", "reply", 1));
        assertThat(service.load(week("2026-12-27", "2026-12-28")).weeks()).containsExactly("2026-W52", "2026-W53");
    }

    @Test
    void anAccountTheJobHasNotScoredIsCountedWithoutAScore() {
        AccountsData d = service.load(week("2024-07-01", "2024-07-07"));
        assertThat(d.basis()).isEqualTo(Basis.ACCOUNTS_JOB);
        assertThat(d.top()).containsExactly(new AccountStat("kbudi", "budi", 1, 1, 0L, null, List.of(), null),
                new AccountStat("kwarga_baru", "warga_baru", 1, 1, 0L, null, List.of(), null));
    }

    @Test
    void theViewDrawsLinksColouredAndLabelledByKindAndExplainsTheBotScore() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-07-08", "2024-07-14").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(view.basis.getText()).contains("analisis akun mingguan").contains("2024-W28");
        assertThat(view.basis.getText()).as("the counts are the period's own, not whole weeks")
                .doesNotContain("minggu ISO penuh");

        Map<String, JsonNode> linkByKind = new LinkedHashMap<>();
        view.network.getOption().at("/series/0/links").forEach(l -> linkByKind.put(l.get("kind").asText(), l));
        assertThat(linkByKind).containsOnlyKeys("mention", "reply", "quote", "repost");
        assertThat(linkByKind.get("reply").at("/label/formatter").asText()).isEqualTo("balasan");
        assertThat(linkByKind.get("repost").get("value").asLong()).isEqualTo(9);
        assertThat(linkByKind.get("repost").at("/lineStyle/width").asDouble())
                .isGreaterThan(linkByKind.get("quote").at("/lineStyle/width").asDouble());
        List<String> colours = new ArrayList<>();
        linkByKind.values().forEach(l -> colours.add(l.at("/lineStyle/color").asText()));
        assertThat(colours).doesNotHaveDuplicates();

        AccountStat robot = GridKt._get(view.top, 0);
        assertThat(GridKt._getFormattedRow(view.top, 0)).contains("robot01", "0,83", "2024-W28",
                "frekuensi unggah sangat tinggi, banyak teks berulang");
        assertThat(robot.botScore()).isEqualTo(0.83);
        // the reasons are never cut short in a narrow column: they wrap, and the tooltip holds them whole
        assertThat(view.top.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.botReasons.getTooltipGenerator().apply(robot))
                .isEqualTo("frekuensi unggah sangat tinggi, banyak teks berulang");
        assertThat(view.botHint.isVisible()).isTrue();
    }

    @Test
    void aPeriodTheJobHasNotCoveredFallsBackToPostsAndSaysSo() {
        login("analis", "ANALYST");
        UI.getCurrent().navigate(AccountsView.class, week("2024-06-24", "2024-06-30").toQuery());
        AccountsView view = LocatorJ._get(AccountsView.class);
        assertThat(view.basis.getText()).startsWith("Analisis akun mingguan belum tersedia");
        // no bot score without the job, so no words explaining one
        assertThat(view.botHint.isVisible()).isFalse();

        AccountsData byPosts = service.load(week("2024-07-01", "2024-07-07").with(PostFilter.TOPIC, "layanan_publik"));
        assertThat(byPosts.basis()).isEqualTo(Basis.POSTS_FACET);
        assertThat(byPosts.edges()).containsExactly(new Edge("budi", "pemkot", "mention", 1));
    }

    private void index(SasandoIndex index, List<Map<String, Object>> docs) throws Exception {
        String alias = index.alias(settings.indexPrefix());
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        docs.forEach(d -> bulk.operations(o -> o.index(i -> i.index(alias).id((String) d.get("id")).document(d))));
        assertThat(client.bulk(bulk.build()).errors()).isFalse();
    }

    /**
     * An edge document as the accounts job writes it: per WITA day, with its week (id day|platform|kind|from|to),
     * of X posts the {@code sources} delivered (the X source's when none is named).
     */
    private static Map<String, Object> edge(String day, String kind, String from, String to, long count,
                                            String... sources) {
        Map<String, Object> d = weekEdge(Wita.weekKey(LocalDate.parse(day)), kind, from, to, count, sources);
        d.put("id", String.join("|", day, "x", kind, "k" + from, "k" + to));
        d.put("day", day);
        return d;
    }

    /** An edge document per whole week, as a job older than the day-level edges kept them (no day). */
    private static Map<String, Object> weekEdge(String week, String kind, String from, String to, long count,
                                                String... sources) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", String.join("|", week, "x", kind, "k" + from, "k" + to));
        d.put("week", week);
        d.put("platform", "x");
        d.put("sources", sources.length == 0 ? List.of("x") : List.of(sources));
        d.put("kind", kind);
        d.put("from_author_key", "k" + from);
        d.put("from_handle", from);
        d.put("to_author_key", "k" + to);
        d.put("to_handle", to);
        d.put("count", count);
        return d;
    }

    /**
     * An account-week document as the accounts job writes it (id week|platform|author_key): an X account whose
     * posts the {@code sources} delivered (the X source when none is named).
     */
    private static Map<String, Object> account(String week, String handle, long posts, long engagement, long reach,
                                               double botScore, List<String> reasons, String... sources) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", String.join("|", week, "x", "k" + handle));
        d.put("week", week);
        d.put("platform", "x");
        d.put("sources", sources.length == 0 ? List.of("x") : List.of(sources));
        d.put("author_key", "k" + handle);
        d.put("author_handle", handle);
        d.put("posts", posts);
        d.put("active_days", 7);
        d.put("reach", reach);
        d.put("engagement", engagement);
        d.put("bot_score", botScore);
        d.put("bot_reasons", reasons);
        return d;
    }
}

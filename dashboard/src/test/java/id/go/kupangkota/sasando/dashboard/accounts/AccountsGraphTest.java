package id.go.kupangkota.sasando.dashboard.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.AccountStat;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Basis;
import id.go.kupangkota.sasando.dashboard.accounts.AccountsData.Edge;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The network's option: readable with many accounts (the demo week has over a hundred). */
class AccountsGraphTest {

    @Test
    void onlyTheBusiestAccountsAreNamedUntilHovered() {
        // akun00 posts most, akun29 least; "pemkot" posts nothing but is linked by everyone
        List<AccountStat> top = IntStream.range(0, 30)
                .mapToObj(i -> AccountStat.fromPosts("k" + i, String.format("akun%02d", i), 100 - i, 0)).toList();
        List<Edge> edges = new ArrayList<>();
        top.forEach(a -> edges.add(new Edge(a.handle(), "pemkot", "mention", 5)));
        ObjectNode option = AccountsView.graph("Jaringan", new AccountsData(Basis.POSTS_FACET, List.of(), top, edges),
                kind -> kind);

        JsonNode series = option.at("/series/0");
        assertThat(series.at("/label/show").asBoolean()).isFalse();
        List<String> named = new ArrayList<>();
        series.get("data").forEach(n -> {
            if (n.at("/label/show").asBoolean()) {
                named.add(n.get("name").asText());
            }
        });
        assertThat(named).hasSize(AccountsView.LABELLED_NODES)
                .contains("pemkot", "akun00", "akun13")
                .doesNotContain("akun14", "akun29");
        assertThat(series.get("data")).hasSize(31);

        // hovering names an account and brings its neighbours forward
        assertThat(series.at("/emphasis/focus").asText()).isEqualTo("adjacency");
        assertThat(series.at("/emphasis/label/show").asBoolean()).isTrue();
        // the graph is laid out below the chart's title, not under it
        assertThat(option.at("/title/text").asText()).isEqualTo("Jaringan");
        assertThat(series.get("top").asInt()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aHandleSpeltTwoWaysIsOneNodeNamedAsTheTableNamesIt() {
        // the table's account (latest handle "Dewi"); the job's edges spell her "dewi", as X does
        List<AccountStat> top = List.of(AccountStat.fromPosts("x:7", "Dewi", 3, 0),
                AccountStat.fromPosts("x:8", "rina", 2, 0));
        List<Edge> edges = List.of(new Edge("dewi", "rina", "mention", 2), new Edge("RINA", "dewi", "reply", 1),
                new Edge("dewi", "pemkot", "mention", 4));
        JsonNode series = AccountsView.graph("Jaringan", new AccountsData(Basis.POSTS_FACET, List.of(), top, edges),
                kind -> kind).at("/series/0");

        List<String> names = new ArrayList<>();
        series.get("data").forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).containsExactly("Dewi", "rina", "pemkot");
        assertThat(series.at("/data/0/value").asLong()).isEqualTo(3);
        List<String> links = new ArrayList<>();
        series.get("links").forEach(l -> links.add(l.get("source").asText() + ">" + l.get("target").asText()));
        assertThat(links).containsExactly("Dewi>rina", "rina>Dewi", "Dewi>pemkot");
    }
}

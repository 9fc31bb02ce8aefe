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
}

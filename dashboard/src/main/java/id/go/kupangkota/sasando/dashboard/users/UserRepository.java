package id.go.kupangkota.sasando.dashboard.users;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Users by username in the users index. */
@Repository
class UserRepository {
    static final String ROLES = "roles";
    static final String ENABLED = "enabled";

    private final ElasticsearchClient client;
    private final String index;

    UserRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.USERS);
    }

    Optional<UserAccount> find(String username) {
        try {
            var r = client.get(g -> g.index(index).id(username), UserAccount.class);
            return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read user " + username, e);
        }
    }

    void save(UserAccount user) {
        try {
            // Visible at once: a new user signs in right after the admin creates them.
            client.index(i -> i.index(index).id(user.username()).document(user).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save user " + user.username(), e);
        }
    }

    List<UserAccount> findAll() {
        try {
            return client.search(s -> s.index(index).size(1000)
                            .sort(o -> o.field(f -> f.field("username").order(SortOrder.Asc))), UserAccount.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list users", e);
        }
    }

    void delete(String username) {
        try {
            client.delete(d -> d.index(index).id(username).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete user " + username, e);
        }
    }

    /** Enabled users holding {@code role}. */
    long countEnabled(String role) {
        try {
            return client.count(c -> c.index(index).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field(ROLES).value(role)))
                    .filter(f -> f.term(t -> t.field(ENABLED).value(true)))))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count users", e);
        }
    }

    long count() {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count users", e);
        }
    }
}

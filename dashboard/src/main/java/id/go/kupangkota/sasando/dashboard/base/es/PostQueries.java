package id.go.kupangkota.sasando.dashboard.base.es;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link PostFilter} into a typed Elasticsearch query over the posts index. Days are cut in
 * WITA. Free text goes through {@code simple_query_string} with every operator flag off, so what a
 * user types is only ever words, never query syntax.
 */
public final class PostQueries {
    private PostQueries() {
    }

    public static Query filter(PostFilter f) {
        List<Query> must = new ArrayList<>();
        must.add(createdBetween(f.from(), f.to()));
        term(must, PostFields.TOPICS, f.topic());
        term(must, PostFields.SOURCE, f.source());
        term(must, PostFields.SENTIMENT, f.sentiment());
        term(must, PostFields.EMOTION, f.emotion());
        term(must, PostFields.RISK, f.risk());
        term(must, PostFields.STANCE, f.stance());
        term(must, PostFields.KECAMATAN, f.kecamatan());
        term(must, PostFields.AUTHOR_HANDLE, f.author());
        List<Query> scoring = new ArrayList<>();
        if (f.text() != null) {
            scoring.add(text(f.text()));
        }
        return Query.of(q -> q.bool(b -> b.filter(must).must(scoring)));
    }

    /** Posts created on the WITA days {@code from..to}, both inclusive. */
    public static Query createdBetween(LocalDate from, LocalDate to) {
        return createdIn(Wita.startOfDay(from), Wita.startOfDay(to.plusDays(1)));
    }

    /** Posts created from {@code from} (inclusive) to {@code to} (exclusive). */
    public static Query createdIn(Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(PostFields.CREATED_AT)
                .gte(from.toString()).lt(to.toString()))));
    }

    /** User text as plain words over title and text: no operators, no field syntax, no regexes. */
    public static Query text(String userText) {
        return Query.of(q -> q.simpleQueryString(s -> s
                .query(userText)
                .fields(PostFields.TEXT, PostFields.TITLE)
                .flags(SimpleQueryStringFlag.None)
                .defaultOperator(Operator.And)
                .lenient(true)));
    }

    public static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static void term(List<Query> must, String field, String value) {
        if (value != null) {
            must.add(term(field, value));
        }
    }
}

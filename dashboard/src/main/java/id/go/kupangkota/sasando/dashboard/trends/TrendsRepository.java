package id.go.kupangkota.sasando.dashboard.trends;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Topic volumes from the posts index, bursts from the trends index. */
@Repository
class TrendsRepository {
    static final String BY_TOPIC = "by_topic";
    static final String PER_DAY = "per_day";

    private final ElasticsearchClient client;
    private final String posts;
    private final String trends;

    TrendsRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.posts = indexes.alias(SasandoIndex.POSTS);
        this.trends = indexes.alias(SasandoIndex.TRENDS);
    }

    /** One filters aggregation (a bucket per topic) with a WITA date histogram inside. */
    TopicSeries topics(PostFilter filter, List<String> topics) {
        Map<String, Query> buckets = new LinkedHashMap<>();
        topics.forEach(t -> buckets.put(t, PostQueries.term(PostFields.TOPICS, t)));
        long min = Wita.startOfDay(filter.from()).toEpochMilli();
        long max = Wita.startOfDay(filter.to()).toEpochMilli();
        try {
            var response = client.search(s -> s.index(posts).size(0)
                    .query(PostQueries.filter(filter.withTopic(null)))
                    .aggregations(BY_TOPIC, a -> a.filters(f -> f.filters(k -> k.keyed(buckets)))
                            .aggregations(PER_DAY, d -> d.dateHistogram(h -> h.field(PostFields.CREATED_AT)
                                    .calendarInterval(CalendarInterval.Day).timeZone(Wita.ZONE_ID).minDocCount(0)
                                    .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(min)))
                                            .max(FieldDateMath.of(m -> m.value(max))))))), Void.class);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
                days.add(d);
            }
            Map<String, List<Long>> counts = new LinkedHashMap<>();
            response.aggregations().get(BY_TOPIC).filters().buckets().keyed().forEach((topic, bucket) -> {
                Aggregate perDay = bucket.aggregations().get(PER_DAY);
                Map<LocalDate, Long> byDay = new LinkedHashMap<>();
                for (DateHistogramBucket b : perDay.dateHistogram().buckets().array()) {
                    byDay.put(Wita.day(Instant.ofEpochMilli(b.key())), b.docCount());
                }
                counts.put(topic, days.stream().map(d -> byDay.getOrDefault(d, 0L)).toList());
            });
            return new TopicSeries(days, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare topics", e);
        }
    }

    /**
     * Bursts on the filter's days, strongest first: the filter's kecamatan's own, or the city-wide
     * ones. Bursts are judged over all sources, so the source filter does not apply here.
     */
    List<Burst> bursts(PostFilter filter, int size) {
        Query days = Query.of(q -> q.range(r -> r.term(t -> t.field(PostFields.DAY)
                .gte(filter.from().toString()).lte(filter.to().toString()))));
        Query scope = filter.kecamatan() != null
                ? Query.of(q -> q.term(t -> t.field(PostFields.KECAMATAN).value(filter.kecamatan())))
                : Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field(PostFields.KECAMATAN)))));
        try {
            return client.search(s -> s.index(trends).size(size)
                            .query(q -> q.bool(b -> b.filter(days, scope)))
                            .sort(o -> o.field(f -> f.field("z").order(SortOrder.Desc).unmappedType(FieldType.Double))),
                            Burst.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bursts", e);
        }
    }

    List<Post> posts(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            return client.search(s -> s.index(posts).size(ids.size())
                            .query(q -> q.terms(t -> t.field(PostFields.ID)
                                    .terms(v -> v.value(ids.stream().map(FieldValue::of).toList()))))
                            .sort(o -> o.field(f -> f.field(PostFields.CREATED_AT).order(SortOrder.Desc))), Post.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read posts of a burst", e);
        }
    }
}

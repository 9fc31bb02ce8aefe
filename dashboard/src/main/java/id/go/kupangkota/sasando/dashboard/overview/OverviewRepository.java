package id.go.kupangkota.sasando.dashboard.overview;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import id.go.kupangkota.sasando.dashboard.base.es.PostQueries;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.Bucket;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.DayPoint;
import id.go.kupangkota.sasando.dashboard.overview.OverviewData.KeyNumbers;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.dashboard.overview.OverviewQuery.*;

/** Runs {@link OverviewQuery} and reads its aggregations into {@link OverviewData}. */
@Repository
class OverviewRepository {
    private final ElasticsearchClient client;
    private final String index;

    OverviewRepository(ElasticsearchClient client, Indexes indexes) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.POSTS);
    }

    OverviewData load(PostFilter filter, Instant now) {
        try {
            return read(filter, client.search(OverviewQuery.request(index, filter, now), Post.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the overview", e);
        }
    }

    static OverviewData read(PostFilter filter, SearchResponse<Post> response) {
        FilterAggregate current = response.aggregations().get(CURRENT).filter();
        FilterAggregate previous = response.aggregations().get(PREVIOUS).filter();
        Map<String, Aggregate> c = current.aggregations();
        return new OverviewData(filter, keyNumbers(current), keyNumbers(previous),
                volume(c.get(VOLUME)),
                buckets(c.get(EMOTIONS)), buckets(c.get(HASHTAGS)), buckets(c.get(TERMS)),
                buckets(c.get(RISKS)), buckets(c.get(SOURCES)), buckets(c.get(KECAMATAN)),
                c.get(LATEST).topHits().hits().hits().stream()
                        .map(h -> h.source().to(Post.class)).toList());
    }

    private static KeyNumbers keyNumbers(FilterAggregate period) {
        Map<String, Aggregate> a = period.aggregations();
        long engagement = PostQueries.engagement(a);
        FilterAggregate flagged = a.get(FLAGGED).filter();
        return new KeyNumbers(period.docCount(), a.get(AUTHORS).cardinality().value(),
                flagged.docCount(), flagged.aggregations().get(CONFIRMED).filter().docCount(),
                flagged.aggregations().get(FALSE_ALARM).filter().docCount(),
                a.get(NEGATIVE).filter().docCount(), engagement);
    }

    private static List<DayPoint> volume(Aggregate histogram) {
        return histogram.dateHistogram().buckets().array().stream().map(OverviewRepository::day).toList();
    }

    private static DayPoint day(DateHistogramBucket b) {
        Map<String, Long> sentiments = new LinkedHashMap<>();
        for (StringTermsBucket s : b.aggregations().get(SENTIMENT).sterms().buckets().array()) {
            sentiments.put(s.key().stringValue(), s.docCount());
        }
        Double mean = b.aggregations().get(MEAN_SENTIMENT).avg().value();
        return new DayPoint(Wita.day(Instant.ofEpochMilli(b.key())), b.docCount(), sentiments,
                mean == null || mean.isNaN() ? null : mean);
    }

    static List<Bucket> buckets(Aggregate terms) {
        if (!terms.isSterms()) {
            return List.of(); // an unmapped or empty field comes back as another terms kind
        }
        return terms.sterms().buckets().array().stream()
                .map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
    }
}

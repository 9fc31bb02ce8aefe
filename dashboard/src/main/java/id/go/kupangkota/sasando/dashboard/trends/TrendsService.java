package id.go.kupangkota.sasando.dashboard.trends;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** Topic comparison and burst alerts. */
@Service
public class TrendsService {
    static final int MAX_BURSTS = 100;

    private final TrendsRepository repository;
    private final Clock clock;

    TrendsService(TrendsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public TopicSeries compare(PostFilter filter, List<String> topics) {
        return repository.topics(filter, topics);
    }

    /** The filter's bursts, the words of one event merged into one row ({@link BurstEvents}). */
    public List<Burst> bursts(PostFilter filter) {
        return BurstEvents.merge(repository.bursts(filter, MAX_BURSTS));
    }

    public List<Post> postsBehind(Burst burst) {
        return repository.posts(burst.samplePostIds());
    }

    Clock clock() {
        return clock;
    }
}

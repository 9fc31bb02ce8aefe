package id.go.kupangkota.sasando.dashboard.trends;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Topic comparison and burst alerts, for analysts and admins. The posts behind a burst name citizens,
 * so that use case checks the role itself, whatever view calls it.
 */
@Service
public class TrendsService {
    static final int MAX_BURSTS = 100;

    private final TrendsRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrendsService(TrendsRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
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
        currentUser.requireReadsPosts("the posts behind a burst are for analysts and admins");
        return repository.posts(burst.samplePostIds());
    }

    Clock clock() {
        return clock;
    }
}

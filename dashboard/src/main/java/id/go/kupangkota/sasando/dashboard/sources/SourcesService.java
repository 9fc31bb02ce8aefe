package id.go.kupangkota.sasando.dashboard.sources;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Source health: what arrived, and how the fetch runs went. */
@Service
public class SourcesService {
    static final int RUNS = 100;

    private final SourcesRepository repository;
    private final Clock clock;

    SourcesService(SourcesRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Every source's posts in the period, those with none included (with zeros): a source that
     * collected nothing must show as such, not vanish from the table.
     */
    public List<SourceStat> stats(PostFilter filter) {
        List<SourceStat> stats = new ArrayList<>(repository.stats(filter));
        int days = (int) ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        for (String source : Vocabulary.SOURCES) {
            boolean asked = filter.source() == null || filter.source().equals(source);
            if (asked && stats.stream().noneMatch(s -> s.source().equals(source))) {
                stats.add(new SourceStat(source, 0, Collections.nCopies(days, 0L), null, null));
            }
        }
        return stats;
    }

    /** Sources and feeds that failed several runs in a row, as ingest raised them in the period. */
    public List<SourceAlert> alerts(PostFilter filter) {
        return repository.alerts(filter, RUNS);
    }

    public List<CoverageRun> latestRuns() {
        return repository.latestRuns(RUNS);
    }

    Clock clock() {
        return clock;
    }
}

package id.go.kupangkota.sasando.dashboard.sources;

import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Service;

import java.time.Clock;
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

    public List<SourceStat> stats(PostFilter filter) {
        return repository.stats(filter);
    }

    public List<CoverageRun> latestRuns() {
        return repository.latestRuns(RUNS);
    }

    Clock clock() {
        return clock;
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** What the overview view asks for. */
@Service
public class OverviewService {
    private final OverviewRepository repository;
    private final Clock clock;

    OverviewService(OverviewRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public OverviewData load(PostFilter filter) {
        return repository.load(filter);
    }

    /** The default filter: the last week up to today, WITA. */
    public PostFilter defaultFilter() {
        return PostFilter.lastWeek(clock);
    }

    Clock clock() {
        return clock;
    }
}

package id.go.kupangkota.sasando.dashboard.overview;

import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import id.go.kupangkota.sasando.dashboard.base.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** What the overview view asks for. */
@Service
public class OverviewService {
    private final OverviewRepository repository;
    private final Clock clock;
    private final CurrentUser user;

    OverviewService(OverviewRepository repository, Clock clock, CurrentUser user) {
        this.repository = repository;
        this.clock = clock;
        this.user = user;
    }

    /**
     * The overview's figures; the latest posts (citizens' handles and words) only for those whose work
     * is reading posts. Leadership reads the same aggregates as the weekly report, which names no
     * citizen, so its overview names none either.
     */
    public OverviewData load(PostFilter filter) {
        OverviewData data = repository.load(allowed(filter), clock.instant());
        if (showsPosts()) {
            return data;
        }
        return new OverviewData(data.filter(), data.current(), data.previous(), data.volume(), data.emotions(),
                data.hashtags(), data.terms(), data.risks(), data.sources(), data.kecamatan(), List.of());
    }

    /**
     * The filter as the signed-in user may apply it: leadership's figures are the city's, so an account
     * in the address (an analyst's link) is dropped for them; one citizen's counts and words are not
     * figures.
     */
    public PostFilter allowed(PostFilter filter) {
        return showsPosts() || filter.author() == null ? filter : filter.with(PostFilter.AUTHOR, null);
    }

    /** Whether the signed-in user sees individual posts: analysts and admins, not leadership alone. */
    public boolean showsPosts() {
        return user.readsPosts();
    }

    /** The default filter: the last week up to today, WITA. */
    public PostFilter defaultFilter() {
        return PostFilter.lastWeek(clock);
    }

    Clock clock() {
        return clock;
    }
}

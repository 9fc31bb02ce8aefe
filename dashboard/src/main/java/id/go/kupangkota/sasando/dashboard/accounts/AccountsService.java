package id.go.kupangkota.sasando.dashboard.accounts;

import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Top accounts and their mention network. */
@Service
public class AccountsService {
    static final int TOP_ACCOUNTS = 30;
    static final int MENTIONS_PER_ACCOUNT = 5;

    private final AccountsRepository repository;
    private final Clock clock;

    AccountsService(AccountsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public AccountsData load(PostFilter filter) {
        return repository.load(filter, TOP_ACCOUNTS, MENTIONS_PER_ACCOUNT);
    }

    Clock clock() {
        return clock;
    }
}

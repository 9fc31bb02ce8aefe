package id.go.kupangkota.sasando.dashboard.users;

import id.go.kupangkota.sasando.dashboard.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Users that exist from the first start: the admin named by {@code SASANDO_ADMIN_USER} /
 * {@code SASANDO_ADMIN_PASSWORD} (there is no default password), and with the {@code demo} profile
 * three demo users whose passwords are printed to the log.
 */
@Component
class InitialUsers implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    /** Demo accounts: username, role, password. Only ever created under the demo profile. */
    record DemoUser(String username, String role, String password) {
    }

    static final List<DemoUser> DEMO = List.of(
            new DemoUser("analis", Roles.ANALYST, "analis-demo"),
            new DemoUser("pimpinan", Roles.LEADERSHIP, "pimpinan-demo"),
            new DemoUser("admin", Roles.ADMIN, "admin-demo"));

    private final UserService users;
    private final Environment env;

    InitialUsers(UserService users, Environment env) {
        this.users = users;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        String admin = env.getProperty("SASANDO_ADMIN_USER");
        String password = env.getProperty("SASANDO_ADMIN_PASSWORD");
        if (admin != null && !admin.isBlank() && users.find(admin).isEmpty()) {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("SASANDO_ADMIN_USER is set but SASANDO_ADMIN_PASSWORD is not");
            }
            users.save(admin, admin, password, List.of(Roles.ADMIN));
            log.info("created admin user {} from SASANDO_ADMIN_USER", admin);
        }
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            for (DemoUser d : DEMO) {
                if (users.find(d.username()).isEmpty()) {
                    users.save(d.username(), d.username(), d.password(), List.of(d.role()));
                }
                log.warn("DEMO user {} ({}) password: {}", d.username(), d.role(), d.password());
            }
        } else if (!users.anyUser()) {
            log.warn("no dashboard users yet: set SASANDO_ADMIN_USER and SASANDO_ADMIN_PASSWORD, or run with the demo profile");
        }
    }
}

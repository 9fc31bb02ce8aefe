package id.go.kupangkota.sasando.dashboard.users;

import java.time.Instant;
import java.util.List;

/** A dashboard user, stored under its username. The password is only ever held as a BCrypt hash. */
public record UserAccount(String username, String displayName, String passwordHash, List<String> roles,
                          boolean enabled, Instant createdAt, Instant updatedAt) {
    public UserAccount {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}

package id.go.kupangkota.sasando.dashboard.base.security;

import java.util.List;

/**
 * The dashboard's roles. Analysts see everything analytical; leadership sees the overview and the
 * reports; admins manage users and watchlists and may see everything. Spring authorities carry the
 * {@code ROLE_} prefix; {@code @RolesAllowed} takes the bare names below.
 */
public final class Roles {
    private Roles() {
    }

    public static final String ANALYST = "ANALYST";
    public static final String LEADERSHIP = "LEADERSHIP";
    public static final String ADMIN = "ADMIN";
    public static final List<String> ALL = List.of(ANALYST, LEADERSHIP, ADMIN);
}

package org.ansoplatform.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads, as far as a module's access rules need to know: the person (null for a visitor) and the roles
 * they hold (names of accounts' roles, for example {@code SECRETARIAT}). Built by the platform from the signed-in
 * principal; the system (jobs, the annual report's freezing) reads as {@link #system()}, which sees everything ({@code everything}).
 */
public record Reader(UUID personId, Set<String> roles, boolean everything) {

    public static final String PUBLIC = "public";

    public Reader {
        roles = Set.copyOf(roles);
    }

    public static Reader anonymous() {
        return new Reader(null, Set.of(), false);
    }

    public static Reader person(UUID personId, Set<String> roles) {
        return new Reader(personId, roles, false);
    }

    public static Reader system() {
        return new Reader(null, Set.of(), true);
    }

    public boolean hasRole(String role) {
        return everything || roles.contains(role);
    }

    public boolean signedIn() {
        return personId != null;
    }

    /**
     * The audience tokens this reader belongs to, matched against the tokens a record carries (search keeps
     * them with each document and filters in the query): {@code public}, {@code signed-in},
     * {@code role:NAME} per role and {@code person:ID}. The system belongs to every audience and is
     * handled by callers without tokens.
     */
    public Set<String> audience() {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(PUBLIC);
        if (personId != null) {
            tokens.add("signed-in");
            tokens.add(personToken(personId));
        }
        roles.forEach(role -> tokens.add(roleToken(role)));
        return tokens;
    }

    public static String roleToken(String role) {
        return "role:" + role;
    }

    public static String personToken(UUID personId) {
        return "person:" + personId;
    }
}

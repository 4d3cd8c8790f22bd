package org.ansoplatform.platform;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * A module's contribution to the one security filter chain, declared as a bean next to the pages it
 * concerns. Path prefixes already carry the common roles ({@code /secretariat/**}, {@code /admin/**},
 * {@code /reviewer/**}, {@code /representative/**}, {@code /board/**} and their {@code /api/v1/...}
 * twins); rules here open a path to everyone or ask a role for a path outside those prefixes. Role rules
 * are applied before public ones, and anything matched by neither needs a signed-in person.
 *
 * @param method the HTTP method, or null for all
 * @param role   the role required, or null for a public path
 * @param others further roles any of which is enough as well (finance's pages are read by three roles)
 */
public record AccessRule(HttpMethod method, String role, List<String> patterns, List<String> others) {

    public AccessRule(HttpMethod method, String role, List<String> patterns) {
        this(method, role, patterns, List.of());
    }

    public AccessRule {
        patterns = List.copyOf(patterns);
        others = List.copyOf(others);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("an access rule needs at least one path pattern");
        }
    }

    /** Open to everyone, whatever the method. */
    public static AccessRule open(String... patterns) {
        return new AccessRule(null, null, List.of(patterns));
    }

    /** Open to everyone for reading. */
    public static AccessRule openForGet(String... patterns) {
        return new AccessRule(HttpMethod.GET, null, List.of(patterns));
    }

    /** Needs {@code role} for {@code method} (null: every method). */
    public static AccessRule role(String role, HttpMethod method, String... patterns) {
        return new AccessRule(method, role, List.of(patterns));
    }

    /** Needs any of {@code roles} for {@code method} (null: every method). */
    public static AccessRule anyRole(List<String> roles, HttpMethod method, String... patterns) {
        return new AccessRule(method, roles.get(0), List.of(patterns), roles.subList(1, roles.size()));
    }

    /** The role required and the others that are enough as well. */
    public List<String> roles() {
        List<String> roles = new java.util.ArrayList<>();
        roles.add(role);
        roles.addAll(others);
        return roles;
    }

    public boolean isPublic() {
        return role == null;
    }
}

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
 */
public record AccessRule(HttpMethod method, String role, List<String> patterns) {

    public AccessRule {
        patterns = List.copyOf(patterns);
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

    public boolean isPublic() {
        return role == null;
    }
}

package org.ansoplatform.calls.eligibility;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Rule fields hold sorted, unmodifiable sets, so that JSON, descriptions and equality are stable. */
final class Sets {

    private Sets() {
    }

    static Set<String> sorted(Set<String> values) {
        TreeSet<String> sorted = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                sorted.add(Objects.requireNonNull(value, "set element").strip());
            }
        }
        return Collections.unmodifiableSet(sorted);
    }

    static Set<String> sortedUpper(Set<String> values) {
        TreeSet<String> sorted = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                sorted.add(Objects.requireNonNull(value, "set element").strip().toUpperCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(sorted);
    }
}

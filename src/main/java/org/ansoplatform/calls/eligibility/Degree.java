package org.ansoplatform.calls.eligibility;

/** Academic degrees in increasing order: a rule asking for a degree is met by it and by every later one. */
public enum Degree {
    BACHELOR,
    MASTER,
    DOCTORATE;

    /** True when this degree is the same as or higher than {@code required}. */
    public boolean atLeast(Degree required) {
        return compareTo(required) >= 0;
    }
}

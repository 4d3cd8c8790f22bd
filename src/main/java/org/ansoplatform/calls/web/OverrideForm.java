package org.ansoplatform.calls.web;

/**
 * The Secretariat marks one submitted application eligible or not, against the rules; the service requires
 * the reason (a few words, at most 2,000 characters) and refuses it on its field.
 */
public record OverrideForm(Boolean eligible, String reason) {

    static OverrideForm empty() {
        return new OverrideForm(null, "");
    }

    boolean markedEligible() {
        return Boolean.TRUE.equals(eligible);
    }
}

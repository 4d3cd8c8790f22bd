package org.ansoplatform.calls.web;

/**
 * The Secretariat marks one submitted application eligible or not, against the rules; the service requires
 * the internal reason (a few words, at most 2,000 characters) and refuses it on its field. The note for the
 * applicant is optional and the only part of the override they read.
 */
public record OverrideForm(Boolean eligible, String reason, String applicantNote) {

    static OverrideForm empty() {
        return new OverrideForm(null, "", "");
    }

    boolean markedEligible() {
        return Boolean.TRUE.equals(eligible);
    }
}

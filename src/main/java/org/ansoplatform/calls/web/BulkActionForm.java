package org.ansoplatform.calls.web;

import java.util.List;
import java.util.UUID;

/**
 * What the Secretariat does to the applications it ticked on a call's list: one eligibility override with its
 * internal reason and optional note to the applicants for all, or one message to each applicant.
 */
public record BulkActionForm(List<UUID> selected, Boolean eligible, String reason, String applicantNote, String subject,
        String body) {

    static BulkActionForm empty() {
        return new BulkActionForm(List.of(), false, null, null, null, null);
    }

    public List<UUID> ticked() {
        return selected == null ? List.of() : selected;
    }
}

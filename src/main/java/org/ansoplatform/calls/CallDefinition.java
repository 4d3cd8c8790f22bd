package org.ansoplatform.calls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.shared.LocalizedText;

/**
 * Everything a call says, as the Secretariat writes it: opening and closing are local times in the call's
 * zone (the instant is what decides), eligibility is the rules' JSON (see docs/eligibility.md).
 * {@code reopenBeforeDeadline}: whether an applicant may take a submitted application back to draft while
 * the call is still open.
 */
public record CallDefinition(String programmeCode, String code, String referencePrefix, LocalizedText title,
        LocalizedText description, ZoneId zone, LocalDateTime opens, LocalDateTime closes, CallStatus status,
        int refereeCount, int nominationQuota, List<Track> tracks, List<Host> hosts, ApplicationForm form,
        @Schema(implementation = java.util.Map[].class, requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The call's eligibility rules as JSON objects, each with its type (docs/eligibility.md)")
        @com.fasterxml.jackson.annotation.JsonRawValue String eligibility, Boolean reopenBeforeDeadline) {

    public CallDefinition {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        form = form == null ? ApplicationForm.empty() : form;
        eligibility = eligibility == null || eligibility.isBlank() ? "[]" : eligibility;
        reopenBeforeDeadline = Boolean.TRUE.equals(reopenBeforeDeadline);
    }

    /** A call whose submitted applications stay submitted (the default). */
    public CallDefinition(String programmeCode, String code, String referencePrefix, LocalizedText title, LocalizedText description,
            ZoneId zone, LocalDateTime opens, LocalDateTime closes, CallStatus status, int refereeCount, int nominationQuota,
            List<Track> tracks, List<Host> hosts, ApplicationForm form, String eligibility) {
        this(programmeCode, code, referencePrefix, title, description, zone, opens, closes, status, refereeCount, nominationQuota,
                tracks, hosts, form, eligibility, false);
    }

    public Instant opensAt() {
        return opens.atZone(zone).toInstant();
    }

    public Instant closesAt() {
        return closes.atZone(zone).toInstant();
    }
}

package org.ansoplatform.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;

/**
 * A project as the Secretariat and the module's other parts read it. {@code callId} and {@code applicationId} name
 * the award behind it; both are null for a project entered directly.
 */
public record ProjectView(UUID id, String code, String acronym, LocalizedText title, LocalizedText summary,
        ProjectStatus status, LocalDate startDate, LocalDate endDate, UUID callId, UUID applicationId,
        String programmeCode, Money granted, ReportSchedule reportSchedule, boolean published, boolean illustrative,
        List<Integer> sdgs, List<ProjectTheme> themes, Instant createdAt, Instant updatedAt, int version) {

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String summary(Locale locale) {
        return summary.in(locale);
    }

    /** A partner institution as it was when it joined, with its team. */
    public record Partner(UUID id, int position, UUID organizationId, String name, String country, PartnerRole role,
            List<Member> members) {
    }

    /** A person of a partner's team; {@code personId} links their account where they have one. */
    public record Member(UUID id, UUID partnerId, UUID personId, String name, String email, String orcid,
            MemberRole role) {
    }

    /** One step of the project's status history; {@code from} is null for the status it was created with. */
    public record StatusChange(ProjectStatus from, ProjectStatus to, String reason, String actorName, Instant at) {
    }
}

package org.ansoplatform.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;

/**
 * A project as its public page, the directory and the JSON API show it: never an email address, never money.
 * {@code published} false means only the Secretariat and the project's own team may read it.
 */
public record PublicProject(UUID id, String code, String acronym, LocalizedText title, LocalizedText summary,
        ProjectStatus status, LocalDate startDate, LocalDate endDate, UUID callId, String programmeCode,
        boolean published, boolean illustrative, List<Integer> sdgs, List<ProjectTheme> themes, List<Partner> partners,
        Instant updatedAt) {

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String summary(Locale locale) {
        return summary.isEmpty() ? null : summary.in(locale);
    }

    /** The partners' countries, the lead's first, each once. */
    public List<String> countries() {
        return partners.stream().map(Partner::country).distinct().toList();
    }

    public Partner lead() {
        return partners.stream().filter(partner -> partner.role() == PartnerRole.LEAD).findFirst().orElse(null);
    }

    /** The principal investigator, or null. */
    public Member principalInvestigator() {
        return partners.stream().flatMap(partner -> partner.members().stream())
                .filter(member -> member.role() == MemberRole.PRINCIPAL_INVESTIGATOR).findFirst().orElse(null);
    }

    /** A partner institution as it was when it joined, with its ROR id from the directory where it has one. */
    public record Partner(UUID id, UUID organizationId, String name, String country, PartnerRole role, String rorId,
            List<Member> members) {

        public String rorUrl() {
            return rorId == null ? null : "https://ror.org/" + rorId;
        }

        public String countryName(Locale locale) {
            return CountryCode.name(country, locale);
        }
    }

    /** A member of a partner's team: name, role and ORCID iD only. */
    public record Member(String name, String orcid, MemberRole role) {

        public String orcidUrl() {
            return orcid == null ? null : "https://orcid.org/" + orcid;
        }
    }

    /** One line of the directory. */
    public record Card(UUID id, String code, String acronym, LocalizedText title, ProjectStatus status,
            LocalDate startDate, LocalDate endDate, String lead, List<String> countries, List<Integer> sdgs,
            boolean published, boolean illustrative) {

        public String title(Locale locale) {
            return title.in(locale);
        }
    }

    /** An output; {@code recordRef} names the record where it lives in another module (a meeting, a dataset). */
    public record Output(UUID id, UUID projectId, OutputKind kind, LocalizedText title, LocalizedText description,
            LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, String recordRef, String doi, String url,
            Integer beneficiaries, Integer places, boolean published, boolean illustrative, List<Trainees> trainees,
            List<String> countries) {

        public String title(Locale locale) {
            return title.in(locale);
        }

        public String description(Locale locale) {
            return description.isEmpty() ? null : description.in(locale);
        }

        public int traineeTotal() {
            return trainees.stream().mapToInt(Trainees::count).sum();
        }
    }

    /** People trained by an output in one country and of one gender. */
    public record Trainees(String country, Gender gender, int count) {
    }

    /** A progress report's public part: its period, status and narrative. */
    public record Report(UUID id, UUID projectId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
            ReportStatus status, String narrative, boolean published, Instant decidedAt) {
    }
}

package org.ansoplatform.projects.demo;

import java.time.LocalDate;
import java.util.List;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;

/**
 * {@code demo/projects/cooperation-projects.json} as read. {@code source} and {@code note} fields quote the seeds
 * or say what is illustrative; they document the file and are not stored.
 */
record DemoProjectsFile(String about, List<Institution> institutions, List<Meeting> meetings, List<Project> projects) {

    /** An institution the directory may lack; registered as a partner of ANSO when it does. */
    record Institution(String name, String originalName, String country, OrganizationType type, boolean illustrative,
            String source) {
    }

    /** A meeting the seeds mention without a date, created with illustrative dates. */
    record Meeting(MeetingKind kind, LocalDate start, LocalDate end, String timeZone, MeetingMode mode,
            List<String> organizers, List<Integer> themes, LocalizedText title, LocalizedText description) {
    }

    record Project(String code, String acronym, String programmeCode, ProjectStatus status, LocalDate start, LocalDate end,
            String currency, ReportSchedule reportSchedule, List<Integer> sdgs, List<ProjectTheme> themes,
            boolean illustrative, String note, LocalizedText title, LocalizedText summary, List<Step> history,
            List<Partner> partners, List<BudgetLine> budget, List<Milestone> milestones, List<Output> outputs) {
    }

    /** A status the project had, since when and why. */
    record Step(ProjectStatus status, LocalDate on, String reason) {
    }

    /** A partner institution, named exactly as the directory names it. */
    record Partner(String organization, PartnerRole role, List<Member> team) {
    }

    record Member(String name, MemberRole role) {
    }

    record BudgetLine(int year, BudgetCategory category, String amount) {
    }

    record Milestone(MilestoneKind kind, String workPackage, LocalDate due, LocalDate achieved, LocalizedText title) {
    }

    /** An output; {@code meeting} finds the meetings module's record it links by kind, English title and first day. */
    record Output(OutputKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, boolean illustrative,
            MeetingRef meeting, Integer beneficiaries, Integer places, List<String> countries, List<Trainees> trainees,
            String source, LocalizedText title, LocalizedText description) {

        Output {
            countries = countries == null ? List.of() : countries;
            trainees = trainees == null ? List.of() : trainees;
            description = description == null ? new LocalizedText(null) : description;
        }
    }

    record MeetingRef(MeetingKind kind, String title, LocalDate start) {
    }

    /** People trained from a country; the seeds never give their gender. */
    record Trainees(String country, Gender gender, int count) {

        Trainees {
            gender = gender == null ? Gender.UNKNOWN : gender;
        }
    }
}

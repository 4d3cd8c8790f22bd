package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An applicant the Board endorsed is not a member until the Assembly approves it: it neither votes nor stands. */
class EndorsedApplicantTests extends IntegrationTest {

    @Autowired MandateQueries mandates;
    @Autowired MembershipQueries membership;
    @Autowired MembershipApplicationStore applications;
    @Autowired OrganizationQueries directory;
    @Autowired OrganizationManagement organizations;
    @Autowired SessionManagement sessions;
    @Autowired ElectionManagement elections;
    @Autowired MotionManagement motions;
    @Autowired VotingQueries votes;

    OrganizationView named(String name) {
        return directory.search(new OrganizationQueries.Filter(name, null, null, null), new PageRequest(0, 5)).items()
                .stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theApplicationsEndorsedOnNineOctober2021AreApplicantsNotMembers() {
        OrganizationView cuba = named("Cuban Academy of Sciences");
        assertThat(cuba.status()).isEqualTo(OrganizationStatus.APPLICANT);
        assertThat(membership.list(ApplicationState.ENDORSED)).extracting(ApplicationView::organizationId).contains(cuba.id());
        assertThat(mandates.electorate(Body.ASSEMBLY)).doesNotContain(cuba.id()).isNotEmpty();
        assertThat(mandates.members()).extracting(OrganizationView::name)
                .doesNotContain("Cuban Academy of Sciences", "Universiti Tunku Abdul Rahman (UTAR)");
    }

    @Test
    void anEndorsedApplicantIsNeverEntitledNorACandidateNorInAnAttendanceListWhateverTheDirectorySays() {
        // a directory entry marked member by mistake, with the application still awaiting the Assembly
        UUID member = TestMembers.create(organizations, new OrganizationCommand("Zz test true member " + UUID.randomUUID(),
                null, "KE", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
        UUID applicant = TestMembers.create(organizations, new OrganizationCommand("Zz test endorsed applicant " + UUID.randomUUID(),
                null, "KE", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
        Instant now = Instant.now();
        applications.insert(new ApplicationView(UUID.randomUUID(), UUID.randomUUID(), "Zz endorsed applicant", null, "KE",
                OrganizationType.ACADEMY, null, "Contact", "contact@example.net", "Motivation", List.of(),
                ApplicationState.ENDORSED, applicant, null, null, null, now, now));

        assertThat(mandates.electorate(Body.ASSEMBLY)).contains(member).doesNotContain(applicant);
        assertThat(mandates.members()).extracting(OrganizationView::id).contains(member).doesNotContain(applicant);

        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly without applicants",
                LocalDateTime.of(2026, 12, 20, 10, 0), "UTC", SessionMode.ONLINE, null));
        assertThatThrownBy(() -> sessions.setAttendance(assembly, applicant, true))
                .hasMessageContaining("governance.error.applicantNotMember");
        sessions.setAttendance(assembly, member, true);
        assertThatThrownBy(() -> elections.create(new ElectionCommand(assembly, "Board election", 1, null, List.of(applicant))))
                .hasMessageContaining("governance.error.candidateNotMember");

        UUID motion = motions.create(new MotionCommand(assembly, null, "Admit someone", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, false, 0, null, SubjectType.OTHER, null));
        motions.open(motion);
        assertThat(votes.openMotionsFor(applicant)).extracting(MotionView::id).doesNotContain(motion);
        assertThat(votes.openMotionsFor(member)).extracting(MotionView::id).contains(motion);
    }
}

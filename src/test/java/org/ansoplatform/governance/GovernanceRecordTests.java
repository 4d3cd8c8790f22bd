package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The record reads right: officers and Boards take office when the decision says, and "by decision" leads to it. */
class GovernanceRecordTests extends IntegrationTest {

    @Autowired SessionManagement sessions;
    @Autowired ElectionManagement elections;
    @Autowired DelegateManagement delegates;
    @Autowired MandateQueries mandates;
    @Autowired OrganizationManagement organizations;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerAppointedFromALaterDayReplacesThePredecessorOnlyFromThatDay() {
        LocalDate today = LocalDate.now(clock);
        Actor platform = Actor.system(clock.instant());
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Board appointing a director",
                today.plusDays(30).atTime(10, 0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED, platform);
        String name = "Zz Director " + UUID.randomUUID().toString().substring(0, 6);
        UUID decision = sessions.recordDecision(board, new DecisionCommand("The Board appoints a new Executive Director.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.OFFICE, null, null, null,
                new Appointment(Office.EXECUTIVE_DIRECTOR, name, null, null)), platform);

        List<OfficerView> directors = directors();
        assertThat(directors).hasSize(1);
        assertThat(directors.get(0).name()).isNotEqualTo(name);
        assertThat(directors.get(0).termEnd()).isEqualTo(today.plusDays(29));

        clock.advance(Duration.ofDays(31));
        assertThat(directors()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo(name);
            assertThat(o.termStart()).isEqualTo(today.plusDays(30));
            assertThat(o.decidedBy()).isEqualTo(decision);
        });
    }

    @Test
    void aBoardElectedByDecisionGetsTheMandateTheDecisionGivesAndByDecisionLinksToIt() throws Exception {
        LocalDate day = LocalDate.now(clock);
        Actor platform = Actor.system(clock.instant());
        UUID candidate = TestMembers.create(organizations, new OrganizationCommand("Zz elected academy " + UUID.randomUUID(),
                null, "PK", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
        UUID delegate = UUID.randomUUID();
        delegates.appoint(delegate, candidate, platform);
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly electing a Board", day.atTime(0, 0),
                "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED, platform);
        UUID election = elections.create(new ElectionCommand(assembly, "Election with a mandate", 1, null, List.of(candidate)));
        elections.open(election);
        var person = new SecretBallotTests.Representative(delegate, delegate + "@example.net", "Delegate");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
        elections.cast(election, List.of(candidateId(election)));
        SecurityContextHolder.clearContext();
        elections.close(election);
        elections.publish(election);

        assertThatThrownBy(() -> sessions.recordDecision(assembly, new DecisionCommand("Elected.", Outcome.ADOPTED_BY_VOTE,
                SubjectType.ELECTION, election, null, day.minusDays(1), null), platform))
                .hasMessageContaining("governance.error.termEnd");
        LocalDate end = day.plusYears(4);
        UUID decision = sessions.recordDecision(assembly, new DecisionCommand("The Assembly elects the Board until " + end + ".",
                Outcome.ADOPTED_BY_VOTE, SubjectType.ELECTION, election, null, end, null), platform);

        assertThat(mandates.seats(Body.BOARD)).singleElement().satisfies(seat -> {
            assertThat(seat.organizationId()).isEqualTo(candidate);
            assertThat(seat.termStart()).isEqualTo(day);
            assertThat(seat.termEnd()).isEqualTo(end);
        });
        assertThat(mandates.mandates()).filteredOn(m -> decision.equals(m.decidedBy())).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo(Body.BOARD);
            assertThat(m.termStart()).isEqualTo(day);
            assertThat(m.termEnd()).isEqualTo(end);
        });
        assertThat(mandates.mandates()).filteredOn(m -> m.body() == Body.BOARD && !decision.equals(m.decidedBy()))
                .allSatisfy(m -> assertThat(m.termEnd()).isBefore(day));

        String overview = mvc.perform(get("/governance").locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).contains("href=\"/governance/decisions/" + decision + "\"");
        var link = mvc.perform(get("/governance/decisions/" + decision)).andReturn().getResponse();
        assertThat(link.getRedirectedUrl()).isEqualTo("/governance/sessions/" + assembly + "#decision-" + decision);
        assertThat(mvc.perform(get("/governance/sessions/" + assembly).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"decision-" + decision + "\"");
        assertThat(mvc.perform(get("/governance/decisions/" + UUID.randomUUID())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Autowired VotingQueries votes;

    private UUID candidateId(UUID election) {
        return votes.election(election).candidates().get(0).id();
    }

    private List<OfficerView> directors() {
        return mandates.officers().stream().filter(o -> o.office() == Office.EXECUTIVE_DIRECTOR).toList();
    }
}

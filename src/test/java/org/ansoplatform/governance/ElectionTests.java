package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Assembly elects the Board by secret ballot; the adopted result, and only that, changes the Board's seats. */
class ElectionTests extends IntegrationTest {

    @Autowired ElectionManagement elections;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired SessionQueries sessionQueries;
    @Autowired MandateQueries mandates;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired OrganizationManagement organizations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(UUID personId) {
        var person = new SecretBallotTests.Representative(personId, personId + "@example.net", "Delegate");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
    }

    UUID member(String name) {
        return TestMembers.create(organizations, new OrganizationCommand(name + " " + UUID.randomUUID(), null, "PK",
                OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
    }

    @Test
    void theMostVotedCandidatesTakeTheSeatsThroughAnAssemblyDecision() {
        List<UUID> candidates = List.of(member("Zz test candidate A"), member("Zz test candidate B"), member("Zz test candidate C"));
        List<UUID> voters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID person = UUID.randomUUID();
            delegates.appoint(person, i < 3 ? candidates.get(i) : member("Zz test voter"), Actor.system(java.time.Instant.now()));
            voters.add(person);
        }
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Electing Assembly",
                LocalDateTime.of(2026, 11, 20, 10, 0), "UTC", SessionMode.HYBRID, "Beijing"));
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Board cannot elect",
                LocalDateTime.of(2026, 11, 20, 10, 0), "UTC", SessionMode.ONLINE, null));
        assertThatThrownBy(() -> elections.create(new ElectionCommand(board, "Wrong body", 2, null, candidates)))
                .hasMessageContaining("governance.error.electionNeedsAssembly");
        UUID election = elections.create(new ElectionCommand(assembly, "Election of the Governing Board", 2, null,
                candidates));
        List<UUID> ids = votes.election(election).candidates().stream()
                .sorted(java.util.Comparator.comparing(CandidateView::organizationName))
                .map(CandidateView::id).toList();
        elections.open(election);

        actAs(voters.get(0));
        assertThatThrownBy(() -> elections.cast(election, ids))
                .hasMessageContaining("governance.error.tooManyChoices");
        assertThatThrownBy(() -> elections.cast(election, List.of(ids.get(0), ids.get(0))))
                .hasMessageContaining("governance.error.tooManyChoices");
        elections.cast(election, List.of(ids.get(0), ids.get(1)));
        assertThatThrownBy(() -> elections.cast(election, List.of(ids.get(2))))
                .hasMessageContaining("governance.error.alreadyVoted");
        actAs(voters.get(1));
        elections.cast(election, List.of(ids.get(0), ids.get(1)));
        actAs(voters.get(2));
        elections.cast(election, List.of(ids.get(2), ids.get(0)));
        actAs(voters.get(3));
        elections.cast(election, List.of(ids.get(1)));
        SecurityContextHolder.clearContext();

        // the result is not public before publication, and cannot change the Board yet
        assertThat(votes.publishedElection(election).candidates()).allSatisfy(c -> assertThat(c.votes()).isNull());
        elections.close(election);
        assertThatThrownBy(() -> sessions.recordDecision(assembly, new DecisionCommand("Elected.",
                Outcome.ADOPTED_BY_VOTE, SubjectType.ELECTION, election, null, null)))
                .hasMessageContaining("governance.error.motionNotPublished");
        elections.publish(election);

        ElectionView result = votes.publishedElection(election);
        assertThat(result.ballots()).isEqualTo(4);
        assertThat(result.candidates()).extracting(CandidateView::votes).containsExactly(3, 3, 1);
        assertThat(result.candidates()).extracting(CandidateView::elected).containsExactly(true, true, false);
        assertThat(jdbc.sql("select count(*) from governance.election_ballot where election_id = :e").param("e", election)
                .query(Long.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select count(distinct xmin::text) from governance.election_ballot where election_id = :e")
                .param("e", election).query(Long.class).single()).isEqualTo(1);

        sessions.recordDecision(assembly, new DecisionCommand("The Assembly elects the new Governing Board.",
                Outcome.ADOPTED_BY_VOTE, SubjectType.ELECTION, election, null, null));
        assertThat(mandates.seated(Body.BOARD)).containsExactlyInAnyOrder(candidates.get(0), candidates.get(1));
        assertThat(mandates.seats(Body.BOARD)).extracting(SeatView::termStart)
                .containsOnly(java.time.LocalDate.of(2026, 11, 20));
    }
}

package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Quorum on members present, the majority rules, and a delegate giving a proxy from the votes page. */
class VotingRulesTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired SessionQueries sessionQueries;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired OrganizationManagement organizations;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(UUID personId) {
        var person = new SecretBallotTests.Representative(personId, personId + "@example.net", "Delegate");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
    }

    record Member(UUID organization, UUID delegate) {
    }

    Member member() {
        UUID organization = TestMembers.create(organizations, new OrganizationCommand("Zz test rules academy " + UUID.randomUUID(), null,
                "NP", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
        UUID person = UUID.randomUUID();
        delegates.appoint(person, organization, Actor.system(java.time.Instant.now()));
        return new Member(organization, person);
    }

    @Test
    void quorumOnMembersPresentAndTwoThirdsDecideTheOutcome() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(member());
        }
        UUID session = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly with attendance",
                LocalDateTime.of(2026, 9, 1, 10, 0), "UTC", SessionMode.ON_SITE, "Beijing"));
        members.forEach(m -> sessions.setAttendance(session, m.organization(), true));
        // a quorum of 75% of the 4 present: 2 ballots are not enough, whatever they say
        UUID noQuorum = voting.create(new MotionCommand(session, null, "Needs three", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.PRESENT, 75, false, 0, null, SubjectType.OTHER, null));
        // two thirds of 3 ballots: 2 yes, 1 no is adopted; simple majority with 1 yes, 1 no, 1 abstention is not
        UUID twoThirds = voting.create(new MotionCommand(session, null, "Two thirds", null, VotingRule.TWO_THIRDS,
                QuorumBasis.PRESENT, 75, false, 0, null, SubjectType.OTHER, null));
        UUID tie = voting.create(new MotionCommand(session, null, "Tie", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.PRESENT, 75, false, 0, null, SubjectType.OTHER, null));
        List.of(noQuorum, twoThirds, tie).forEach(voting::open);

        actAs(members.get(0).delegate());
        voting.cast(noQuorum, Choice.YES, null);
        voting.cast(twoThirds, Choice.YES, null);
        voting.cast(tie, Choice.YES, null);
        actAs(members.get(1).delegate());
        voting.cast(noQuorum, Choice.YES, null);
        voting.cast(twoThirds, Choice.YES, null);
        voting.cast(tie, Choice.NO, null);
        actAs(members.get(2).delegate());
        voting.cast(twoThirds, Choice.NO, null);
        voting.cast(tie, Choice.ABSTAIN, null);
        SecurityContextHolder.clearContext();
        List.of(noQuorum, twoThirds, tie).forEach(voting::close);

        assertThat(votes.motion(noQuorum).present()).isEqualTo(4);
        assertThat(votes.motion(noQuorum).quorumReached()).isFalse();
        assertThat(votes.motion(noQuorum).adopted()).isFalse();
        assertThat(votes.motion(twoThirds).quorumReached()).isTrue();
        assertThat(votes.motion(twoThirds).adopted()).isTrue();
        assertThat(votes.motion(tie).adopted()).isFalse();
        // results stay private until published; open ballots show who chose what to the Secretariat
        assertThat(votes.publishedMotion(twoThirds).yes()).isNull();
        voting.publish(twoThirds);
        assertThat(votes.publishedMotion(twoThirds).yes()).isEqualTo(2);
        assertThat(votes.participation(twoThirds)).extracting(ParticipationView::choice)
                .containsExactlyInAnyOrder(Choice.YES, Choice.YES, Choice.NO);
        assertThatThrownBy(() -> voting.close(twoThirds)).hasMessageContaining("governance.error.motionState");
    }

    @Test
    void theDemoRepresentativeGivesAProxyFromTheVotesPage() throws Exception {
        Member holder = member();
        UUID motion = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Proxy from the page", null,
                VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED, 0, true, 1, null, SubjectType.OTHER, null));
        voting.open(motion);
        var representative = people.loadUserByUsername("representative@example.org");
        var answer = mvc.perform(post("/representative/votes/" + motion + "/proxy").param("holder", holder.organization().toString())
                .with(user(representative)).with(csrf())).andReturn().getResponse();
        assertThat(answer.getRedirectedUrl()).isEqualTo("/representative/votes");
        UUID pas = delegateQueries.organizationOf(((org.ansoplatform.platform.SignedInPerson) representative).id()).orElseThrow();
        assertThat(votes.proxiesHeldBy(motion, holder.organization())).containsExactly(pas);

        actAs(holder.delegate());
        voting.cast(motion, Choice.YES, pas);
        SecurityContextHolder.clearContext();
        var late = mvc.perform(post("/representative/votes/" + motion).param("choice", "NO").with(user(representative))
                .with(csrf()).locale(java.util.Locale.ENGLISH)).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(late.getContentAsString()).contains("already voted");
    }
}

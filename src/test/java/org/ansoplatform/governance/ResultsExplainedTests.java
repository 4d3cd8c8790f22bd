package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A published result says why it is what it is: quorum with its figures, turnout, rule, and the roll-call of an open ballot. */
class ResultsExplainedTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired DelegateManagement delegates;
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

    String page(String email, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAssemblyVoteThatFailsItsQuorumSaysSoWithTheFiguresAndItsRollCall() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> organizationIds = new ArrayList<>();
        List<UUID> delegateIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            organizationIds.add(TestMembers.create(organizations, new OrganizationCommand("Zz quorum academy " + i + " " + suffix,
                    null, "NP", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null)));
            UUID person = UUID.randomUUID();
            delegates.appoint(person, organizationIds.get(i), Actor.system(java.time.Instant.now()));
            delegateIds.add(person);
        }
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly short of its quorum " + suffix,
                LocalDateTime.of(2026, 9, 1, 10, 0), "UTC", SessionMode.ONLINE, null));
        organizationIds.forEach(o -> sessions.setAttendance(assembly, o, true));
        UUID motion = voting.create(new MotionCommand(assembly, null, "Needs three of four", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.PRESENT, 75, false, 0, null, SubjectType.OTHER, null));
        voting.open(motion);
        actAs(delegateIds.get(0));
        voting.cast(motion, Choice.YES, null);
        actAs(delegateIds.get(1));
        voting.cast(motion, Choice.NO, null);
        SecurityContextHolder.clearContext();
        voting.close(motion);
        voting.publish(motion);
        int entitled = votes.motion(motion).entitled();

        for (String[] visit : new String[][] {{null, "/governance/sessions/" + assembly},
                {"secretariat@example.org", "/secretariat/governance/sessions/" + assembly}}) {
            String html = page(visit[0], visit[1]);
            assertThat(html).as(visit[1]).contains("not adopted", "the quorum was not reached",
                    "Quorum: 75% of the members present (4), so 3 ballots were needed; 2 were cast",
                    "Entitled to vote: " + entitled + " · present: 4 · ballots cast: 2 · turnout: "
                            + Math.round(200.0 / entitled) + "%",
                    "Rule: Simple majority", "Roll-call", "Zz quorum academy 0 " + suffix + "</span>: <span>Yes",
                    "Zz quorum academy 1 " + suffix + "</span>: <span>No");
        }
    }
}

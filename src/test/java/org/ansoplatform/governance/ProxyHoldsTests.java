package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A proxy holds: the giver's delegate sees whom the vote went to and cannot cast it; the holder votes for both. */
class ProxyHoldsTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired OrganizationManagement organizations;
    @Autowired OrganizationQueries directory;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDelegateWhoGaveAProxyCannotVoteAndTheHolderVotesForBoth() throws Exception {
        String holderName = "Zz proxy holder academy " + UUID.randomUUID().toString().substring(0, 6);
        UUID holder = TestMembers.create(organizations, new OrganizationCommand(holderName, null, "NP",
                OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
        UUID holderDelegate = UUID.randomUUID();
        delegates.appoint(holderDelegate, holder, Actor.system(java.time.Instant.now()));
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly with proxies",
                LocalDateTime.of(2026, 12, 28, 9, 0), "Asia/Shanghai", SessionMode.ONLINE, null));
        UUID motion = voting.create(new MotionCommand(assembly, null, "Proxy that holds", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, false, 1, null, SubjectType.OTHER, null));
        voting.open(motion);

        UserDetails representative = people.loadUserByUsername("representative@example.org");
        UUID pas = delegateQueries.organizationOf(((SignedInPerson) representative).id()).orElseThrow();
        String before = page(representative);
        assertThat(before).contains("Assembly with proxies", "2026-12-28 09:00 (Asia/Shanghai)");
        MockHttpServletResponse given = mvc.perform(post("/representative/votes/" + motion + "/proxy")
                .param("holder", holder.toString()).with(user(representative)).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(given.getRedirectedUrl()).as(given.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("/representative/votes");

        String after = page(representative);
        String card = after.substring(after.indexOf("data-motion=\"" + motion + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("Your organization gave its vote to " + holderName).doesNotContain("name=\"choice\"");
        MockHttpServletResponse refused = mvc.perform(post("/representative/votes/" + motion).param("choice", "NO")
                .with(user(representative)).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("gave its vote on this motion");
        assertThat(votes.votedOnMotion(motion, pas)).isFalse();

        var person = new SecretBallotTests.Representative(holderDelegate, holderDelegate + "@example.net", "Holder");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
        voting.cast(motion, Choice.YES, null);
        voting.cast(motion, Choice.YES, pas);
        assertThat(votes.votedOnMotion(motion, holder)).isTrue();
        assertThat(votes.votedOnMotion(motion, pas)).isTrue();
    }

    String page(UserDetails who) throws Exception {
        return mvc.perform(get("/representative/votes").with(user(who)).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

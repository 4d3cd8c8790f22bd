package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Proxies hold to their rules: one covers a motion or a whole session, it is taken back until used, and an
 * organization that may not hold one is neither offered nor accepted.
 */
class ProxyRulesTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired ProxyManagement proxies;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired DelegateManagement delegates;
    @Autowired OrganizationManagement organizations;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    record Member(UUID organization, UUID delegate) {
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Member member(OrganizationStatus status) {
        UUID organization = TestMembers.create(organizations, new OrganizationCommand("Zz proxy rules " + status + " "
                + UUID.randomUUID(), null, "NP", OrganizationType.ACADEMY, status, null, null, null));
        UUID person = UUID.randomUUID();
        delegates.appoint(person, organization, Actor.system(Instant.now()));
        return new Member(organization, person);
    }

    void actAs(Member member) {
        var person = new SecretBallotTests.Representative(member.delegate(), member.delegate() + "@example.net", "Delegate");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
    }

    UUID assembly(String title) {
        return sessions.create(new SessionCommand(Body.ASSEMBLY, title, LocalDateTime.of(2026, 12, 29, 9, 0), "Asia/Shanghai",
                SessionMode.ONLINE, null));
    }

    UUID motion(UUID session, String title, int proxyLimit) {
        return voting.create(new MotionCommand(session, null, title, null, VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED, 0,
                false, proxyLimit, null, SubjectType.OTHER, null));
    }

    @Test
    void aProxyForASessionCoversEveryMotionOfItThatAllowsProxiesAndNoOther() {
        Member giver = member(OrganizationStatus.MEMBER);
        Member holder = member(OrganizationStatus.MEMBER);
        UUID session = assembly("Assembly with a session proxy");
        UUID first = motion(session, "First of the session", 1);
        UUID noProxies = motion(session, "No proxies here", 0);
        voting.open(first);
        voting.open(noProxies);

        actAs(giver);
        proxies.giveSessionProxy(session, holder.organization());
        UUID later = motion(session, "Put to the vote later", 2); // a motion created after the proxy is covered too
        voting.open(later);

        assertThat(votes.proxyGivenTo(first, giver.organization())).contains(holder.organization());
        assertThat(votes.proxyGivenTo(later, giver.organization())).contains(holder.organization());
        assertThat(votes.proxyGivenTo(noProxies, giver.organization())).isEmpty();
        assertThatThrownBy(() -> voting.cast(first, Choice.YES, null)).hasMessageContaining("governance.error.proxyGiven");
        voting.cast(noProxies, Choice.NO, null);

        actAs(holder);
        voting.cast(first, Choice.YES, giver.organization());
        voting.cast(later, Choice.NO, giver.organization());
        assertThat(votes.votedOnMotion(first, giver.organization())).isTrue();
        assertThat(votes.votedOnMotion(later, giver.organization())).isTrue();
        assertThatThrownBy(() -> voting.cast(noProxies, Choice.YES, giver.organization()))
                .hasMessageContaining("governance.error.noProxy");
    }

    @Test
    void aProxyIsTakenBackUntilTheHolderUsedItAndNotAfter() {
        Member giver = member(OrganizationStatus.MEMBER);
        Member holder = member(OrganizationStatus.MEMBER);
        UUID session = assembly("Assembly with proxies taken back");
        UUID motion = motion(session, "Taken back", 1);
        UUID other = motion(session, "Used", 1);
        voting.open(motion);
        voting.open(other);

        actAs(giver);
        proxies.giveProxy(motion, holder.organization());
        proxies.revokeProxy(motion);
        assertThat(votes.proxyGivenTo(motion, giver.organization())).isEmpty();
        voting.cast(motion, Choice.YES, null); // the vote is the giver's own again

        proxies.giveSessionProxy(session, holder.organization());
        proxies.revokeSessionProxy(session);
        assertThat(votes.proxyGivenTo(other, giver.organization())).isEmpty();
        proxies.giveSessionProxy(session, holder.organization());
        actAs(holder);
        voting.cast(other, Choice.NO, giver.organization());

        actAs(giver);
        assertThatThrownBy(() -> proxies.revokeSessionProxy(session)).hasMessageContaining("governance.error.proxyUsed");
        assertThat(votes.proxyGivenTo(other, giver.organization())).contains(holder.organization());
        assertThatThrownBy(() -> proxies.revokeProxy(motion)).hasMessageContaining("governance.error.noProxyGiven");
    }

    @Test
    void organizationsThatMayNotHoldAProxyAreNeverOfferedAndAreRefusedWithTheReason() throws Exception {
        Member giver = member(OrganizationStatus.MEMBER);
        Member eligible = member(OrganizationStatus.MEMBER);
        Member former = member(OrganizationStatus.FORMER);
        Member partner = member(OrganizationStatus.PARTNER);
        Member gaveItsOwn = member(OrganizationStatus.MEMBER);
        Member full = member(OrganizationStatus.MEMBER);
        Member fullsGiver = member(OrganizationStatus.MEMBER);
        UUID session = assembly("Assembly with holders to choose");
        UUID motion = motion(session, "Holders to choose", 1);
        voting.open(motion);
        actAs(gaveItsOwn);
        proxies.giveProxy(motion, eligible.organization());
        actAs(fullsGiver);
        proxies.giveProxy(motion, full.organization());

        List<UUID> offered = proxies.holders(motion, giver.organization());
        assertThat(offered).doesNotContain(giver.organization(), former.organization(), partner.organization(),
                gaveItsOwn.organization(), full.organization(), eligible.organization());
        assertThat(offered).isNotEmpty();
        actAs(giver);
        for (var refused : List.of(List.of(giver, "governance.error.proxyHolder"),
                List.of(former, "governance.error.holderNotEntitled"), List.of(partner, "governance.error.holderNotEntitled"),
                List.of(gaveItsOwn, "governance.error.holderGaveProxy"), List.of(full, "governance.error.proxyLimit"))) {
            Member holder = (Member) refused.get(0);
            assertThatThrownBy(() -> proxies.giveProxy(motion, holder.organization()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining((String) refused.get(1));
        }
        List<UUID> forSession = proxies.sessionHolders(session, giver.organization());
        assertThat(forSession).doesNotContain(giver.organization(), former.organization(), partner.organization(),
                full.organization()).isNotEmpty();
        assertThatThrownBy(() -> proxies.giveSessionProxy(session, former.organization()))
                .hasMessageContaining("governance.error.holderNotEntitled");
        assertThat(votes.proxyGivenTo(motion, giver.organization())).isEmpty();

        // the demo delegate's page offers no one of them, and the server says why in the reader's language
        SecurityContextHolder.clearContext();
        var representative = people.loadUserByUsername("representative@example.org");
        String page = mvc.perform(get("/representative/votes").with(user(representative)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String card = page.substring(page.indexOf("data-motion=\"" + motion + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("value=\"" + giver.organization() + "\"")
                .doesNotContain(former.organization().toString(), partner.organization().toString(),
                        gaveItsOwn.organization().toString(), full.organization().toString());
        MockHttpServletResponse refused = mvc.perform(post("/representative/votes/" + motion + "/proxy")
                .param("holder", former.organization().toString()).with(user(representative)).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("not entitled to vote here, so it cannot hold a proxy");
        MockHttpServletResponse chinese = mvc.perform(post("/representative/sessions/" + session + "/proxy")
                .param("holder", partner.organization().toString()).with(user(representative)).with(csrf()).locale(Locale.CHINESE))
                .andReturn().getResponse();
        assertThat(chinese.getStatus()).isEqualTo(422);
        assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("该机构无权在此投票");
    }

    @Test
    void proxiesAreGivenAndTakenBackOnlyByADelegateAndOnlyTheirOwn() throws Exception {
        Member holder = member(OrganizationStatus.MEMBER);
        UUID session = assembly("Assembly with proxies for the page");
        UUID motion = motion(session, "Proxy for the whole session from the page", 1);
        voting.open(motion);
        var representative = people.loadUserByUsername("representative@example.org");
        var applicant = people.loadUserByUsername("applicant@example.org");

        assertThat(mvc.perform(post("/representative/sessions/" + session + "/proxy").param("holder", holder.organization().toString())
                .with(user(applicant)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/representative/sessions/" + session + "/proxy/revoke").with(user(applicant)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/representative/votes/" + motion + "/proxy/revoke").with(user(applicant)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(delete("/api/v1/representative/sessions/" + session + "/proxy").with(user(applicant)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpServletResponse given = mvc.perform(post("/representative/sessions/" + session + "/proxy")
                .param("holder", holder.organization().toString()).with(user(representative)).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(given.getRedirectedUrl()).as(given.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("/representative/votes");
        String page = mvc.perform(get("/representative/votes").with(user(representative)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("gave its vote on every motion of this session to").contains("data-revoke-session-proxy");

        // another delegate taking back "its" proxy takes back nothing of PAS's
        actAs(holder);
        assertThatThrownBy(() -> proxies.revokeSessionProxy(session)).hasMessageContaining("governance.error.noProxyGiven");
        SecurityContextHolder.clearContext();

        MockHttpServletResponse revoked = mvc.perform(delete("/api/v1/representative/sessions/" + session + "/proxy")
                .with(user(representative)).with(csrf())).andReturn().getResponse();
        assertThat(revoked.getStatus()).isEqualTo(204);
        MockHttpServletResponse again = mvc.perform(delete("/api/v1/representative/sessions/" + session + "/proxy")
                .with(user(representative)).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentType()).contains("problem+json");
    }
}

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The delegate's votes page: Board and Assembly votes apart with their documents, every ballot shown back before it
 * is cast, abstention in elections, and the votes of the past with their explained results, as in the API.
 */
class VotesPageTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired ElectionManagement elections;
    @Autowired VotingQueries votes;
    @Autowired SessionManagement sessions;
    @Autowired DelegateQueries delegates;
    @Autowired OrganizationQueries organizations;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired MandateQueries mandates;
    @Autowired MandateManagement mandateManagement;

    UserDetails representative() {
        return people.loadUserByUsername("representative@example.org");
    }

    UUID pas() {
        return delegates.organizationOf(((SignedInPerson) representative()).id()).orElseThrow();
    }

    MockHttpServletResponse as(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
    }

    String page() throws Exception {
        return as(representative(), get("/representative/votes")).getContentAsString(StandardCharsets.UTF_8);
    }

    UUID session(Body body, String title) {
        return sessions.create(new SessionCommand(body, title, LocalDateTime.of(2026, 12, 30, 9, 0), "Asia/Shanghai",
                SessionMode.ONLINE, null));
    }

    UUID motion(UUID session, String title, boolean secret, int quorum) {
        return voting.create(new MotionCommand(session, null, title, null, VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED,
                quorum, secret, 0, null, SubjectType.OTHER, null));
    }

    @Test
    void aBallotIsShownBackWithItsPollAndOrganizationAndOnlyTheConfirmationCastsIt() throws Exception {
        UUID session = session(Body.ASSEMBLY, "Assembly that confirms");
        UUID motion = motion(session, "Confirmed before cast", true, 0);
        voting.open(motion);

        MockHttpServletResponse shown = as(representative(), post("/representative/votes/" + motion).param("choice", "NO"));
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString(StandardCharsets.UTF_8)).contains("Confirm your ballot", "Confirmed before cast",
                "Assembly that confirms", "This ballot is cast for Pakistan Academy of Sciences (PAS).", "<strong>No</strong>",
                "name=\"confirmed\" value=\"true\"", "name=\"choice\" value=\"NO\"");
        assertThat(votes.votedOnMotion(motion, pas())).as("shown back, not cast").isFalse();

        MockHttpServletResponse cast = as(representative(), post("/representative/votes/" + motion).param("choice", "NO")
                .param("confirmed", "true"));
        assertThat(cast.getRedirectedUrl()).isEqualTo("/representative/votes");
        assertThat(votes.votedOnMotion(motion, pas())).isTrue();

        MockHttpServletResponse again = as(representative(), post("/representative/votes/" + motion).param("choice", "YES"));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("already voted");
    }

    @Test
    void aDelegateMayAbstainInAnElectionAndTheAbstentionCountsInTheTurnoutOnly() throws Exception {
        UUID session = session(Body.ASSEMBLY, "Assembly electing with abstentions");
        var members = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER),
                new PageRequest(0, 2)).items();
        UUID election = elections.create(new ElectionCommand(session, "Election with abstention", 1, null,
                members.stream().map(o -> o.id()).toList()));
        elections.open(election);
        UUID candidate = votes.election(election).candidates().get(0).id();

        MockHttpServletResponse both = as(representative(), post("/representative/elections/" + election)
                .param("abstain", "true").param("candidates", candidate.toString()));
        assertThat(both.getStatus()).isEqualTo(422);
        assertThat(both.getContentAsString(StandardCharsets.UTF_8)).contains("Either choose candidates or abstain, not both.");

        MockHttpServletResponse shown = as(representative(), post("/representative/elections/" + election).param("abstain", "true"));
        assertThat(shown.getContentAsString(StandardCharsets.UTF_8)).contains("Confirm your ballot", "Election with abstention",
                "<strong>Abstain</strong>", "name=\"abstain\" value=\"true\"");
        assertThat(votes.votedInElection(election, pas())).isFalse();
        as(representative(), post("/representative/elections/" + election).param("abstain", "true").param("confirmed", "true"));
        assertThat(votes.votedInElection(election, pas())).isTrue();

        elections.close(election);
        elections.publish(election);
        ElectionView counted = votes.publishedElection(election);
        assertThat(counted.ballots()).isEqualTo(1);
        assertThat(counted.candidates()).allSatisfy(c -> assertThat(c.votes()).isZero());
    }

    @Test
    void boardAndAssemblyVotesStandApartEachWithItsSessionDocuments() throws Exception {
        if (!mandates.seated(Body.BOARD).contains(pas())) { // an election test may have replaced the demo's Board
            mandateManagement.addSeat(Body.BOARD, pas(), java.time.LocalDate.of(2026, 1, 1), null);
        }
        UUID board = session(Body.BOARD, "Board meeting with papers");
        sessions.addAgendaItem(board, "Budget 2027", List.of(UUID.randomUUID()));
        UUID boardMotion = motion(board, "Board motion apart", false, 0);
        UUID assembly = session(Body.ASSEMBLY, "Assembly apart");
        UUID assemblyMotion = motion(assembly, "Assembly motion apart", false, 0);
        voting.open(boardMotion);
        voting.open(assemblyMotion);

        String page = page();
        String assemblyPart = page.substring(page.indexOf("data-body=\"ASSEMBLY\""), page.indexOf("data-body=\"BOARD\""));
        String boardPart = page.substring(page.indexOf("data-body=\"BOARD\""));
        assertThat(assemblyPart).contains("Open votes: General Assembly", "Assembly motion apart").doesNotContain("Board motion apart");
        assertThat(boardPart).contains("Open votes: Governing Board", "Board motion apart").doesNotContain("Assembly motion apart");
        String card = boardPart.substring(boardPart.indexOf("data-motion=\"" + boardMotion + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("data-vote-documents", "Budget 2027", "/files/");
    }

    @Test
    void theDelegateSeesPastVotesWithTheirResultsExplainedAndTheApiCarriesTheSame() throws Exception {
        UUID session = session(Body.ASSEMBLY, "Assembly of the past");
        UUID failed = motion(session, "Past motion without its quorum", false, 90);
        UUID pending = motion(session, "Past motion not yet published", true, 0);
        voting.open(failed);
        voting.open(pending);
        as(representative(), post("/representative/votes/" + failed).param("choice", "YES").param("confirmed", "true"));
        voting.close(failed);
        voting.publish(failed);
        voting.close(pending);

        String page = page();
        String past = page.substring(page.indexOf("Votes of the past"));
        String failedCard = past.substring(past.indexOf("data-past-motion=\"" + failed + "\""));
        failedCard = failedCard.substring(0, failedCard.indexOf("</article>"));
        assertThat(failedCard).contains("data-quorum-reached=\"false\"", "the quorum was not reached", "Quorum: 90%",
                "ballots cast: 1", "Roll-call", "Pakistan Academy of Sciences (PAS)");
        String pendingCard = past.substring(past.indexOf("data-past-motion=\"" + pending + "\""));
        pendingCard = pendingCard.substring(0, pendingCard.indexOf("</article>"));
        assertThat(pendingCard).contains("not published yet").doesNotContain("data-result");

        JsonNode result = json.readTree(as(representative(), get("/api/v1/motions/" + failed))
                .getContentAsString(StandardCharsets.UTF_8));
        int entitled = result.get("entitled").asInt();
        assertThat(result.get("title").asText()).isEqualTo("Past motion without its quorum");
        assertThat(result.get("outcome").asText()).isEqualTo("QUORUM_NOT_REACHED");
        assertThat(result.get("quorumReached").asBoolean()).isFalse();
        assertThat(result.get("ballots").asInt()).isEqualTo(1);
        assertThat(result.get("turnoutPercent").asInt()).isEqualTo(Math.round(100f / entitled));
        assertThat(result.get("quorumNeeded").asInt()).isEqualTo((entitled * 90 + 99) / 100);
        assertThat(result.get("rule").asText()).isEqualTo("SIMPLE_MAJORITY");
        assertThat(result.get("rollCall").get(0).get("organizationName").asText()).isEqualTo("Pakistan Academy of Sciences (PAS)");
        assertThat(result.get("rollCall").get(0).get("choice").asText()).isEqualTo("YES");
        JsonNode secret = json.readTree(as(representative(), get("/api/v1/motions/" + pending))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(secret.get("outcome").isNull()).isTrue();
        assertThat(secret.get("rollCall").isNull()).isTrue();
    }
}

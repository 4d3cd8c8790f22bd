package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Board and Assembly decisions about another module's records ({@link DecisionSubjectSource}), proved with the
 * test-only module of {@link TestDecisionSubjects}: a decision and its effect commit together or not at all.
 */
class RecordDecisionTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired SessionManagement sessions;
    @Autowired SessionQueries sessionQueries;
    @Autowired TestDecisionSubjects records;
    @Autowired ActivityQueries activity;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, people, json);
    }

    @AfterEach
    void forgetTheTestRecords() {
        records.clear();
    }

    @Test
    void aDecisionAboutAnotherModulesRecordIsRecordedAndAppliedTogetherAndListedWithItsTitle() throws Exception {
        UUID board = session(Body.BOARD, "Board approving a plan");
        RecordRef plan = records.add("Zz budget plan 2027", Set.of(Body.BOARD), TestDecisionSubjects.Behaviour.ACCEPTS);
        assertThat(page(SECRETARIAT, "/secretariat/governance/sessions/" + board))
                .contains("value=\"RECORD:" + plan + "\"", "Zz budget plan 2027", "Records of other modules");

        MockHttpServletResponse answer = mvc.perform(post("/secretariat/governance/sessions/" + board + "/decisions")
                .param("text", "The Board approves the budget plan.").param("subject", "RECORD:" + plan)
                .param("outcome", "ADOPTED_BY_CONSENSUS").with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())
                .locale(Locale.ENGLISH)).andReturn().getResponse();

        assertThat(answer.getRedirectedUrl()).isEqualTo("/secretariat/governance/sessions/" + board);
        DecisionView decision = sessionQueries.decisions(board).get(0);
        assertThat(decision.subjectType()).isEqualTo(SubjectType.RECORD);
        assertThat(decision.subjectRef()).isEqualTo(plan);
        assertThat(decision.subjectId()).isEqualTo(plan.id());
        assertThat(records.decided(plan)).hasValueSatisfying(taken -> {
            assertThat(taken.decisionId()).isEqualTo(decision.id());
            assertThat(taken.body()).isEqualTo(Body.BOARD);
            assertThat(taken.outcome()).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
            assertThat(taken.adopted()).isTrue();
            assertThat(taken.date()).isEqualTo(decision.date());
        });
        assertThat(decisionsRecorded(decision.id())).isEqualTo(1);
        assertThat(page(null, "/governance/sessions/" + board))
                .contains("href=\"/test-records/" + plan.id() + "\"", "Zz budget plan 2027");
        assertThat(page(SECRETARIAT, "/secretariat/governance/sessions/" + board))
                .contains("href=\"/test-records/" + plan.id() + "\"")
                .as("a record decided is offered no more").doesNotContain("value=\"RECORD:" + plan + "\"");
        Api.Answer read = api.get(null, "/api/v1/governance/decisions/" + decision.id());
        assertThat(read.body().get("subjectRef").get("module").asString()).isEqualTo("testrecords");
    }

    @Test
    void aSourceThatFailsToApplyTheDecisionLeavesNoDecisionNoEventAndNoActivity() {
        UUID board = session(Body.BOARD, "Board whose plan breaks");
        RecordRef plan = records.add("Zz broken plan", Set.of(Body.BOARD), TestDecisionSubjects.Behaviour.FAILS);
        long before = decisionsRecordedInAll();

        assertThatThrownBy(() -> sessions.recordDecision(board, DecisionCommand.about(plan, "Approved.",
                Outcome.ADOPTED_BY_CONSENSUS, null), Actor.system(clock.instant())))
                .hasMessageContaining("could not be changed");

        assertThat(sessionQueries.decisions(board)).isEmpty();
        assertThat(sessionQueries.decisionsAbout(plan.id())).isEmpty();
        assertThat(records.decided(plan)).isEmpty();
        assertThat(decisionsRecordedInAll()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from platform.event_publication where event_type = :type and serialized_event like :session")
                .param("type", DecisionRecorded.class.getName()).param("session", "%" + board + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void aSubjectTheSourceRefusesOrDoesNotOfferGetsAMessageNextToTheFieldAndNothingIsWritten() throws Exception {
        UUID board = session(Body.BOARD, "Board refusing plans");
        RecordRef refusing = records.add("Zz refusing plan", Set.of(Body.BOARD), TestDecisionSubjects.Behaviour.REFUSES);
        RecordRef unknown = RecordRef.of("testrecords", "plan", UUID.randomUUID());
        RecordRef noSource = RecordRef.of("nosuchmodule", "plan", UUID.randomUUID());
        long before = decisionsRecordedInAll();

        for (RecordRef ref : new RecordRef[] {refusing, unknown, noSource}) {
            MockHttpServletResponse refused = decide(board, "RECORD:" + ref);
            assertThat(refused.getStatus()).as(ref.toString()).isEqualTo(422);
            assertThat(FieldErrors.of(refused.getContentAsString(StandardCharsets.UTF_8), "subject"))
                    .isEqualTo("This record is not open for a decision of this body; choose one from the list.");
        }
        MockHttpServletResponse malformed = decide(board, "RECORD:testrecords:plan:not-an-id");
        assertThat(malformed.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(malformed.getContentAsString(StandardCharsets.UTF_8), "subject")).isNotBlank();

        String path = "/api/v1/secretariat/sessions/" + board + "/decisions";
        Api.Answer notOffered = api.post(SECRETARIAT, path, Map.of("text", "Approved.", "outcome", "ADOPTED_BY_CONSENSUS",
                "subjectRef", unknown.toString()));
        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.body().get("errors").get(0).get("field").asString()).isEqualTo("subjectRef");
        assertThat(Api.firstError(notOffered)).isEqualTo("This record is not open for a decision of this body; choose one from the list.");
        Api.Answer badRef = api.post(SECRETARIAT, path, Map.of("text", "Approved.", "outcome", "ADOPTED_BY_CONSENSUS",
                "subjectRef", "a budget plan"));
        assertThat(badRef.status()).isEqualTo(400);
        assertThat(Api.firstError(badRef)).startsWith("Write the record as module:type:id");

        assertThat(sessionQueries.decisions(board)).isEmpty();
        assertThat(records.decided(refusing)).isEmpty();
        assertThat(decisionsRecordedInAll()).isEqualTo(before);
    }

    @Test
    void theBoardCannotDecideARecordOfferedForTheAssemblyOnly() throws Exception {
        UUID board = session(Body.BOARD, "Board before the Assembly");
        UUID assembly = session(Body.ASSEMBLY, "Assembly freezing the report");
        RecordRef report = records.add("Zz annual report 2026", Set.of(Body.ASSEMBLY), TestDecisionSubjects.Behaviour.ACCEPTS);

        assertThat(page(SECRETARIAT, "/secretariat/governance/sessions/" + board)).doesNotContain("RECORD:" + report);
        assertThat(page(SECRETARIAT, "/secretariat/governance/sessions/" + assembly)).contains("value=\"RECORD:" + report + "\"");
        MockHttpServletResponse refused = decide(board, "RECORD:" + report);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(StandardCharsets.UTF_8), "subject"))
                .isEqualTo("Only the General Assembly decides this record.");
        assertThat(sessionQueries.decisions(board)).isEmpty();
        assertThat(records.decided(report)).isEmpty();

        Api.Answer offered = api.get(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/subjects");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.body().findValuesAsString("ref")).contains(report.toString());
        assertThat(api.get(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/subjects").body().findValuesAsString("ref"))
                .doesNotContain(report.toString());
        Api.Answer decided = api.post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "The Assembly freezes the report.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectRef", report.toString()));
        assertThat(decided.status()).isEqualTo(201);
        assertThat(records.decided(report)).hasValueSatisfying(taken -> assertThat(taken.body()).isEqualTo(Body.ASSEMBLY));
    }

    @Test
    void onlyTheSecretariatRecordsADecisionAboutARecordOrListsTheRecordsOffered() throws Exception {
        UUID board = session(Body.BOARD, "Board guarded");
        RecordRef plan = records.add("Zz guarded plan", Set.of(Body.BOARD), TestDecisionSubjects.Behaviour.ACCEPTS);
        for (String other : new String[] {"board@example.org", "applicant@example.org", "representative@example.org"}) {
            MockHttpServletResponse page = mvc.perform(post("/secretariat/governance/sessions/" + board + "/decisions")
                    .param("text", "Approved.").param("subject", "RECORD:" + plan).param("outcome", "ADOPTED_BY_CONSENSUS")
                    .with(user(people.loadUserByUsername(other))).with(csrf())).andReturn().getResponse();
            assertThat(page.getStatus()).as(other).isEqualTo(403);
            assertThat(api.post(other, "/api/v1/secretariat/sessions/" + board + "/decisions", Map.of("text", "Approved.",
                    "outcome", "ADOPTED_BY_CONSENSUS", "subjectRef", plan.toString())).status()).as(other).isEqualTo(403);
            assertThat(api.get(other, "/api/v1/secretariat/sessions/" + board + "/subjects").status()).as(other).isEqualTo(403);
        }
        assertThat(api.get(null, "/api/v1/secretariat/sessions/" + board + "/subjects").status()).isIn(302, 401, 403);
        assertThat(sessionQueries.decisions(board)).isEmpty();
        assertThat(records.decided(plan)).isEmpty();
    }

    private UUID session(Body body, String title) {
        return sessions.create(new SessionCommand(body, title + " " + UUID.randomUUID().toString().substring(0, 6),
                LocalDateTime.now(clock).plusDays(10).withNano(0), "UTC", SessionMode.ONLINE, null),
                SessionStatus.PLANNED, Actor.system(clock.instant()));
    }

    private MockHttpServletResponse decide(UUID session, String subject) throws Exception {
        return mvc.perform(post("/secretariat/governance/sessions/" + session + "/decisions")
                .param("text", "The Board approves.").param("subject", subject).param("outcome", "ADOPTED_BY_CONSENSUS")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
    }

    private String page(String email, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long decisionsRecorded(UUID decision) {
        return activity.find(new ActivityFilter(null, "governance.decisionRecorded", "decision", decision.toString(), null, null),
                new PageRequest(0, 10)).total();
    }

    private long decisionsRecordedInAll() {
        return activity.find(new ActivityFilter(null, "governance.decisionRecorded", null, null, null, null),
                new PageRequest(0, 10)).total();
    }
}

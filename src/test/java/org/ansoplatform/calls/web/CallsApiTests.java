package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calls API end to end, and who may use which endpoint: anonymous, the owner, another applicant, the Secretariat. */
class CallsApiTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JsonMapper json;

    UUID callId;
    Someone owner;
    Someone other;
    Someone secretariat;

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.call("api", now.minusDays(1), now.plusDays(10)));
        owner = Someone.register(accounts, "Owner Applicant", "APPLICANT");
        other = Someone.register(accounts, "Other Applicant", "APPLICANT");
        secretariat = Someone.register(accounts, "Api Secretariat", "SECRETARIAT");
    }

    @Test
    void anApplicantAppliesThroughTheApiAndARetriedSubmissionIsTheSame() throws Exception {
        JsonNode open = read(mvc.perform(get("/api/v1/calls")).andReturn().getResponse());
        assertThat(open.findValuesAsString("id")).contains(callId.toString());

        MockHttpServletResponse created = mvc.perform(post("/api/v1/calls/" + callId + "/applications").with(owner.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String id = read(created).get("id").asString();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/applications/" + id);

        MockHttpServletResponse invalid = mvc.perform(patch("/api/v1/applications/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"birthDate\": \"soon\", \"nationality\": \"XX\"}").with(owner.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");
        assertThat(read(invalid).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("birthDate", "nationality");

        String answers = json.writeValueAsString(java.util.Map.of("birthDate", "1997-01-01", "nationality", "PK", "track", "MASTER",
                "hosts", java.util.List.of("USTC"), "proposal", "Glacier hazards."));
        assertThat(mvc.perform(patch("/api/v1/applications/" + id).contentType(MediaType.APPLICATION_JSON).content(answers)
                .with(other.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(read(mvc.perform(patch("/api/v1/applications/" + id).contentType(MediaType.APPLICATION_JSON).content(answers)
                .with(owner.signedIn()).with(csrf())).andReturn().getResponse()).get("answers").get("proposal").asString())
                .isEqualTo("Glacier hazards.");
        assertThat(mvc.perform(multipart("/api/v1/applications/" + id + "/documents").file(new MockMultipartFile("file", "cv.pdf",
                "application/pdf", TestFiles.pdf())).param("type", "cv").with(owner.signedIn()).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        UUID applicationId = UUID.fromString(id);
        applications.inviteReferee(applicationId, "Dr One", "one." + System.nanoTime() + "@example.net", "", owner);
        applications.inviteReferee(applicationId, "Dr Two", "two." + System.nanoTime() + "@example.net", "", owner);

        assertThat(mvc.perform(post("/api/v1/applications/" + id + "/submission").header("Idempotency-Key", "x".repeat(101))
                .with(owner.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/api/v1/applications/" + id + "/submission").header("Idempotency-Key", "k-1")
                .with(other.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        JsonNode first = read(mvc.perform(post("/api/v1/applications/" + id + "/submission").header("Idempotency-Key", "k-1")
                .with(owner.signedIn()).with(csrf())).andReturn().getResponse());
        JsonNode retry = read(mvc.perform(post("/api/v1/applications/" + id + "/submission").header("Idempotency-Key", "k-1")
                .with(owner.signedIn()).with(csrf())).andReturn().getResponse());
        assertThat(first.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(retry.get("reference").asString()).isEqualTo(first.get("reference").asString());

        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(owner.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(other.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void onlyTheSecretariatListsApplicationsAndBadFiltersAreProblems() throws Exception {
        UUID id = CallTestDataAccess.submitted(applications, callId, owner, "EG");
        String path = "/api/v1/calls/" + callId + "/applications";
        assertThat(mvc.perform(get(path).with(owner.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
        JsonNode page = read(mvc.perform(get(path).param("country", "eg").param("track", "PHD").with(secretariat.signedIn()))
                .andReturn().getResponse());
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(read(mvc.perform(get(path).param("nominated", "true").with(secretariat.signedIn())).andReturn().getResponse())
                .get("total").asInt()).isZero();
        MockHttpServletResponse bad = mvc.perform(get(path).param("track", "POSTDOC").param("status", "LOST").with(secretariat.signedIn()))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(read(bad).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("track", "status");
    }

    @Test
    void draftCallsAreNotPublicAndClosedCallsRefuseNewApplications() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition draft = CallTestDataAccess.call("draft", now.minusDays(1), now.plusDays(10));
        UUID draftId = calls.create(new CallDefinition(draft.programmeCode(), draft.code(), draft.referencePrefix(), draft.title(),
                draft.description(), draft.zone(), draft.opens(), draft.closes(), CallStatus.DRAFT, 0, 0, draft.tracks(), draft.hosts(),
                draft.form(), draft.eligibility()));
        assertThat(mvc.perform(get("/api/v1/calls/" + draftId)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/v1/calls/" + draftId + "/applications").with(owner.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        UUID closed = callQueries.byCode("scholarship-2021").orElseThrow().id();
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/calls/" + closed + "/applications").with(owner.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(read(refused).get("errors").get(0).get("message").asString()).contains("closed on 2021-04-30 23:59");
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}

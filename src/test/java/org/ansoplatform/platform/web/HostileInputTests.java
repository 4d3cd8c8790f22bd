package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * NUL and other control characters in any text, and nulls or blanks inside a list, are refused before anything
 * is stored: a 400 problem naming the field on the API, the form shown again with the message next to the field
 * on pages, in the reader's language; never a 500. Names and other single-line texts refuse line breaks too.
 */
class HostileInputTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.ansoplatform.platform.ProofOfWork proofOfWork;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    AccountQueries people;

    @Test
    void aNulInASearchParameterIsAProblemNamingTheParameterInTheReadersLanguage() throws Exception {
        Someone secretariat = Someone.register(accounts, "Nul Searcher", "SECRETARIAT", "ADMIN");
        assertRefused(secretariat, get("/api/v1/organizations").param("q", "a\u0000"), "q");
        assertRefused(secretariat, get("/api/v1/meetings").param("organizer", "\u0000"), "organizer");
        assertRefused(secretariat, get("/api/v1/secretariat/activity").param("actor", "\u0000"), "actor");
        assertRefused(secretariat, get("/api/v1/admin/people").param("q", "\u0000"), "q");

        MockHttpServletResponse chinese = mvc.perform(get("/api/v1/organizations").param("q", "\u0000")
                .locale(Locale.CHINESE).header("Accept-Language", "zh").with(secretariat.signedIn())).andReturn().getResponse();
        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("控制字符");
    }

    @Test
    void aNulOrControlCharacterInAJsonTextIsRefusedAndNothingIsStored() throws Exception {
        Someone secretariat = Someone.register(accounts, "Nul Writer", "SECRETARIAT");
        assertRefused(secretariat, json(post("/api/v1/me/tokens"), "{\"name\":\"laptop\\u0000\"}"), "name");
        assertRefused(secretariat, json(post("/api/v1/me/tokens"), "{\"name\":\"laptop\\u001b[31m\"}"), "name");
        assertThat(mvc.perform(get("/api/v1/me/tokens").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).isEqualTo("[]");
        assertRefused(secretariat, json(post("/api/v1/organizations"),
                "{\"name\":\"Nul institute\\u0000\",\"country\":\"CN\",\"type\":\"UNIVERSITY\",\"status\":\"PARTNER\"}"), "name");
        assertRefused(secretariat, json(post("/api/v1/secretariat/associations"),
                "{\"acronym\":\"NUL\",\"name\":\"Nul\\u0000 alliance\",\"leadInstitution\":\"x\"}"), "name");
        assertRefused(secretariat, json(post("/api/v1/secretariat/delegates"),
                "{\"email\":\"a\\u0000@example.org\",\"organizationId\":\"" + UUID.randomUUID() + "\"}"), "email");
    }

    @Test
    void aNullOrBlankInsideAListIsRefusedAndNothingIsStored() throws Exception {
        Someone applicant = Someone.register(accounts, "List Nuller", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Candidate Nuller", "SECRETARIAT");
        String application = "{\"legalName\":\"Null list institute\",\"country\":\"KE\",\"type\":\"RESEARCH_INSTITUTE\","
                + "\"contactName\":\"Amina Odhiambo\",\"contactEmail\":\"amina@example.net\",\"motivation\":\"Drylands.\","
                + "\"fileIds\":%s}";
        assertRefused(applicant, json(post("/api/v1/membership/applications"), application.formatted("[null]")), "fileIds[0]");
        assertRefused(applicant, json(post("/api/v1/membership/applications"), application.formatted("[\"\"]")), "fileIds[0]");
        assertThat(mvc.perform(get("/api/v1/membership/applications").with(applicant.signedIn())).andReturn().getResponse()
                .getContentAsString()).isEqualTo("[]");
        String election = "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"title\":\"Board\",\"seats\":1,"
                + "\"deadline\":\"2030-01-01T00:00:00Z\",\"candidates\":%s}";
        assertRefused(secretariat, json(post("/api/v1/secretariat/elections"), election.formatted("[null]")), "candidates[0]");
        assertRefused(secretariat, json(post("/api/v1/secretariat/elections"), election.formatted("[\"\"]")), "candidates[0]");
    }

    @Test
    void aSignInWithANulInTheEmailIsAnsweredLikeAWrongPassword() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").param("email", "a\u0000@example.org")
                .param("password", "whatever it is").with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login?error");
    }

    @Test
    void registeringWithANulOrALineBreakInTheNameShowsTheFormAgainWithTheMessageNextToTheName() throws Exception {
        for (String name : new String[] {"Eve\u0000", "Eve\r\nBcc: everyone@example.org"}) {
            String email = "hostile." + System.nanoTime() + "@example.org";
            MockHttpServletResponse response = mvc.perform(post("/register").param("email", email).param("displayName", name)
                    .param("password", "correct horse battery").param("passwordConfirmation", "correct horse battery")
                    .with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("displayName-error");
            assertThat(people.idOf(email)).isEmpty();
        }
        MockHttpServletResponse nulEmail = mvc.perform(post("/register").param("email", "eve\u0000@example.org")
                .param("displayName", "Eve").param("password", "correct horse battery")
                .param("passwordConfirmation", "correct horse battery").with(csrf())).andReturn().getResponse();
        assertThat(nulEmail.getStatus()).isEqualTo(422);
        assertThat(nulEmail.getContentAsString()).contains("email-error");
    }

    @Test
    void aMeetingRegistrationWithANulOrALineBreakShowsTheFormAgainWithTheMessageNextToTheField() throws Exception {
        UUID id = meetings.create(TestMeetings.course("Hostile course", 5, null, false, java.util.List.of()));
        for (String name : new String[] {"Li\u0000 Wei", "Li Wei\r\nClick http://phish.example/login"}) {
            MockHttpServletResponse response = mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork))
                    .param("name", name).param("email", TestMeetings.email("hostile")).param("country", "CN"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("name-error");
        }
        MockHttpServletResponse nulEmail = mvc.perform(post("/meetings/" + id + "/register").with(csrf()).with(ProofOfWorkSolver.solved(proofOfWork))
                .param("name", "Li Wei").param("email", "li\u0000@example.org").param("country", "CN")).andReturn().getResponse();
        assertThat(nulEmail.getStatus()).isEqualTo(422);
        assertThat(nulEmail.getContentAsString()).contains("email-error");
    }

    @Test
    void pageFiltersWithANulAreLeftOutLikeAnyUnreadableFilter() throws Exception {
        assertThat(mvc.perform(get("/directory").param("q", "\u0000")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/meetings").param("organizer", "\u0000")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theAnonymousAndApplicantFormsAnswerNoServerErrorToAnyHostileValue() throws Exception {
        UUID meeting = meetings.create(TestMeetings.course("Hostile form course", 5, null, false,
                java.util.List.of(org.ansoplatform.meetings.Question.text(org.ansoplatform.meetings.TestMeetings.en("Your field"), true))));
        Someone applicant = Someone.register(accounts, "Form Fuzzer", "APPLICANT");
        java.util.Map<String, java.util.Map<String, String>> forms = new java.util.LinkedHashMap<>();
        forms.put("/register", java.util.Map.of("email", "fuzz@example.org", "displayName", "Fuzz",
                "password", "correct horse battery", "passwordConfirmation", "correct horse battery"));
        forms.put("/login", java.util.Map.of("email", "fuzz@example.org", "password", "correct horse battery"));
        forms.put("/meetings/" + meeting + "/register", java.util.Map.of("name", "Li Wei", "email", "li@example.org",
                "country", "CN", "gender", "MALE", "role", "GUEST", "answers[0]", "Hydrology"));
        forms.put("/account/profile", java.util.Map.of("displayName", "Fuzz"));
        forms.put("/account/tokens", java.util.Map.of("name", "laptop"));
        String[] hostile = {"\u0000", "a\u0001\u001b[31m", "x\r\nBcc: all@example.org", "a".repeat(100_000), "", "-1",
                "99999999999999999999999", "not-a-uuid"};
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (var form : forms.entrySet()) {
            for (String field : form.getValue().keySet()) {
                for (String value : hostile) {
                    MockHttpServletRequestBuilder request = post(form.getKey()).with(csrf());
                    form.getValue().forEach((name, plausible) -> request.param(name, name.equals(field) ? value : plausible));
                    if (form.getKey().startsWith("/account")) {
                        request.with(applicant.signedIn());
                    }
                    String described = form.getKey() + " " + field + "=" + value.substring(0, Math.min(value.length(), 20));
                    try {
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status >= 500) {
                            failures.add(status + " " + described);
                        }
                    } catch (Exception thrown) {
                        failures.add(thrown + " " + described);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void assertRefused(Someone caller, MockHttpServletRequestBuilder request, String field) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(caller.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
    }
}

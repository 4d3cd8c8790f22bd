package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.platform.ProblemType;
import org.ansoplatform.platform.RequestIds;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of error the API can be made to answer is an RFC 9457 problem of its own type: an absolute type URI
 * whose page explains it, a title and detail in the caller's language (and a Content-Language saying which), the
 * path asked for, and the request id of the X-Request-Id header; a 500 names an incident that the log has too.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired JsonMapper json;
    @Autowired Environment environment;
    @Autowired ApiExceptionHandler handler;
    @Autowired UserDetailsService users;

    @Test
    void refusedInputIsAnInvalidInputProblemWithItsFieldErrors() throws Exception {
        Someone secretariat = Someone.register(accounts, "Problem Secretariat", "SECRETARIAT");
        JsonNode problem = problem(organization("{\"name\": \"\", \"country\": \"XX\", \"type\": \"RESEARCH_INSTITUTE\", \"status\": \"PARTNER\"}")
                .with(secretariat.signedIn()), 400, "invalid-input", "/api/v1/organizations", "en");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("name");
    }

    @Test
    void anUnreadableBodyIsABadRequestProblem() throws Exception {
        Someone secretariat = Someone.register(accounts, "Problem Reader", "SECRETARIAT");
        problem(organization("{\"name\": ").with(secretariat.signedIn()), 400, "bad-request", "/api/v1/organizations", "en");
    }

    @Test
    void anonymousAndForbiddenCallsAreProblemsOfTheirTypes() throws Exception {
        problem(get("/api/v1/secretariat/activity"), 401, "unauthorized", "/api/v1/secretariat/activity", "en");
        Someone applicant = Someone.register(accounts, "Problem Applicant", "APPLICANT");
        problem(get("/api/v1/secretariat/activity").with(applicant.signedIn()), 403, "forbidden", "/api/v1/secretariat/activity", "en");
    }

    @Test
    void notFoundMethodMediaTypeAndAcceptHaveTheirOwnTypes() throws Exception {
        String unknown = "/api/v1/organizations/" + UUID.randomUUID();
        problem(get(unknown), 404, "not-found", unknown, "en");
        Someone secretariat = Someone.register(accounts, "Problem Methods", "SECRETARIAT");
        problem(post("/api/v1/organizations").contentType(MediaType.TEXT_PLAIN).content("a name")
                .with(secretariat.signedIn()).with(csrf()), 415, "unsupported-media-type", "/api/v1/organizations", "en");
        problem(get("/api/v1/organizations").accept(MediaType.APPLICATION_XML), 406,
                "not-acceptable", "/api/v1/organizations", "en");
    }

    /**
     * A method no mapping has never reaches a controller: the container's error dispatch answers it, which a mock
     * request does not make, so this one goes over HTTP to the running server.
     */
    @Test
    void aMethodNoAddressHasIsAProblemFromTheErrorDispatch() throws Exception {
        String email = "problem-methods-" + UUID.randomUUID() + "@example.org";
        accounts.createActive(email, "Problem Methods", "correct horse battery", java.util.Set.of(org.ansoplatform.accounts.Role.APPLICANT));
        String token = mvc.perform(post("/api/v1/me/tokens").with(user(users.loadUserByUsername(email))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"methods\",\"scope\":\"READ_WRITE\"}"))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getProperty("local.server.port") + "/api/v1/calls"))
                .DELETE().header("Authorization", "Bearer " + token).header("Accept-Language", "ru")
                .header(RequestIds.HEADER, "method-405").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.headers().firstValue("Content-Language")).contains("ru");
        assertThat(response.headers().firstValue(RequestIds.HEADER)).contains("method-405");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(environment.getProperty("anso.base-url") + "/problems/method-not-allowed");
        assertThat(problem.get("title").asString()).isEqualTo("Метод не разрешён");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/calls");
        assertThat(problem.get("requestId").asString()).isEqualTo("method-405");
    }

    @Test
    void aDuplicateIsAConflictNamingTheFieldInFrenchAndChinese() throws Exception {
        Someone secretariat = Someone.register(accounts, "Problem Duplicates", "SECRETARIAT");
        String body = "{\"name\": \"Problem Conflict Institute " + UUID.randomUUID() + "\", \"country\": \"NP\","
                + " \"type\": \"RESEARCH_INSTITUTE\", \"status\": \"PARTNER\"}";
        assertThat(mvc.perform(organization(body).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(201);

        JsonNode french = problem(organization(body).with(secretariat.signedIn()), 409, "conflict", "/api/v1/organizations", "fr");
        assertThat(french.get("title").asString()).isEqualTo("Conflit");
        assertThat(french.get("errors").get(0).get("field").asString()).isEqualTo("name");
        JsonNode chinese = problem(organization(body).with(secretariat.signedIn()), 409, "conflict", "/api/v1/organizations", "zh");
        assertThat(chinese.get("title").asString()).isEqualTo("冲突");
        assertThat(chinese.get("detail").asString()).isEqualTo("这与已记录的内容冲突。");
        // the security filters' problems speak the caller's language too
        assertThat(problem(get("/api/v1/secretariat/activity"), 401, "unauthorized", "/api/v1/secretariat/activity", "fr")
                .get("title").asString()).isEqualTo("Non connecté");
    }

    @Test
    void aFailureOutsideAnyControllerIsAnInternalProblemWhoseIncidentIsInTheLog(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").header(RequestIds.HEADER, "trace-500.test_1")
                .header("Accept-Language", "zh").accept(MediaType.APPLICATION_JSON)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/organizations")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("the database went away")))
                .andReturn().getResponse();
        JsonNode problem = checked(response, 500, "internal", "/api/v1/organizations", "zh");
        assertThat(problem.get("title").asString()).isEqualTo("内部错误");
        assertThat(problem.get("requestId").asString()).isEqualTo("trace-500.test_1");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("database went away");
        String incident = problem.get("incidentId").asString();
        assertThat(incident).matches("[A-Z2-7]{12}");
        assertThat(output.getAll().lines().filter(line -> line.contains("incident " + incident)))
                .as("the failure's log line names the incident and the request")
                .singleElement().asString().contains("[trace-500.test_1]");
    }

    @Test
    void aControllersUnexpectedFailureIsLoggedUnderTheIncidentItsProblemNames(CapturedOutput output) {
        var problem = handler.unexpected(new IllegalStateException("boom"), Locale.FRENCH).getBody();
        assertThat(problem.getStatus()).isEqualTo(500);
        String incident = (String) problem.getProperties().get("incidentId");
        assertThat(output.getAll()).contains("Unexpected failure, incident " + incident);
        assertThat(handler.unexpected(new IllegalStateException("boom"), Locale.FRENCH).getBody().getProperties().get("incidentId"))
                .as("one incident per failure").isNotEqualTo(incident);
    }

    @Test
    void aWellFormedRequestIdIsKeptAndAnythingElseReplaced() throws Exception {
        assertThat(mvc.perform(get("/api/v1/calls").header(RequestIds.HEADER, "client-abc.42_x")).andReturn().getResponse()
                .getHeader(RequestIds.HEADER)).isEqualTo("client-abc.42_x");
        for (String forged : new String[] {"two words", "line\nbreak", "x".repeat(65), "", "a;b"}) {
            String echoed = mvc.perform(get("/api/v1/calls").header(RequestIds.HEADER, forged)).andReturn().getResponse()
                    .getHeader(RequestIds.HEADER);
            assertThat(echoed).as(forged).isNotEqualTo(forged);
            assertThat(UUID.fromString(echoed)).isNotNull();
        }
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader(RequestIds.HEADER)).as("pages too").isNotBlank();
    }

    @Test
    void everyTypeHasAPublicPageInTheReadersLanguageAndAnUnknownOneIsNotFound() throws Exception {
        for (ProblemType type : ProblemType.values()) {
            MockHttpServletResponse page = mvc.perform(get("/problems/" + type.slug()).header("Accept-Language", "fr"))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).as(type.slug()).isEqualTo(200);
            assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        }
        String conflict = mvc.perform(get("/problems/conflict").header("Accept-Language", "fr")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("<h1>Conflit</h1>", "409");
        String index = mvc.perform(get("/problems").header("Accept-Language", "zh")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(index).contains("问题类型", "/problems/payload-too-large");
        assertThat(mvc.perform(get("/problems/no-such-problem")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private MockHttpServletRequestBuilder organization(String body) {
        return post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private JsonNode problem(MockHttpServletRequestBuilder request, int status, String slug, String path, String language)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Accept-Language", language)).andReturn().getResponse();
        return checked(response, status, slug, path, language);
    }

    private JsonNode checked(MockHttpServletResponse response, int status, String slug, String path, String language)
            throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(slug).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader("Content-Language")).as(slug).isEqualTo(language);
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo(environment.getProperty("anso.base-url") + "/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("requestId").asString()).isEqualTo(response.getHeader(RequestIds.HEADER)).isNotBlank();
        return problem;
    }
}

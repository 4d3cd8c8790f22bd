package org.ansoplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request mapping in the application and proves that an anonymous request to anything not
 * on the public list below is refused, and that a person holding every role but the one a page needs is
 * refused too. A new endpoint that nobody classified fails here. The expectations are written out in
 * this test, independently of the security configuration they check.
 */
class AccessControlTests extends IntegrationTest {

    /** Reachable without signing in: "METHOD path-pattern", one line per module. */
    static final Set<String> PUBLIC = union(
            Set.of("GET /", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
                    "GET /v3/api-docs/{group}", "GET /v3/api-docs.yaml/{group}", "GET /api/v1/proof-of-work/challenge"),
            Set.of("GET /login", "GET /register", "POST /register", "GET /register/sent", "GET /verify", "POST /verify",
                    "GET /verify/resend", "POST /verify/resend",
                    "GET /password/forgot", "POST /password/forgot", "GET /password/forgot/sent", "GET /password/reset",
                    "POST /password/reset", "GET /invitation", "POST /invitation"),
            Set.of("GET /directory", "GET /directory/{id}", "GET /api/v1/organizations", "GET /api/v1/organizations/{id}",
                    "GET /api/v1/organizations/{id}/status-history"),
            Set.of("GET /calls", "GET /calls/{id}", "GET /api/v1/calls", "GET /api/v1/calls/{id}", "GET /referee",
                    "POST /referee/letter", "POST /referee/decline"),
            Set.of("GET /governance", "GET /governance/sessions/{id}", "GET /governance/statutes", "GET /governance/statutes/{number}",
                    "GET /governance/decisions/{id}",
                    "GET /governance/statutes/compare", "GET /governance/amendments/{id}", "GET /governance/associations",
                    "GET /governance/associations/{id}",
                    "GET /api/v1/governance/sessions", "GET /api/v1/governance/sessions/{id}", "GET /api/v1/governance/decisions/{id}",
                    "GET /api/v1/statutes", "GET /api/v1/statutes/{number}", "GET /api/v1/statutes/compare", "GET /api/v1/amendments",
                    "GET /api/v1/amendments/{id}", "GET /api/v1/associations", "GET /api/v1/associations/{id}"),
            Set.of("GET /meetings", "GET /meetings/calendar", "GET /meetings/{id}", "POST /meetings/{id}/register",
                    "GET /meetings/registration", "POST /meetings/registration/cancel", "GET /meetings/registration/certificate",
                    "GET /meetings/certificates/verify", "GET /offers/verify", "GET /meetings/{id}/ical", "GET /meetings/feed.ics",
                    "GET /meetings/{id}/attachments/{fileId}", "GET /api/v1/meetings", "GET /api/v1/meetings/{id}",
                    "POST /api/v1/meetings/{id}/registrations"),
            Set.of("GET /search", "GET /api/v1/search"),
            Set.of("GET /projects", "GET /projects/{id}", "GET /projects/{id}/map.svg", "GET /api/v1/projects",
                    "GET /api/v1/projects/{id}", "GET /api/v1/projects/{id}/outputs", "GET /api/v1/projects/{id}/reports"),
            Set.of("GET /partners", "GET /api/v1/partners"),
            // the Technology Transfer Platform (issue 20): what is published; /me/technology and interests need a sign-in
            Set.of("GET /technology", "GET /technology/offers/{id}", "GET /technology/requests/{id}",
                    "GET /technology/offers/{id}/files/{fileId}", "GET /technology/requests/{id}/files/{fileId}",
                    "GET /api/v1/technology/offers", "GET /api/v1/technology/offers/{id}", "GET /api/v1/technology/requests",
                    "GET /api/v1/technology/requests/{id}"),
            // publications' series and issues (issue 21, part P): every item is then checked against its access policy
            Set.of("GET /publications", "GET /publications/feed.atom", "GET /publications/series/{id}",
                    "GET /publications/series/{id}/feed.atom", "GET /publications/issues/{id}",
                    "GET /publications/issues/{id}/files/{fileId}", "GET /publications/issues/{id}/cite/{format}",
                    "GET /api/v1/publications/series", "GET /api/v1/publications/series/{id}", "GET /api/v1/publications/issues",
                    "GET /api/v1/publications/issues/{id}"),
            // news and newsletters (issue 21, part N): published news, sent issues, the feed; subscribing, confirming and
            // unsubscribing by the links' secrets (the one-click POST of RFC 8058 without a CSRF token)
            Set.of("GET /news", "GET /news/{id}", "GET /news/{id}/image", "GET /news/feed.atom", "GET /newsletters",
                    "GET /newsletters/{id}", "GET /newsletters/{id}/pdf", "GET /newsletters/subscribe", "POST /newsletters/subscribe",
                    "GET /newsletters/subscribe/sent", "GET /newsletters/confirm", "GET /newsletters/unsubscribe/{secret}",
                    "POST /newsletters/unsubscribe/{secret}", "GET /api/v1/news", "GET /api/v1/news/{id}",
                    "POST /api/v1/subscriptions"),
            // issue 26 part D: the one-click unsubscribe of the platform's own lists (the link's token is the authority)
            Set.of("GET /unsubscribe/one-click", "POST /unsubscribe/one-click"),
            // datasets' OAI-PMH (issue 22, part O): every harvester, GET and POST (no CSRF token); one dataset's usage counts
            Set.of("GET /oai", "POST /oai", "GET /datasets/{id}/usage.csv"),
            // application showcases (issue 22, part S): published ones, their theme pages and screenshots; a draft answers 404
            Set.of("GET /showcases", "GET /showcases/themes/{theme}", "GET /showcases/{id}",
                    "GET /showcases/{id}/screenshots/{screenshotId}"),
            // datasets (issue 22, part D): landing pages, linksets, downloads (closed files and unpublished versions 404), diffs
            Set.of("GET /datasets/{id}", "GET /datasets/{id}/versions/{number}", "GET /datasets/{id}/versions/{number}/linkset",
                    "GET /datasets/{id}/versions/{number}/linkset.json", "GET /datasets/{id}/versions/{number}/export/{file}",
                    "GET /datasets/{id}/versions/{number}/files/{fileId}", "GET /datasets/{id}/diff", "GET /api/v1/datasets/{id}",
                    "GET /api/v1/datasets/{id}/versions", "GET /api/v1/datasets/{id}/versions/{number}",
                    "GET /api/v1/datasets", "GET /api/v1/datasets/{id}/usage"),
            // datasets' catalogue (issue 22, part B): published datasets only, with facets; per project and organization by filter
            Set.of("GET /datasets"),
            // issue 23 part M: a version's file list by folder, folder zips, previews (a draft's and closed files 404)
            Set.of("GET /datasets/{id}/versions/{number}/files", "GET /datasets/{id}/versions/{number}/zip",
                    "GET /datasets/{id}/versions/{number}/files/{fileId}/preview",
                    "GET /datasets/{id}/versions/{number}/files/{fileId}/preview.png",
                    "GET /api/v1/datasets/{id}/versions/{number}/files"),
            // issue 24 part C: the Annual Report's published editions, their figures' traces, PDFs and API (drafts 404)
            Set.of("GET /annual-report", "GET /annual-report/{year}", "GET /annual-report/{year}/pdf",
                    "GET /annual-report/{year}/figures/{ref}", "GET /annual-report/{year}/figures/{ref}/{refYear}",
                    "GET /api/v1/annual-report/{year}", "GET /api/v1/annual-report/{year}/figures"),
            // issue 26 part B: the pages that problem types' URIs name
            Set.of("GET /problems", "GET /problems/{slug}"));

    /** Path prefixes, and single endpoints, that need one role. */
    static final Map<Pattern, String> ROLE_BY_PATH = roles(
            "\\S+ /admin/.*", "ADMIN",
            "\\S+ /api/v1/admin/.*", "ADMIN",
            "\\S+ /secretariat/.*", "SECRETARIAT",
            "\\S+ /api/v1/secretariat/.*", "SECRETARIAT",
            "\\S+ /reviewer/.*", "REVIEWER",
            "\\S+ /api/v1/reviewer/.*", "REVIEWER",
            "\\S+ /representative/.*", "MEMBER_REPRESENTATIVE",
            "\\S+ /api/v1/representative/.*", "MEMBER_REPRESENTATIVE",
            "\\S+ /board/.*", "BOARD_MEMBER",
            "\\S+ /api/v1/board/.*", "BOARD_MEMBER",
            "POST /api/v1/organizations", "SECRETARIAT",
            "PUT /api/v1/organizations/\\{id}", "SECRETARIAT",
            "GET /api/v1/calls/\\{id}/applications", "SECRETARIAT",
            "\\S+ /api/v1/calls/\\{id}/selection", "SECRETARIAT",
            "(GET|POST) /api/v1/calls/\\{id}/assignment", "SECRETARIAT",
            "POST /api/v1/(motions/\\{id}/(ballots|proxies)|elections/\\{id}/ballots)", "MEMBER_REPRESENTATIVE",
            "\\S+ /api/v1/reviews(/\\{id})?", "REVIEWER",
            // finance (issue 19): three roles read, finance staff alone write; the import form is a writer's page
            "GET /finance/ledger/import", "FINANCE",
            "GET /(api/v1/)?finance(/.*)?", "FINANCE|SECRETARIAT|BOARD_MEMBER",
            "\\S+ /(api/v1/)?finance(/.*)?", "FINANCE",
            // partnerships (issue 20): the agreements' API is read by the Secretariat and the Board, written by the Secretariat
            "GET /api/v1/partnerships/agreements(/\\{id})?", "SECRETARIAT|BOARD_MEMBER",
            "POST /api/v1/partnerships/agreements", "SECRETARIAT",
            // datasets (issue 22, part O): the monthly COUNTER report of every dataset
            "GET /datasets/usage", "DATA_CURATOR|SECRETARIAT",
            // application showcases (issue 22, part S): managed by data curators and the Secretariat
            "\\S+ /curation/showcases(/.*)?", "DATA_CURATOR|SECRETARIAT",
            // datasets (issue 22, part D): the curation queue and steps are data curators' alone
            "\\S+ /curation/datasets(/.*)?", "DATA_CURATOR");

    /** Read by finance staff, the Secretariat and the Board (issue 19), by nobody else. */
    static final Pattern FINANCE_READING = Pattern.compile("GET /(api/v1/)?finance(?!/ledger/import$)(/.*)?");

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static Map<Pattern, String> roles(String... patternsAndRoles) {
        Map<Pattern, String> roles = new java.util.LinkedHashMap<>();
        for (int i = 0; i < patternsAndRoles.length; i += 2) {
            roles.put(Pattern.compile(patternsAndRoles[i]), patternsAndRoles[i + 1]);
        }
        return roles;
    }

    static final List<String> ROLES = List.of("APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE", "SECRETARIAT",
            "BOARD_MEMBER", "ADMIN", "FINANCE", "DATA_CURATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String pattern) {
        String key() {
            return method.name() + " " + pattern;
        }

        String concretePath() {
            return pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error") || pattern.startsWith("/error/")) {
                    continue; // the container's error dispatch, reached only through another request
                }
                httpMethods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
            }
        });
        return endpoints;
    }

    @Test
    void everyEndpointIsCoveredAndTheApplicationHasSome() {
        assertThat(endpoints()).hasSizeGreaterThan(30);
    }

    @Test
    void anonymousRequestsToNonPublicEndpointsAreRefused() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.key())) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.concretePath())
                    .accept("text/html").with(csrf())).andReturn().getResponse();
            boolean toLogin = response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
            if (!toLogin && response.getStatus() != 401) {
                leaks.add(endpoint.key() + " -> " + response.getStatus());
            }
        }
        assertThat(leaks).as("non-public endpoints reachable anonymously").isEmpty();
    }

    @Test
    void anonymousApiRequestsGetProblemDetails() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.pattern().startsWith("/api/") || PUBLIC.contains(endpoint.key())) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.concretePath()).with(csrf()))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.key()).isEqualTo(401);
            assertThat(response.getContentType()).as(endpoint.key()).startsWith("application/problem+json");
        }
    }

    @Test
    void peopleWithoutTheRequiredRoleAreRefused() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            String required = requiredRole(endpoint);
            if (required == null) {
                continue;
            }
            List<String> enough = List.of(required.split("\\|"));
            String[] others = ROLES.stream().filter(role -> !enough.contains(role)).toArray(String[]::new);
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.concretePath())
                    .with(user("everyone-but-" + required.toLowerCase().replace('|', '-')).roles(others)).with(csrf()))
                    .andReturn().getResponse();
            checked++;
            if (response.getStatus() != 403) {
                leaks.add(endpoint.key() + " -> " + response.getStatus() + " with roles " + Arrays.toString(others));
            }
        }
        assertThat(checked).as("role-protected endpoints checked").isGreaterThan(10);
        assertThat(leaks).isEmpty();
    }

    @Test
    void financeIsReadByFinanceStaffTheSecretariatAndTheBoardOnly() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!FINANCE_READING.matcher(endpoint.key()).matches()) {
                continue;
            }
            String[] others = {"APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE", "ADMIN"};
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.concretePath())
                    .with(user("not-a-finance-reader").roles(others))).andReturn().getResponse();
            checked++;
            if (response.getStatus() != 403) {
                leaks.add(endpoint.key() + " -> " + response.getStatus());
            }
            for (String reader : List.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER")) {
                int status = mvc.perform(request(endpoint.method(), endpoint.concretePath()).with(user("reader").roles(reader)))
                        .andReturn().getResponse().getStatus();
                if (status == 401 || status == 403) {
                    leaks.add(endpoint.key() + " refused to " + reader + " -> " + status);
                }
            }
        }
        assertThat(checked).as("finance pages and API checked").isGreaterThanOrEqualTo(3);
        assertThat(leaks).isEmpty();
    }

    @Test
    void metricsNeedAScrapeTokenNotASession() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus").with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        // issue 26: an administrator's session is no scrape token either (ActuatorSecurity)
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/prometheus").with(user("a").roles("ADMIN")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void healthIsPublic() throws Exception {
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.GET, "/actuator/health/readiness"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("UP");
    }

    private static String requiredRole(Endpoint endpoint) {
        return ROLE_BY_PATH.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(endpoint.key()).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}

package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the API describes in {@code /v3/api-docs}, called with hostile values generated from its
 * schema (NUL and control characters, 100,000-character strings, nulls and blanks inside lists, wrong types,
 * negative and huge numbers, malformed ids and dates) by an anonymous caller, an applicant and the Secretariat:
 * none may answer a 5xx. Ids in the paths of reads are taken from the Secretariat's own lists, so reads go past
 * the 404; changes get unknown ids, so the walk never changes a record that other tests rely on, while their
 * bodies and parameters are still read and checked before the id is looked up.
 */
class HostileApiInputTests extends IntegrationTest {

    static final int MAX_REQUESTS = 5_000;
    static final Duration MAX_DURATION = Duration.ofMinutes(2);
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noOperationAnswersAServerErrorToHostileInput() throws Exception {
        long started = System.nanoTime();
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        System.out.printf("hostile API walk: the description read in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        HostileValues values = new HostileValues(docs.path("components").path("schemas"));
        Someone secretariat = Someone.register(accounts, "Hostile Secretariat", "SECRETARIAT");
        Someone applicant = Someone.register(accounts, "Hostile Applicant", "APPLICANT");
        Map<String, RequestPostProcessor> callers = Map.of(
                "anonymous", request -> request,
                "applicant", applicant.signedIn(),
                "secretariat", secretariat.signedIn());

        List<Operation> operations = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(), method.getValue()))));
        List<String> knownIds = harvestIds(operations, secretariat);

        List<String> failures = new ArrayList<>();
        Set<String> sent = new java.util.HashSet<>();
        int requests = 0;
        boolean complete = true;
        walk:
        for (HostileValues.Kind kind : HostileValues.Kind.values()) {
            for (Operation operation : operations) {
                Hostile hostile = operation.request(values, kind, knownIds);
                if (!sent.add(hostile.key())) {
                    continue;
                }
                for (Map.Entry<String, RequestPostProcessor> caller : callers.entrySet()) {
                    if (requests >= MAX_REQUESTS || Duration.ofNanos(System.nanoTime() - started).compareTo(MAX_DURATION) > 0) {
                        complete = false;
                        break walk;
                    }
                    requests++;
                    String described = kind + " " + caller.getKey() + " " + operation.method + " " + operation.path;
                    MockHttpServletRequestBuilder request = operation.request(values, kind, knownIds).request().with(caller.getValue());
                    if (operation.method != HttpMethod.GET) {
                        request.with(csrf());
                    }
                    try {
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status >= 500) {
                            failures.add(status + " " + described);
                        }
                    } catch (Exception thrown) {
                        failures.add("thrown " + thrown + " " + described);
                    }
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("hostile API walk: %d operations, %d requests in %d ms%n", operations.size(), requests, took.toMillis());
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(complete).as("every kind of hostile value reached every operation and caller within the bounds").isTrue();
        assertThat(failures).isEmpty();
    }

    /** Ids of records the Secretariat can list, so that reads of one record reach past the lookup. */
    private List<String> harvestIds(List<Operation> operations, Someone secretariat) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        for (Operation operation : operations) {
            if (operation.method == HttpMethod.GET && !operation.path.contains("{")) {
                String body = mvc.perform(get(operation.path).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
                Matcher matcher = UUIDS.matcher(body);
                for (int i = 0; i < 5 && matcher.find(); i++) {
                    ids.add(matcher.group());
                }
            }
        }
        return new ArrayList<>(ids);
    }

    record Hostile(MockHttpServletRequestBuilder request, String key) {
    }

    record Operation(HttpMethod method, String path, JsonNode spec) {

        /** The request, and what it sends: a kind that changes nothing in an operation's request is not sent again. */
        Hostile request(HostileValues values, HostileValues.Kind kind, List<String> knownIds) {
            List<Object> pathValues = new ArrayList<>();
            Matcher variables = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path);
            StringBuilder template = new StringBuilder();
            while (variables.find()) {
                pathValues.add(pathValue(variables.group(1), values, kind, knownIds));
                variables.appendReplacement(template, "{" + variables.group(1) + "}");
            }
            variables.appendTail(template);
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, template.toString(), pathValues.toArray());
            StringBuilder key = new StringBuilder(method + " " + template + " " + pathValues);
            for (JsonNode parameter : spec.path("parameters")) {
                if ("query".equals(parameter.path("in").asString())) {
                    values.parameters(parameter.path("name").asString(), parameter.path("schema"), kind).forEach((name, value) -> {
                        request.param(name, value);
                        key.append(' ').append(name).append('=').append(value);
                    });
                }
            }
            JsonNode body = spec.path("requestBody").path("content").path("application/json").path("schema");
            if (!body.isMissingNode()) {
                String content = values.body(body, kind);
                request.contentType(MediaType.APPLICATION_JSON).content(content);
                key.append(' ').append(content);
            }
            return new Hostile(request.accept(MediaType.APPLICATION_JSON), key.toString());
        }

        private Object pathValue(String name, HostileValues values, HostileValues.Kind kind, List<String> knownIds) {
            JsonNode schema = null;
            for (JsonNode parameter : spec.path("parameters")) {
                if (name.equals(parameter.path("name").asString())) {
                    schema = parameter.path("schema");
                }
            }
            boolean id = schema != null && "uuid".equals(schema.path("format").asString());
            if (id && kind == HostileValues.Kind.MALFORMED) {
                return values.parameter(schema, kind);
            }
            if (id) {
                return method == HttpMethod.GET && !knownIds.isEmpty()
                        ? knownIds.get(Math.floorMod((path + name).hashCode(), knownIds.size())) : HostileValues.UNKNOWN_ID;
            }
            return schema == null ? "x" : values.parameter(schema, kind);
        }
    }
}

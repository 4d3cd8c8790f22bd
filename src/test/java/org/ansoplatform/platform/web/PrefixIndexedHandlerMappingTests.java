package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

class PrefixIndexedHandlerMappingTests extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping indexed;

    @Autowired
    ApplicationContext context;

    @Test
    void literalPrefixIsTheTextBeforeTheFirstVariableOrWildcard() {
        assertThat(PrefixIndexedHandlerMapping.literalPrefix("/api/v1/applications/{id}/submission")).isEqualTo("/api/v1/applications/");
        assertThat(PrefixIndexedHandlerMapping.literalPrefix("/files/**")).isEqualTo("/files/");
        assertThat(PrefixIndexedHandlerMapping.literalPrefix("/calls/*.csv")).isEqualTo("/calls/");
        assertThat(PrefixIndexedHandlerMapping.literalPrefix("/calls")).isEqualTo("/calls");
        assertThat(PrefixIndexedHandlerMapping.mayMatch(new String[] {"/calls/", "/api/"}, "/api/v1/calls")).isTrue();
        assertThat(PrefixIndexedHandlerMapping.mayMatch(new String[] {"/calls/"}, "/call")).isFalse();
    }

    @Test
    void theIndexedMappingChoosesWhatSpringsOwnChoosesForEveryMappedPathAndMethod() throws Exception {
        assertThat(indexed).isInstanceOf(PrefixIndexedHandlerMapping.class);
        RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
        plain.setContentNegotiationManager(indexed.getContentNegotiationManager());
        plain.setApplicationContext(context);
        indexed.getHandlerMethods().forEach((info, handler) -> plain.registerMapping(info, handler.getBean(), handler.getMethod()));

        Map<String, String> requests = new LinkedHashMap<>();
        for (RequestMappingInfo info : indexed.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = sample(pattern);
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    requests.put(method + " " + path, method.name());
                }
                requests.put("DELETE " + path, "DELETE"); // mostly a 405, which must stay a 405
            }
        }
        for (String path : List.of("/nowhere", "/api/v1/nothing/here", "/api/v1/calls/%7Bx%7D",
                "/api/v1/applications/abc;x=1/submission", "/api/v1/appl%69cations/0f8fad5b-d9cb-469f-a165-70867728950e")) {
            requests.put("GET " + path, "GET");
            requests.put("POST " + path, "POST");
        }
        List<String> differences = new ArrayList<>();
        for (String request : requests.keySet()) {
            String path = request.substring(request.indexOf(' ') + 1);
            String expected = outcome(plain, requests.get(request), path);
            String actual = outcome(indexed, requests.get(request), path);
            if (!expected.equals(actual)) {
                differences.add(request + ": " + actual + " instead of " + expected);
            }
        }
        assertThat(requests).hasSizeGreaterThan(300);
        assertThat(differences).isEmpty();
    }

    private static String sample(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "0f8fad5b-d9cb-469f-a165-70867728950e")
                .replace("**", "a/b").replace("*", "a");
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "*/*");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : chain.getHandler().toString();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}

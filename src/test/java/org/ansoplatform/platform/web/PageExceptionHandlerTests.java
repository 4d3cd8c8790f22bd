package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageExceptionHandlerTests {

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/documents");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);
        return request;
    }

    @Test
    void aTooLargeUploadGoesBackOnlyToAPageOfThisVeryServer() {
        MockHttpServletRequest request = request();
        assertThat(PageExceptionHandler.backTo("http://localhost:8080/documents?x=1", request)).isEqualTo("/documents?x=1");
        assertThat(PageExceptionHandler.backTo("HTTP://LOCALHOST:8080/applications/1", request)).isEqualTo("/applications/1");

        // a bare prefix of the origin is another host, another port or another scheme
        assertThat(PageExceptionHandler.backTo("http://localhost.evil.example/login", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("http://localhost:8080.evil.example/login", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("http://localhost:80801/login", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("http://localhost/documents", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("https://localhost:8080/documents", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("http://localhost:8080@evil.example/", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("http://localhost:8080//evil.example/", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo("not a uri at all", request)).isEqualTo("/");
        assertThat(PageExceptionHandler.backTo(null, request)).isEqualTo("/");
    }

    @Test
    void theDefaultPortOfTheSchemeCounts() {
        MockHttpServletRequest request = request();
        request.setScheme("https");
        request.setServerPort(443);
        assertThat(PageExceptionHandler.backTo("https://localhost/documents", request)).isEqualTo("/documents");
        assertThat(PageExceptionHandler.backTo("http://localhost/documents", request)).isEqualTo("/");
    }
}

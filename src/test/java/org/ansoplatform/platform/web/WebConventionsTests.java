package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;

/** The pieces of the one web convention, each on its own: htmx choice, pager links, refused forms. */
class WebConventionsTests {

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void htmxGetsTheFragmentAndEveryAnswerVariesWithHxRequest() {
        assertThat(resolve(null, null).view("meetings/list", "results")).isEqualTo("meetings/list");
        assertThat(resolve("true", null).view("meetings/list", "results")).isEqualTo("meetings/list :: results");
        assertThat(resolve("true", "true").view("meetings/list", "results"))
                .as("a history restore replaces the whole body").isEqualTo("meetings/list");
    }

    private static Htmx resolve(String htmxHeader, String restoreHeader) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings");
        if (htmxHeader != null) {
            request.addHeader("HX-Request", htmxHeader);
        }
        if (restoreHeader != null) {
            request.addHeader("HX-History-Restore-Request", restoreHeader);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        Htmx htmx = new HtmxArgumentResolver().resolveArgument(null, null, new ServletWebRequest(request, response), null);
        assertThat(response.getHeaders("Vary")).containsExactly("HX-Request");
        return htmx;
    }

    @Test
    void pagerLinksKeepEveryFilterAndChangeOnlyThePage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings");
        request.setQueryString("kind=WORKSHOP&country=KE&page=3&theme=caf%C3%A9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        PageLinks links = new PageLinks();
        assertThat(links.to("page", 4)).isEqualTo("/meetings?kind=WORKSHOP&country=KE&theme=caf%C3%A9&page=4");
        assertThat(links.to("page", 0)).as("the first page drops the parameter")
                .isEqualTo("/meetings?kind=WORKSHOP&country=KE&theme=caf%C3%A9");
        assertThat(links.to("pairs", 2)).isEqualTo("/meetings?kind=WORKSHOP&country=KE&page=3&theme=caf%C3%A9&pairs=2");
    }

    record NameForm(String name, String email) {
    }

    @Test
    void aRefusedFormAnswers422WithTheMessagesNextToTheirFields() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new NameForm("", "x"), "form");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FormErrors.refuse(new InvalidInputException(List.of(
                new InvalidInputException.Violation("email", "accounts.error.emailTaken"),
                new InvalidInputException.Violation(null, "calls.call.closed", "2026-12-01"))), result, response);
        assertThat(response.getStatus()).isEqualTo(422).isEqualTo(FormErrors.REFUSED);
        assertThat(result.getFieldError("email").getCode()).isEqualTo("accounts.error.emailTaken");
        assertThat(result.getGlobalError().getCode()).isEqualTo("calls.call.closed");
        assertThat(result.getGlobalError().getArguments()).containsExactly("2026-12-01");
    }
}

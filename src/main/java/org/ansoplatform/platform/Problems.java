package org.ansoplatform.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Finishes every problem the platform writes, whoever built it: the {@code type} made absolute below the base
 * address (never {@code about:blank}), the type's {@code title} and a missing {@code detail} in the reader's
 * language, the {@code instance} and the {@code requestId}. Controllers' problems pass through it in
 * {@code web.ProblemTitles}; the security filters and the error controller call it themselves.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final Environment environment;

    /** The base address is read when a problem is written: at creation it may still name a port not yet chosen. */
    Problems(MessageSource messages, Environment environment) {
        this.messages = messages;
        this.environment = environment;
    }

    /** Completes a problem written straight to the response (a security filter), in the given language. */
    public void complete(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        complete(problem, request, locale);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
    }

    /** Completes a problem; the caller writes {@code Content-Language} with the same locale. */
    public void complete(ProblemDetail problem, HttpServletRequest request, Locale locale) {
        ProblemType type = ProblemType.of(problem);
        problem.setType(type.uri(environment.getProperty("anso.base-url", "http://localhost:8080")));
        problem.setTitle(messages.getMessage(type.titleKey(), null, locale));
        if (problem.getDetail() == null) {
            problem.setDetail(messages.getMessage(type.detailKey(), null, locale));
        }
        if (problem.getInstance() == null && request != null) {
            problem.setInstance(instance(request));
        }
        if (request != null) {
            problem.setProperty("requestId", RequestIds.of(request));
        }
    }

    /** The path the client asked for, also when the problem is written by the error dispatch. */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        try {
            return new URI(null, null, path, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

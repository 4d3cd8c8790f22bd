package org.ansoplatform.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

import org.ansoplatform.platform.ProblemType;
import org.ansoplatform.platform.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 answers for API calls that are not signed in, not allowed, or carry a bad token. */
@Component
class ProblemDetailSecurityHandlers {

    private final JsonMapper json;
    private final MessageSource messages;
    private final Problems titles;
    private final LocaleResolver locales;

    ProblemDetailSecurityHandlers(JsonMapper json, MessageSource messages, Problems titles, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.titles = titles;
        this.locales = locales;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, ProblemType.UNAUTHORIZED, "problem.unauthenticated");
    }

    void invalidToken(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(request, response, ProblemType.UNAUTHORIZED, "problem.invalidToken");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, ProblemType.FORBIDDEN,
                e instanceof org.ansoplatform.platform.ForbiddenException reason ? reason.messageKey() : "problem.forbidden");
    }

    /**
     * Written before the dispatcher has resolved the reader's language, so it is resolved here the way pages
     * resolve it (the language cookie, else the browser's first language the platform speaks).
     */
    private void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = type.problem(messages.getMessage(key, null, locale));
        titles.complete(problem, request, response, locale);
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

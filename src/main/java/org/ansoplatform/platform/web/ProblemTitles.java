package org.ansoplatform.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Finishes every problem the platform writes, whoever built it: the {@code type} made absolute below the base
 * address (never {@code about:blank}), the type's {@code title} and a missing {@code detail} in the reader's
 * language, the {@code instance} and the {@code requestId}, and the {@code Content-Language} they were written in.
 * Spring writes the status's English reason phrase as the title otherwise.
 */
@ControllerAdvice
public class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;
    private final Environment environment;

    /** The base address is read when a problem is written: at creation it may still name a port not yet chosen. */
    ProblemTitles(MessageSource messages, Environment environment) {
        this.messages = messages;
        this.environment = environment;
    }

    /** Completes a problem written outside a controller (a security filter), in the given language. */
    public void complete(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        complete(problem, request, locale);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
    }

    private void complete(ProblemDetail problem, HttpServletRequest request, Locale locale) {
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

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            complete(problem, request instanceof ServletServerHttpRequest servlet ? servlet.getServletRequest() : null, locale);
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        }
        return body;
    }
}

package org.ansoplatform.platform.web;

import java.util.Locale;

import org.ansoplatform.platform.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
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
 * Every problem a controller answers, whichever module built it, is finished by {@link Problems} (type URI, title
 * and detail in the reader's language, instance, requestId) and says in {@code Content-Language} which language
 * that is. Spring writes the status's English reason phrase as the title otherwise.
 */
@ControllerAdvice
public class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final Problems problems;

    ProblemTitles(Problems problems) {
        this.problems = problems;
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
            problems.complete(problem, request instanceof ServletServerHttpRequest servlet ? servlet.getServletRequest() : null, locale);
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        }
        return body;
    }
}

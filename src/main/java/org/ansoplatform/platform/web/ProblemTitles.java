package org.ansoplatform.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem's {@code title} in the reader's language, like its {@code detail}: Spring writes the status's
 * English reason phrase ("Bad Request") otherwise. One advice for every module's problems, whoever built them.
 */
@ControllerAdvice
public class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    ProblemTitles(MessageSource messages) {
        this.messages = messages;
    }

    /** The title for a status: {@code problem.title.404} in the bundles, else the English reason phrase. */
    public static void translate(ProblemDetail problem, MessageSource messages, Locale locale) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String english = status == null ? null : status.getReasonPhrase();
        String title = messages.getMessage("problem.title." + problem.getStatus(), null, english, locale);
        if (title != null) {
            problem.setTitle(title);
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
            translate(problem, messages, LocaleContextHolder.getLocale());
        }
        return body;
    }
}

package org.ansoplatform.platform;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.GenericFilterBean;

/**
 * The correlation id of a request: the caller's {@code X-Request-Id} when it is a plain token of 1 to 64
 * letters, digits, dots, underscores and hyphens (anything else could forge log lines), else a new UUID. It is
 * echoed in the response, written by every log line of the request (MDC {@code requestId}) and carried by every
 * problem. The filter runs first, before security, so that a refused call is correlated too, and again on the
 * error dispatch, which Tomcat runs after the request's own filters have returned.
 */
@Configuration(proxyBeanMethods = false)
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();

    /** The request's correlation id; one is made when the filter did not run (a request built by hand). */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = accepted(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The caller's id when it follows the rule, else a fresh one. */
    static String accepted(String offered) {
        if (offered != null && !offered.isEmpty() && offered.length() <= 64 && offered.chars().allMatch(RequestIds::allowed)) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    private static boolean allowed(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    @Bean
    FilterRegistrationBean<Filter> requestIdFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static class Filter extends GenericFilterBean {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
                chain.doFilter(request, response);
                return;
            }
            String id = of(http);
            if (!answer.isCommitted()) {
                answer.setHeader(HEADER, id);
            }
            // a nested dispatch restores what the outer one had, the outermost leaves the thread clean
            String previous = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, id);
            try {
                chain.doFilter(request, response);
            } finally {
                if (previous == null) {
                    MDC.remove(MDC_KEY);
                } else {
                    MDC.put(MDC_KEY, previous);
                }
            }
        }
    }
}

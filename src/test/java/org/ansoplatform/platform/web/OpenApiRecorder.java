package org.ansoplatform.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every API response of the test run, through MockMvc and real HTTP alike, for {@link OpenApiContractTests}
 * to hold against the contract at the end: method, path, status, content type and body. It is the outermost filter,
 * so it also sees what the security filters answer. A few responses per method, path and status are enough; the
 * rest are counted, not kept, so a hostile walk of thousands of requests costs no memory.
 */
public class OpenApiRecorder extends OncePerRequestFilter {

    /** One response as the client saw it. */
    public record Exchange(String method, String path, int status, String contentType, byte[] body, boolean sentError) {
    }

    static final int PER_KEY = 3;
    static final int MAX_BODY = 2_000_000;

    private static final Queue RECORDED = new Queue();

    static List<Exchange> recorded() {
        return new ArrayList<>(RECORDED.exchanges);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorNoting noting = new ErrorNoting(response);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(noting);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            byte[] body = wrapper.getContentSize() > MAX_BODY ? new byte[0] : wrapper.getContentAsByteArray();
            RECORDED.add(new Exchange(request.getMethod(), path, wrapper.getStatus(), wrapper.getContentType(), body,
                    noting.sentError));
            wrapper.copyBodyToResponse();
        }
    }

    /**
     * Notes a {@code sendError}: its body is written later, by the container's error dispatch (the platform's error
     * controller), which this filter does not see; MockMvc writes none at all. Only its status is held to the contract.
     */
    private static final class ErrorNoting extends HttpServletResponseWrapper {

        boolean sentError;

        ErrorNoting(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sentError = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sentError = true;
            super.sendError(status, message);
        }
    }

    private static final class Queue {

        final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();

        void add(Exchange exchange) {
            String key = exchange.method() + " " + exchange.path() + " " + exchange.status();
            if (perKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= PER_KEY) {
                exchanges.add(exchange);
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        FilterRegistrationBean<OpenApiRecorder> openApiRecorder() {
            FilterRegistrationBean<OpenApiRecorder> registration = new FilterRegistrationBean<>(new OpenApiRecorder());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}

package org.ansoplatform.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Page failures that are the request's fault: an upload larger than the server accepts goes back to its
 * form with a message; a post to an upload form that is not a multipart form answers 400 with a message; a
 * malformed id in the path answers the 404 page, like an unknown id; a rate limit answers 429 with a page that
 * says when to try again.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final String NOT_MULTIPART = "error.notMultipart";

    private final LayoutModel layout;
    private final MessageSource messages;

    PageExceptionHandler(LayoutModel layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "error.uploadTooLarge");
        return "redirect:" + backTo(request.getHeader("Referer"), request);
    }

    /** A request that is no multipart form (or a broken one) where an upload form's file was expected. */
    @ExceptionHandler(MultipartException.class)
    void notMultipart(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        // the error page shows the reason (PlatformErrorController)
        request.setAttribute(PlatformErrorController.REASON, NOT_MULTIPART);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, messages.getMessage(NOT_MULTIPART, null, locale));
    }

    /**
     * The page the refused upload came from, as a path on this server: only a Referer of exactly this
     * server's scheme, host and port counts (a bare prefix would let {@code http://localhost.evil.example}
     * through), and only its path and query are kept, so the redirect can never leave the platform.
     */
    static String backTo(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port(uri) && uri.getRawUserInfo() == null;
            if (sameOrigin && path != null && path.startsWith("/") && !path.startsWith("//")) {
                return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // not an address: back to the start page
        }
        return "/";
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A rate limit: the page says when to try again, with the status automation reads. */
    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException refused, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        layout.layout(model, request, locale); // an exception handler's model misses the advice's attributes
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
        model.addAttribute("retryMinutes", Math.max(1, refused.retryAfter().toSeconds() / 60 + 1));
        return "error/429";
    }

    /** Two requests changed the same record at once: the error page says so, and nothing of the later one was kept. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    void concurrentChange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(PlatformErrorController.REASON, "error.concurrentChange");
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        response.sendError(MalformedPathVariables.isPathVariable(mismatch) ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_REQUEST);
    }
}

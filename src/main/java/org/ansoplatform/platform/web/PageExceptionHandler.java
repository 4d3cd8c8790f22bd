package org.ansoplatform.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Page failures that are the request's fault: an upload larger than the server accepts goes back to its
 * form with a message; a malformed id in the path answers the 404 page, like an unknown id; a rate limit answers
 * 429 with a page that says when to try again.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "error.uploadTooLarge");
        String referer = request.getHeader("Referer");
        return "redirect:" + (referer != null && referer.startsWith(request.getScheme() + "://" + request.getServerName())
                ? referer : "/");
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

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        response.sendError(MalformedPathVariables.isPathVariable(mismatch) ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_REQUEST);
    }
}

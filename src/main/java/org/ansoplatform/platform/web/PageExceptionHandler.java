package org.ansoplatform.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Page failures that are the request's fault: an upload larger than the server accepts goes back to its
 * form with a message; a malformed id in the path answers the 404 page, like an unknown id.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "error.uploadTooLarge");
        String referer = request.getHeader("Referer");
        return "redirect:" + (referer != null && referer.startsWith(request.getScheme() + "://" + request.getServerName())
                ? referer : "/");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        response.sendError(MalformedPathVariables.isPathVariable(mismatch) ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_REQUEST);
    }
}

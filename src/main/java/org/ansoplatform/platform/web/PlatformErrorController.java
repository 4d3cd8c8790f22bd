package org.ansoplatform.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.ansoplatform.platform.ProblemType;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the container ends here: API paths get an RFC 9457 problem, pages get the
 * layout's error page. Neither ever shows an exception's message or stack trace.
 */
@Controller
class PlatformErrorController implements ErrorController {

    /** A request attribute with the message key of why a request was refused, shown on the error page. */
    static final String REASON = PlatformErrorController.class.getName() + ".reason";

    private final MessageSource messages;

    PlatformErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        if (request.getAttribute(REASON) instanceof String reason) {
            model.addAttribute("reason", reason);
        }
        return switch (status) {
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        };
    }

    @RequestMapping({"/error", "/error/problem"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        ProblemType type = ProblemType.forStatus(status.value());
        String key = switch (type) {
            case NOT_FOUND -> "problem.notFound";
            case FORBIDDEN -> "problem.forbidden";
            case UNAUTHORIZED -> "problem.unauthenticated";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "problem.tooLarge";
            case BAD_REQUEST -> "problem.badRequest";
            case INTERNAL -> "problem.internal";
            default -> type.detailKey();
        };
        String detail = messages.getMessage(key, null, locale);
        // a failure outside any controller (a filter, the container): logged here under the incident the answer names
        ProblemDetail problem = type == ProblemType.INTERNAL
                ? ApiExceptionHandler.incident((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), detail)
                : type.problem(detail);
        problem.setStatus(status);
        // the error dispatch's own path is /error: the instance is the path the client asked for
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            try {
                problem.setInstance(new URI(null, null, uri.toString(), null));
            } catch (URISyntaxException unusable) {
                // no instance rather than a failure inside the error dispatch
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
